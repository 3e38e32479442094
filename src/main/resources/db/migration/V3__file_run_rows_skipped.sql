-- rows_skipped: well-formed rows that are not what TrueReach reads (a Stripe PaymentIntent that
-- never charged, a GA4 table of countries), counted apart from rejects: read = accepted + rejected
-- + skipped. Runs recorded before the column existed had none.
ALTER TABLE tr_file_run ADD COLUMN IF NOT EXISTS rows_skipped BIGINT DEFAULT 0 NOT NULL;
