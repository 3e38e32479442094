package com.truereach.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * What each step of a run worked out, per account, as JSON in {@code tr_result}: a later step
 * (or a resumed run) reads it back instead of recomputing it, and each step stays load, analyse, save.
 */
public class ResultStore {

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	public ResultStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves a step's result for an account, replacing the one a failed attempt of the same run saved. */
	public void saveResult(long runId, String step, String account, Object result) {
		jdbc.update("DELETE FROM tr_result WHERE run_id = ? AND step = ? AND account = ?", runId, step, account);
		jdbc.update("INSERT INTO tr_result (run_id, step, account, payload) VALUES (?, ?, ?, ?)", runId, step, account,
				json.writeValueAsString(result));
	}

	/** One account's result of a step, or null when the step kept none for it. */
	public <T> T result(long runId, String step, String account, Class<T> type) {
		List<String> payload = jdbc.queryForList(
				"SELECT payload FROM tr_result WHERE run_id = ? AND step = ? AND account = ?", String.class, runId, step,
				account);
		return payload.isEmpty() ? null : json.readValue(payload.get(0), type);
	}

	/** A step's results of the run, by account in account order, read back as {@code type}. */
	public <T> Map<String, T> results(long runId, String step, Class<T> type) {
		Map<String, T> results = new LinkedHashMap<>();
		jdbc.query("SELECT account, payload FROM tr_result WHERE run_id = ? AND step = ? ORDER BY account", rs -> {
			results.put(rs.getString(1), json.readValue(rs.getString(2), type));
		}, runId, step);
		return results;
	}
}
