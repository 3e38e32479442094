# A scratch PostgreSQL server for CI and the benchmark, sourced by .ci/run and .ci/benchmark-postgres.
# start_postgres PORT DATABASE [SETTING=VALUE...] installs PostgreSQL when it can, starts a server of its own
# (a fresh data folder under /tmp, trust authentication, listening on 127.0.0.1:PORT, the settings given)
# that is stopped when the calling script exits, creates DATABASE in it and sets PG_URL to its JDBC URL.

start_postgres() {
	local port=$1 database=$2
	shift 2
	if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
		command -v apt-get >/dev/null || return 1
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql) \
			>/tmp/truereach-ci-apt.log 2>&1 || return 1
	fi
	local bin settings="-p $port -k /tmp -c listen_addresses=127.0.0.1" setting
	bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
	for setting in "$@"; do
		settings="$settings -c $setting"
	done
	PGDATA_DIR=$(mktemp -d /tmp/truereach-ci-pg.XXXXXX)
	chown postgres "$PGDATA_DIR" 2>/dev/null || true
	local as="su postgres -s /bin/sh -c"
	id postgres >/dev/null 2>&1 || as="sh -c"
	$as "$bin/initdb -D $PGDATA_DIR -A trust -U postgres" >/dev/null || return 1
	$as "$bin/pg_ctl -D $PGDATA_DIR -o '$settings' -l $PGDATA_DIR/log -w start" >/dev/null || return 1
	trap "$as '$bin/pg_ctl -D $PGDATA_DIR -m fast stop' >/dev/null 2>&1 || true; rm -rf $PGDATA_DIR" EXIT
	"$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE DATABASE $database" || return 1
	PG_URL=jdbc:postgresql://127.0.0.1:$port/$database
	PG_BIN=$bin
}
