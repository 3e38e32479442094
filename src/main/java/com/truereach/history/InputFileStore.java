package com.truereach.history;

import static com.truereach.history.HistorySql.localDate;
import static com.truereach.history.HistorySql.sqlDate;
import static com.truereach.history.HistorySql.truncate;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import com.truereach.domain.Reject;

/**
 * The input files the history has seen, what each run made of them and the rows it rejected
 * ({@code tr_input_file}, {@code tr_file_run}, {@code tr_reject}), and what each input was when
 * last read ({@link InputReads}): the record an analyst reads to see that the counts reconcile.
 */
public class InputFileStore {

	private final JdbcTemplate jdbc;

	private final InputReads inputReads;

	public InputFileStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.inputReads = new InputReads(jdbc);
	}

	/** What each input was when a run last read it: how a run knows an input it need not read again. */
	public InputReads inputReads() {
		return inputReads;
	}

	/** The id of the file's content at its path, registering it on first sight. */
	public long fileId(InputFile file) {
		List<Long> ids = jdbc.queryForList("SELECT id FROM tr_input_file WHERE path = ? AND sha256 = ?", Long.class,
				file.path(), file.sha256());
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		KeyHolder id = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement ps = connection.prepareStatement("INSERT INTO tr_input_file (path, sha256, format,"
					+ " platform, first_day, last_day, modified, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			ps.setString(1, file.path());
			ps.setString(2, file.sha256());
			ps.setString(3, file.format());
			ps.setString(4, file.platform() == null ? null : file.platform().name());
			ps.setDate(5, sqlDate(file.first()));
			ps.setDate(6, sqlDate(file.last()));
			ps.setTimestamp(7, Timestamp.from(file.modified()));
			ps.setTimestamp(8, Timestamp.from(Instant.now()));
			return ps;
		}, id);
		return id.getKey().longValue();
	}

	/** Records what run {@code runId} made of the file under {@code owner}, replacing an earlier record of it. */
	public void recordRun(long runId, long fileId, String owner, ReadSummary summary, long replaced) {
		jdbc.update("DELETE FROM tr_file_run WHERE run_id = ? AND file_id = ? AND owner = ?", runId, fileId, owner);
		jdbc.update("DELETE FROM tr_reject WHERE run_id = ? AND file_id = ?", runId, fileId);
		jdbc.update("INSERT INTO tr_file_run (run_id, file_id, owner, status, message, rows_read, rows_accepted,"
				+ " rows_rejected, rows_skipped, summary_rows, days_replaced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				runId, fileId, owner, summary.status(), truncate(summary.message(), 4000), summary.read(),
				summary.accepted(), summary.rejected(), summary.skipped(), summary.summaryRows(), replaced);
		jdbc.batchUpdate("INSERT INTO tr_reject (run_id, file_id, line, col, val, reason) VALUES (?, ?, ?, ?, ?, ?)",
				summary.rejects(), 1000, (ps, r) -> {
					ps.setLong(1, runId);
					ps.setLong(2, fileId);
					ps.setLong(3, r.line());
					ps.setString(4, truncate(r.column(), 200));
					ps.setString(5, truncate(r.value(), 500));
					ps.setString(6, truncate(r.reason(), 1000));
				});
	}

	/** What run {@code runId} made of each file, by owner and path: the Data quality sheet's rows and the run's counts. */
	public List<FileRun> fileRuns(long runId) {
		return fileRuns(runId, "", List.of());
	}

	/** The files of run {@code runId} listed under one of {@code owners} (accounts or revenue sources). */
	public List<FileRun> fileRuns(long runId, Collection<String> owners) {
		return owners.isEmpty() ? List.of() : fileRuns(runId, " AND r.owner IN (" + marks(owners) + ")", owners);
	}

	private List<FileRun> fileRuns(long runId, String condition, Collection<String> owners) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(runId);
		arguments.addAll(owners);
		return jdbc.query("SELECT f.path, f.format, f.platform, f.first_day, f.last_day, r.owner, r.status, r.message,"
				+ " r.rows_read, r.rows_accepted, r.rows_rejected, r.summary_rows, r.days_replaced, r.rows_skipped"
				+ " FROM tr_file_run r JOIN tr_input_file f ON f.id = r.file_id WHERE r.run_id = ?" + condition
				+ " ORDER BY r.owner, f.path",
				(rs, n) -> new FileRun(rs.getString(1), rs.getString(2), rs.getString(3), localDate(rs, 4),
						localDate(rs, 5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9),
						rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14)),
				arguments.toArray());
	}

	private static String marks(Collection<String> values) {
		return String.join(", ", Collections.nCopies(values.size(), "?"));
	}

	/** The rows run {@code runId} rejected, by file and line, at most {@code limit}: a sample, not millions. */
	public List<Reject> rejects(long runId, int limit) {
		return rejects(runId, "", List.of(), limit);
	}

	/** The rows run {@code runId} rejected in the files of {@code owners}, at most {@code limit}. */
	public List<Reject> rejects(long runId, Collection<String> owners, int limit) {
		return owners.isEmpty() ? List.of() : rejects(runId, " AND j.file_id IN (SELECT r.file_id FROM tr_file_run r"
				+ " WHERE r.run_id = j.run_id AND r.owner IN (" + marks(owners) + "))", owners, limit);
	}

	private List<Reject> rejects(long runId, String condition, Collection<String> owners, int limit) {
		return jdbc.query("SELECT f.path, j.line, j.col, j.val, j.reason FROM tr_reject j JOIN tr_input_file f"
				+ " ON f.id = j.file_id WHERE j.run_id = ?" + condition + " ORDER BY f.path, j.line", ps -> {
					ps.setLong(1, runId);
					int i = 2;
					for (String owner : owners) {
						ps.setString(i++, owner);
					}
					ps.setMaxRows(limit);
				}, (rs, n) -> new Reject(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getString(5)));
	}

	/** One file of a run as the Data quality sheet shows it: the file, what the run made of it, its counts. */
	public record FileRun(String path, String format, String platform, LocalDate first, LocalDate last, String owner,
			String status, String message, long read, long accepted, long rejected, long summaryRows,
			long replaced, long skipped) {
	}
}
