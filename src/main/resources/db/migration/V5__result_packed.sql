-- Step results as Smile (Jackson's binary JSON) compressed with deflate, about a ninth of the JSON
-- text: on the 2,000-account backfill the JSON results were a gigabyte, most of the H2 file, and H2
-- ran out of a 512 MB heap writing a chunk of them. Rows saved before this version keep their JSON
-- in payload (packed null) and are still read, so a failed run of an older version can be resumed.
ALTER TABLE tr_result ADD COLUMN IF NOT EXISTS packed BYTEA;
ALTER TABLE tr_result ALTER COLUMN payload DROP NOT NULL;
