package com.truereach.history;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/** The conversions and the replace-by-key step that the history's stores share, so each is written once. */
final class HistorySql {

	private HistorySql() {
	}

	static LocalDate localDate(ResultSet rs, int column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	static Date sqlDate(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	static LocalDate utcDay(Instant instant) {
		return instant.atZone(ZoneOffset.UTC).toLocalDate();
	}

	/** The text cut to its column's width: a long value from an export must not fail the insert of the whole file. */
	static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	/**
	 * The index of the last item of each key, keys in the order first seen: a file that lists a
	 * key twice (a post exported twice) gives one row, its last.
	 */
	static <T> List<Integer> lastOfEach(List<T> items, Function<T, String> key) {
		Map<String, Integer> byKey = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			byKey.put(key.apply(items.get(i)), i);
		}
		return new ArrayList<>(byKey.values());
	}

	/**
	 * The items to insert for {@code account}, as indexes (the last item of each key), once the
	 * rows of those keys already stored in {@code table} are deleted. Only keys already stored
	 * are deleted: a first ingest, the usual case, then costs no delete per row.
	 */
	static <T> List<Integer> replaceByKey(JdbcTemplate jdbc, String table, String keyColumn, String account,
			List<T> items, Function<T, String> key) {
		List<Integer> indexes = lastOfEach(items, key);
		Set<String> stored = new HashSet<>(jdbc.queryForList(
				"SELECT " + keyColumn + " FROM " + table + " WHERE account = ?", String.class, account));
		List<Integer> present = indexes.stream().filter(i -> stored.contains(key.apply(items.get(i)))).toList();
		jdbc.batchUpdate("DELETE FROM " + table + " WHERE account = ? AND " + keyColumn + " = ?", present, 1000,
				(ps, i) -> {
					ps.setString(1, account);
					ps.setString(2, key.apply(items.get(i)));
				});
		return indexes;
	}
}
