-- What each input a definition names (a file, or a zip read in place) was when a run last read it,
-- so that a later run recognises it unchanged without reading it again: its size, modification time
-- (epoch microseconds) and the SHA-256 of its first 64 KiB and of its whole content. These are null
-- when not every file it gave was usable then (it is read again). The reject threshold it was judged
-- by is kept: under another threshold the same rows may no longer make it usable.
CREATE TABLE IF NOT EXISTS tr_input_read (
	owner VARCHAR(200) NOT NULL,
	path VARCHAR(2000) NOT NULL,
	size_bytes BIGINT,
	modified_micros BIGINT,
	head_sha256 VARCHAR(64),
	sha256 VARCHAR(64),
	reject_threshold DOUBLE PRECISION NOT NULL,
	-- the run that read it (its tr_file_run rows are repeated for a run that finds it unchanged) and when
	read_run BIGINT NOT NULL,
	read_at TIMESTAMP NOT NULL,
	-- the last run that looked at it, and what it found: NEW, CHANGED or UNCHANGED
	checked_run BIGINT NOT NULL,
	outcome VARCHAR(10) NOT NULL,
	PRIMARY KEY (owner, path)
);
CREATE INDEX IF NOT EXISTS tr_input_read_checked ON tr_input_read (checked_run);

-- a run that finds a file unchanged repeats its rejected rows from the run that read it, file by file
CREATE INDEX IF NOT EXISTS tr_reject_run_file ON tr_reject (run_id, file_id);
-- ... and finds the files of one owner in the run that read them
CREATE INDEX IF NOT EXISTS tr_file_run_owner ON tr_file_run (run_id, owner);
