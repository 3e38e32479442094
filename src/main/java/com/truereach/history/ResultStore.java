package com.truereach.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.smile.SmileMapper;

/**
 * What each step of a run worked out, per account, in {@code tr_result}: a later step (or a
 * resumed run) reads it back instead of recomputing it, and each step stays load, analyse, save.
 * A result is kept as Smile, Jackson's binary form of JSON, deflated: about a tenth of the JSON
 * text, and read without parsing numbers from text. Written into the compressor as it is encoded
 * and read from the decompressor as it is decoded, so neither side holds the uncompressed form.
 */
public class ResultStore {

	private static final String COLUMNS = "packed, payload";

	private static final ObjectMapper SMILE = SmileMapper.builder().build();

	/** Rows saved before results were packed hold JSON text in {@code payload}. */
	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	/** The statement {@link #upsert()} chose for the database, once it has looked. */
	private volatile String upsert;

	public ResultStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Saves a step's result for an account, replacing the one a failed attempt of the same run saved,
	 * in one statement: a delete and an insert were two round trips to PostgreSQL for each of the
	 * thousands of results a step saves.
	 */
	public void saveResult(long runId, String step, String account, Object result) {
		jdbc.update(upsert(), runId, step, account, pack(result));
	}

	/**
	 * The statement that inserts a result or replaces the stored one: PostgreSQL's
	 * {@code INSERT ... ON CONFLICT} (which H2 lacks), H2's {@code MERGE ... KEY} (which PostgreSQL
	 * lacks); the standard {@code MERGE} needs PostgreSQL 15.
	 */
	private String upsert() {
		String sql = upsert;
		if (sql == null) {
			String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
			sql = "PostgreSQL".equals(product)
					? "INSERT INTO tr_result (run_id, step, account, packed) VALUES (?, ?, ?, ?)"
							+ " ON CONFLICT (run_id, step, account) DO UPDATE SET packed = EXCLUDED.packed, payload = NULL"
					: "MERGE INTO tr_result (run_id, step, account, packed, payload) KEY (run_id, step, account)"
							+ " VALUES (?, ?, ?, ?, NULL)";
			upsert = sql;
		}
		return sql;
	}

	/** One account's result of a step, or null when the step kept none for it. */
	public <T> T result(long runId, String step, String account, Class<T> type) {
		List<T> result = jdbc.query("SELECT " + COLUMNS + " FROM tr_result WHERE run_id = ? AND step = ? AND account = ?",
				(rs, row) -> unpack(rs, 1, type), runId, step, account);
		return result.isEmpty() ? null : result.get(0);
	}

	/** A step's results of the run, by account in account order, read back as {@code type}. */
	public <T> Map<String, T> results(long runId, String step, Class<T> type) {
		Map<String, T> results = new LinkedHashMap<>();
		jdbc.query("SELECT account, " + COLUMNS + " FROM tr_result WHERE run_id = ? AND step = ? ORDER BY account",
				rs -> {
					results.put(rs.getString(1), unpack(rs, 2, type));
				}, runId, step);
		return results;
	}

	/** The runs (job instances) that kept results, in order. */
	public List<Long> runs() {
		return jdbc.queryForList("SELECT DISTINCT run_id FROM tr_result ORDER BY run_id", Long.class);
	}

	/** Removes every result a run kept; returns how many there were. */
	public int removeRun(long runId) {
		return jdbc.update("DELETE FROM tr_result WHERE run_id = ?", runId);
	}

	private static byte[] pack(Object result) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
		// the fastest level: a tenth larger than the default level's output, in half the time
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try (OutputStream out = new DeflaterOutputStream(bytes, deflater, 8192)) {
			SMILE.writeValue(out, result);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deflater.end();
		}
		return bytes.toByteArray();
	}

	/** The result in columns {@code packed} and {@code packed + 1} (its JSON text when saved before packing). */
	private static <T> T unpack(ResultSet rs, int packed, Class<T> type) throws SQLException {
		InputStream stream = rs.getBinaryStream(packed);
		if (stream == null) {
			return JSON.readValue(rs.getString(packed + 1), type);
		}
		Inflater inflater = new Inflater();
		try (InputStream in = new InflaterInputStream(stream, inflater, 8192)) {
			return SMILE.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			inflater.end();
		}
	}
}
