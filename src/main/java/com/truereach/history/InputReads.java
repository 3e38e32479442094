package com.truereach.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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

	private static final String LAST_READ = "SELECT i.size_bytes, i.modified_micros, i.head_sha256, i.sha256,"
			+ " i.reject_threshold, i.read_run, i.read_at, EXISTS (SELECT 1 FROM tr_file_run r"
			+ " WHERE r.run_id = i.read_run AND r.owner = i.owner), i.owner, i.path FROM tr_input_read i";

	/** What separates a zip from the name of an entry in a file's path. */
	private static final String ZIP_ENTRY = "!/";

	private static final int BATCH = 500;

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

	/** An input by whose it is and its path. */
	public record Key(String owner, String path) {
	}

	public Optional<LastRead> lastRead(String owner, String path) {
		return jdbc.query(LAST_READ + " WHERE i.owner = ? AND i.path = ?", InputReads::lastRead, owner, path)
			.stream()
			.findFirst();
	}

	/** The last read of every input, in one query: a nightly run looks at thousands of inputs. */
	public Map<Key, LastRead> lastReads() {
		Map<Key, LastRead> reads = new HashMap<>();
		jdbc.query(LAST_READ, rs -> {
			reads.put(new Key(rs.getString(9), rs.getString(10)), lastRead(rs, 0));
		});
		return reads;
	}

	private static LastRead lastRead(ResultSet rs, int row) throws SQLException {
		boolean kept = rs.getBoolean(8) && rs.getString(4) != null;
		Fingerprint fingerprint = kept ? new Fingerprint(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))
				: null;
		return new LastRead(fingerprint, rs.getDouble(5), rs.getLong(6), rs.getTimestamp(7).toInstant());
	}

	/**
	 * Records what run {@code runId} found the input to be after reading it; {@code fingerprint}
	 * is null when not every file it gave was usable, so that the next run reads it again.
	 */
	public void read(long runId, String owner, String path, Outcome outcome, Fingerprint fingerprint,
			double rejectThreshold) {
		// a NEW input has no record yet: the backfill and every night's new exports save a round trip per input
		if (outcome != Outcome.NEW) {
			jdbc.update("DELETE FROM tr_input_read WHERE owner = ? AND path = ?", owner, path);
		}
		jdbc.update("INSERT INTO tr_input_read (owner, path, size_bytes, modified_micros, head_sha256, sha256,"
				+ " reject_threshold, read_run, read_at, checked_run, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				owner, path, fingerprint == null ? null : fingerprint.size(),
				fingerprint == null ? null : fingerprint.modifiedMicros(),
				fingerprint == null ? null : fingerprint.headSha256(), fingerprint == null ? null : fingerprint.sha256(),
				rejectThreshold, runId, Timestamp.from(Instant.now()), runId, outcome.name());
	}

	/**
	 * An input a run found unchanged since its last read {@code last}; {@code modifiedMicros} is
	 * the time it has now, so that a file touched but unchanged is known by its time next run.
	 */
	public record Unchanged(String owner, String path, LastRead last, long modifiedMicros) {
	}

	/**
	 * Records that run {@code runId} found the inputs unchanged: what the run that read each made
	 * of each of its files (zip entries are files {@code <zip>!/<entry>}) is repeated for this run
	 * with the status {@code UNCHANGED} (the parser's name for it), rejected rows included, so that
	 * the Data quality sheet still lists it and its counts reconcile. The files of the runs that
	 * read them are found in one query per such run, and the rows are copied by key in batches: a
	 * nightly run passes over thousands of inputs at once.
	 */
	public void unchanged(long runId, List<Unchanged> inputs) {
		// a resumed partition passing over an input this run has read: it is recorded already
		List<Unchanged> earlier = inputs.stream().filter(input -> input.last().run() != runId).toList();
		Map<Long, Map<Key, List<Long>>> filesByRun = new HashMap<>();
		earlier.forEach(input -> filesByRun.computeIfAbsent(input.last().run(), this::filesRead));
		List<FileCopy> copies = new ArrayList<>();
		for (Unchanged input : earlier) {
			String since = "unchanged since " + LocalDate.ofInstant(input.last().at(), ZoneId.systemDefault())
					+ ": not read again; rows as counted then";
			filesByRun.get(input.last().run())
				.getOrDefault(new Key(input.owner(), input.path()), List.of())
				.forEach(fileId -> copies.add(new FileCopy(input, fileId, since)));
		}
		jdbc.batchUpdate("DELETE FROM tr_reject WHERE run_id = ? AND file_id = ?", copies, BATCH, (ps, copy) -> {
			ps.setLong(1, runId);
			ps.setLong(2, copy.fileId());
		});
		jdbc.batchUpdate("DELETE FROM tr_file_run WHERE run_id = ? AND file_id = ? AND owner = ?", copies, BATCH,
				(ps, copy) -> {
					ps.setLong(1, runId);
					ps.setLong(2, copy.fileId());
					ps.setString(3, copy.input().owner());
				});
		jdbc.batchUpdate("INSERT INTO tr_file_run (run_id, file_id, owner, status, message, rows_read, rows_accepted,"
				+ " rows_rejected, rows_skipped, summary_rows, days_replaced) SELECT ?, file_id, owner, ?, CASE"
				+ " WHEN message IS NULL OR message = '' THEN ? ELSE LEFT(CONCAT(?, '; ', message), 4000) END,"
				+ " rows_read, rows_accepted, rows_rejected, rows_skipped, summary_rows, days_replaced FROM tr_file_run"
				+ " WHERE run_id = ? AND file_id = ? AND owner = ?", copies, BATCH, (ps, copy) -> {
					ps.setLong(1, runId);
					ps.setString(2, UNCHANGED_STATUS);
					ps.setString(3, copy.since());
					ps.setString(4, copy.since());
					ps.setLong(5, copy.input().last().run());
					ps.setLong(6, copy.fileId());
					ps.setString(7, copy.input().owner());
				});
		jdbc.batchUpdate("INSERT INTO tr_reject (run_id, file_id, line, col, val, reason) SELECT ?, file_id, line, col,"
				+ " val, reason FROM tr_reject WHERE run_id = ? AND file_id = ?", copies, BATCH, (ps, copy) -> {
					ps.setLong(1, runId);
					ps.setLong(2, copy.input().last().run());
					ps.setLong(3, copy.fileId());
				});
		jdbc.batchUpdate("UPDATE tr_input_read SET modified_micros = ?, checked_run = ?, outcome = ? WHERE owner = ?"
				+ " AND path = ?", inputs, BATCH, (ps, input) -> {
					ps.setLong(1, input.modifiedMicros());
					ps.setLong(2, runId);
					ps.setString(3, Outcome.UNCHANGED.name());
					ps.setString(4, input.owner());
					ps.setString(5, input.path());
				});
	}

	/** One file of an unchanged input, whose record of the run that read it is repeated. */
	private record FileCopy(Unchanged input, long fileId, String since) {
	}

	/**
	 * The files each input gave run {@code run}, by owner and input path: a plain file is its own
	 * input, a zip entry {@code <zip>!/<entry>} is the zip's.
	 */
	private Map<Key, List<Long>> filesRead(long run) {
		Map<Key, List<Long>> files = new HashMap<>();
		jdbc.query("SELECT r.owner, f.path, r.file_id FROM tr_file_run r JOIN tr_input_file f ON f.id = r.file_id"
				+ " WHERE r.run_id = ?", rs -> {
					String owner = rs.getString(1);
					String path = rs.getString(2);
					long fileId = rs.getLong(3);
					files.computeIfAbsent(new Key(owner, path), k -> new ArrayList<>()).add(fileId);
					for (int entry = path.indexOf(ZIP_ENTRY); entry >= 0; entry = path.indexOf(ZIP_ENTRY, entry + 1)) {
						files.computeIfAbsent(new Key(owner, path.substring(0, entry)), k -> new ArrayList<>())
							.add(fileId);
					}
				}, run);
		return files;
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
