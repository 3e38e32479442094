package com.truereach.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What each input a definition names (a file, or a zip read in place) was when a run last read
 * it, so that the next run passes over an input that is unchanged instead of reading and storing
 * it again: the nightly increment otherwise re-reads years of exports to add one day.
 */
public class InputReads {

	/** The status a file run is recorded with when its input was not read again. */
	private static final String UNCHANGED_STATUS = "UNCHANGED";

	private final JdbcTemplate jdbc;

	public InputReads(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What a run found an input to be. */
	public enum Outcome {
		/** Never read before (or not for this owner). */
		NEW,
		/** Read before, but different now, or not usable then: read again. */
		CHANGED,
		/** Read and stored whole before, the same now: not read again. */
		UNCHANGED
	}

	/**
	 * What an input was when it was read: its size, its modification time in epoch microseconds
	 * (what a database timestamp keeps on H2 and PostgreSQL alike) and the SHA-256 of its first
	 * 64 KiB and of its whole content.
	 */
	public record Fingerprint(long size, long modifiedMicros, String headSha256, String sha256) {
	}

	/**
	 * The last read of an input: its fingerprint, null when not every file it gave was usable or
	 * when the record of what that run made of its files is no longer kept; the reject threshold
	 * it was judged by; the run that read it and when.
	 */
	public record LastRead(Fingerprint fingerprint, double rejectThreshold, long run, Instant at) {
	}

	public Optional<LastRead> lastRead(String owner, String path) {
		List<LastRead> reads = jdbc.query("SELECT i.size_bytes, i.modified_micros, i.head_sha256, i.sha256,"
				+ " i.reject_threshold, i.read_run, i.read_at, EXISTS (SELECT 1 FROM tr_file_run r"
				+ " WHERE r.run_id = i.read_run AND r.owner = i.owner) FROM tr_input_read i WHERE i.owner = ? AND i.path = ?",
				(rs, n) -> {
					boolean kept = rs.getBoolean(8) && rs.getString(4) != null;
					Fingerprint fingerprint = kept ? new Fingerprint(rs.getLong(1), rs.getLong(2), rs.getString(3),
							rs.getString(4)) : null;
					return new LastRead(fingerprint, rs.getDouble(5), rs.getLong(6), rs.getTimestamp(7).toInstant());
				}, owner, path);
		return reads.stream().findFirst();
	}

	/**
	 * Records what run {@code runId} found the input to be after reading it; {@code fingerprint}
	 * is null when not every file it gave was usable, so that the next run reads it again.
	 */
	public void read(long runId, String owner, String path, Outcome outcome, Fingerprint fingerprint,
			double rejectThreshold) {
		jdbc.update("DELETE FROM tr_input_read WHERE owner = ? AND path = ?", owner, path);
		jdbc.update("INSERT INTO tr_input_read (owner, path, size_bytes, modified_micros, head_sha256, sha256,"
				+ " reject_threshold, read_run, read_at, checked_run, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				owner, path, fingerprint == null ? null : fingerprint.size(),
				fingerprint == null ? null : fingerprint.modifiedMicros(),
				fingerprint == null ? null : fingerprint.headSha256(), fingerprint == null ? null : fingerprint.sha256(),
				rejectThreshold, runId, Timestamp.from(Instant.now()), runId, outcome.name());
	}

	/**
	 * Records that run {@code runId} found the input unchanged since {@code last}: what that run
	 * made of each of its files (zip entries are files {@code <zip>!/<entry>}) is repeated for this
	 * run with the status {@code UNCHANGED} (the parser's name for it), rejected rows included, so that the
	 * Data quality sheet still lists it and its counts reconcile. {@code modifiedMicros} is the
	 * time the input has now: a file touched but unchanged is then known by its time next run.
	 */
	public void unchanged(long runId, String owner, String path, LastRead last, long modifiedMicros) {
		if (last.run() == runId) {
			// a resumed partition passing over an input this run has read: it is recorded already
			return;
		}
		String since = "unchanged since " + LocalDate.ofInstant(last.at(), ZoneId.systemDefault())
				+ ": not read again; rows as counted then";
		String prefix = path + "!/";
		List<Object[]> runs = jdbc.query("SELECT r.file_id, r.message, r.rows_read, r.rows_accepted, r.rows_rejected,"
				+ " r.rows_skipped, r.summary_rows, r.days_replaced FROM tr_file_run r JOIN tr_input_file f"
				+ " ON f.id = r.file_id WHERE r.run_id = ? AND r.owner = ? AND (f.path = ? OR LEFT(f.path, ?) = ?)",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
						rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8) },
				last.run(), owner, path, prefix.length(), prefix);
		for (Object[] run : runs) {
			long fileId = (Long) run[0];
			String message = run[1] == null || ((String) run[1]).isEmpty() ? since : since + "; " + run[1];
			jdbc.update("DELETE FROM tr_file_run WHERE run_id = ? AND file_id = ? AND owner = ?", runId, fileId,
					owner);
			jdbc.update("INSERT INTO tr_file_run (run_id, file_id, owner, status, message, rows_read, rows_accepted,"
					+ " rows_rejected, rows_skipped, summary_rows, days_replaced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					runId, fileId, owner, UNCHANGED_STATUS,
					message.length() > 4000 ? message.substring(0, 4000) : message, run[2], run[3], run[4], run[5],
					run[6], run[7]);
			jdbc.update("DELETE FROM tr_reject WHERE run_id = ? AND file_id = ?", runId, fileId);
			jdbc.update("INSERT INTO tr_reject (run_id, file_id, line, col, val, reason) SELECT ?, file_id, line, col,"
					+ " val, reason FROM tr_reject WHERE run_id = ? AND file_id = ?", runId, last.run(), fileId);
		}
		jdbc.update("UPDATE tr_input_read SET modified_micros = ?, checked_run = ?, outcome = ? WHERE owner = ? AND path = ?",
				modifiedMicros, runId, Outcome.UNCHANGED.name(), owner, path);
	}

	/** How many inputs run {@code runId} found new, changed and unchanged. */
	public Map<Outcome, Long> outcomes(long runId) {
		Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, 0L);
		}
		jdbc.query("SELECT outcome, COUNT(*) FROM tr_input_read WHERE checked_run = ? GROUP BY outcome",
				rs -> {
					counts.put(Outcome.valueOf(rs.getString(1)), rs.getLong(2));
				}, runId);
		return counts;
	}
}
