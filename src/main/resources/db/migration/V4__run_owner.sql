-- the process that runs a job execution and its last sign of life: an execution left STARTED by a
-- process that is gone (a dead pid on this host, or no heartbeat for long) is recovered by the next
-- launch, and one whose process lives is never touched
CREATE TABLE IF NOT EXISTS tr_run_owner (
	execution_id BIGINT NOT NULL PRIMARY KEY,
	host VARCHAR(255) NOT NULL,
	pid BIGINT NOT NULL,
	started TIMESTAMP NOT NULL,
	heartbeat TIMESTAMP NOT NULL
);
