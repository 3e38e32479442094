package com.truereach.job;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import com.truereach.history.AccountDayStore;
import com.truereach.history.AudienceStore;
import com.truereach.history.InputFileStore;
import com.truereach.history.ResultStore;
import com.truereach.history.RevenueStore;

/**
 * The history's stores, one bean per kind of data: a step asks for the stores it reads and
 * writes, so its constructor says what of the history it touches.
 */
@Configuration
public class HistoryConfiguration {

	/** The PostgreSQL driver's setting that sends a batch of inserts as multi-row statements. */
	static final String REWRITE_BATCHED_INSERTS = "reWriteBatchedInserts";

	/** The PostgreSQL driver's setting that passes server settings when a connection starts. */
	static final String OPTIONS = "options";

	/** How TrueReach's own PostgreSQL sessions commit: {@code off} unless set; empty leaves it to the server. */
	static final String SYNCHRONOUS_COMMIT = "truereach.postgres.synchronous-commit";

	/** The values PostgreSQL's {@code synchronous_commit} takes (nothing else may reach the driver's options). */
	private static final Set<String> COMMIT_LEVELS = Set.of("on", "off", "local", "remote_write", "remote_apply");

	/**
	 * TrueReach's connections to PostgreSQL. The history's batches of inserts (the rows of a file,
	 * the records of the inputs passed over) go to the server as multi-row statements, a round trip
	 * per few hundred rows instead of one per row; the driver does so only when asked. And the
	 * sessions commit without waiting for the server's disk ({@code synchronous_commit=off}): the
	 * ingest step commits once per file, thousands a night, and each waited for a flush of the
	 * write-ahead log (1.6 ms on this machine's disk when quiet, 5 ms while it was busy, against
	 * 0.08 ms without; README "PostgreSQL"). What this gives up: if the database server itself
	 * crashes, the last fraction of a second of commits is lost, the database staying consistent;
	 * the job repository is in the same database and loses the same commits, so the run's restart
	 * stores those files again. A setting the URL or the pool already gives is kept. H2, in the same
	 * process, has no round trips to save and no such setting.
	 */
	@Bean
	static BeanPostProcessor postgresConnections(Environment environment) {
		String commit = environment.getProperty(SYNCHRONOUS_COMMIT, "off").trim();
		if (!commit.isEmpty() && !COMMIT_LEVELS.contains(commit)) {
			throw new IllegalArgumentException(SYNCHRONOUS_COMMIT + ": '" + commit + "' is not one of "
					+ new TreeSet<>(COMMIT_LEVELS) + " (or empty: the server's setting)");
		}
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof HikariDataSource pool) {
					rewriteBatchedInserts(pool);
					synchronousCommit(pool, commit);
				}
				return bean;
			}
		};
	}

	static void rewriteBatchedInserts(HikariDataSource pool) {
		if (postgresWithout(pool, REWRITE_BATCHED_INSERTS)) {
			pool.addDataSourceProperty(REWRITE_BATCHED_INSERTS, "true");
		}
	}

	static void synchronousCommit(HikariDataSource pool, String level) {
		if (!level.isEmpty() && postgresWithout(pool, OPTIONS)) {
			pool.addDataSourceProperty(OPTIONS, "-c synchronous_commit=" + level);
		}
	}

	/** True for a PostgreSQL pool whose URL and properties do not give the driver's {@code setting}. */
	private static boolean postgresWithout(HikariDataSource pool, String setting) {
		String url = pool.getJdbcUrl();
		return url != null && url.startsWith("jdbc:postgresql:") && !url.contains(setting + "=")
				&& !pool.getDataSourceProperties().containsKey(setting);
	}

	@Bean
	InputFileStore inputFileStore(JdbcTemplate jdbc) {
		return new InputFileStore(jdbc);
	}

	@Bean
	AccountDayStore accountDayStore(JdbcTemplate jdbc) {
		return new AccountDayStore(jdbc);
	}

	@Bean
	AudienceStore audienceStore(JdbcTemplate jdbc, AccountDayStore accountDays) {
		return new AudienceStore(jdbc, accountDays);
	}

	@Bean
	RevenueStore revenueStore(JdbcTemplate jdbc) {
		return new RevenueStore(jdbc);
	}

	@Bean
	ResultStore resultStore(JdbcTemplate jdbc) {
		return new ResultStore(jdbc);
	}
}
