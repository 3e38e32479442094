package com.truereach.history;

import static com.truereach.history.HistorySql.latest;
import static com.truereach.history.HistorySql.localDate;
import static com.truereach.history.HistorySql.sqlDate;
import static com.truereach.history.HistorySql.truncate;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

import com.truereach.domain.Metric;

/**
 * The accounts' daily metrics ({@code tr_day_series}), one series per file and kind. Where two
 * exports of the same kind cover the same day the newer export wins (the one whose data ends
 * later; on a tie the file modified later), whatever order they arrive in, and the same file
 * twice changes nothing.
 */
public class AccountDayStore {

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	public AccountDayStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the file's days as one series; returns how many days of an older export of the same
	 * kind it replaces: every such day from its first to its last day, the ones it leaves out
	 * included (an older export's days stay stored but are no longer used).
	 */
	public long store(String account, ParsedExport export, long fileId) {
		jdbc.update("DELETE FROM tr_day_series WHERE account = ? AND file_id = ?", account, fileId);
		if (export.days().isEmpty()) {
			return 0;
		}
		DaySeries series = DaySeries.of(export.days(), export.dayLines());
		DaySeries.Range range = DaySeries.Range.of(series.days());
		String kind = kind(export, series);
		Map<LocalDate, Newness> newestOther = new HashMap<>();
		// this file's own newness comes with each overlapping export, in the same round trip: it
		// matters only when there is one, and every night's new exports overlap stored ones
		List<Overlap> overlaps = jdbc.query("SELECT s.file_id, s.first_day, s.last_day, s.day_count, f.last_day,"
				+ " f.modified, f.id, m.last_day, m.modified, m.id FROM tr_day_series s"
				+ " JOIN tr_input_file f ON f.id = s.file_id JOIN tr_input_file m ON m.id = ?"
				+ " WHERE s.account = ? AND s.kind = ? AND s.first_day <= ? AND s.last_day >= ?",
				(rs, n) -> new Overlap(rs.getLong(1), localDate(rs, 2), localDate(rs, 3), rs.getInt(4), newness(rs, 5),
						newness(rs, 8)),
				fileId, account, kind, sqlDate(range.last()), sqlDate(range.first()));
		for (Overlap other : overlaps) {
			for (LocalDate day : daysWithin(account, other, range)) {
				newestOther.merge(day, other.newness(), (a, b) -> a.isNewerThan(b) ? a : b);
			}
		}
		long replaced = 0;
		if (!newestOther.isEmpty()) {
			Newness mine = overlaps.get(0).mine();
			replaced = newestOther.entrySet()
				.stream()
				.filter(other -> !other.getKey().isBefore(range.first()) && !other.getKey().isAfter(range.last())
						&& mine.isNewerThan(other.getValue()))
				.count();
		}
		jdbc.update("INSERT INTO tr_day_series (account, kind, file_id, first_day, last_day, day_count, series)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?)", account, kind, fileId, sqlDate(range.first()),
				sqlDate(range.last()), series.size(), series.toJson());
		return replaced;
	}

	/** A stored series of the same kind whose first to last day meets a new export's, and the new export's newness. */
	private record Overlap(long fileId, LocalDate first, LocalDate last, int dayCount, Newness newness, Newness mine) {

		/** A series' days are distinct (a repeated day is a rejected row), so as many days as its span means every day. */
		boolean everyDay() {
			return dayCount == ChronoUnit.DAYS.between(first, last) + 1;
		}
	}

	/**
	 * The days of a stored series within {@code range}. A series with every day from its first to
	 * its last (most exports) tells them by its range columns; only one with gaps is fetched, and
	 * only its days array parsed: a night's short export overlaps years of stored days, and
	 * fetching those documents was most of storing it.
	 */
	private List<LocalDate> daysWithin(String account, Overlap other, DaySeries.Range range) {
		if (other.everyDay()) {
			List<LocalDate> days = new ArrayList<>();
			LocalDate last = other.last().isBefore(range.last()) ? other.last() : range.last();
			for (LocalDate day = latest(other.first(), range.first()); !day.isAfter(last); day = day.plusDays(1)) {
				days.add(day);
			}
			return days;
		}
		String series = jdbc.queryForObject("SELECT series FROM tr_day_series WHERE account = ? AND file_id = ?",
				String.class, account, other.fileId());
		return DaySeries.daysWithin(series, range);
	}

	/** Day rows of one kind replace each other; different kinds (Meta's Follows.csv and Reach.csv) sit side by side. */
	private static String kind(ParsedExport export, DaySeries series) {
		return truncate(export.format() + ":" + String.join(",", series.metrics().keySet().stream()
			.map(Metric::name)
			.sorted()
			.toList()), 400);
	}

	/**
	 * The account's metrics per day from {@code from} to {@code to}. Of the exports of one kind,
	 * the newest owns every day from its first to its last day: it gives its whole row, and a day
	 * it leaves out is a day of zero counts (Instagram's insights omit days with 0), not a day
	 * for an older export to fill. Rows of different kinds (Meta's Follows.csv and Reach.csv) are
	 * merged, a newer file's value winning where they overlap.
	 */
	public TreeMap<LocalDate, StoredDay> days(String account, LocalDate from, LocalDate to) {
		Map<LocalDate, Map<String, SeriesRow>> rows = new HashMap<>();
		jdbc.query("SELECT s.kind, s.series, f.path, s.first_day, s.last_day FROM tr_day_series s JOIN tr_input_file f"
				+ " ON f.id = s.file_id WHERE s.account = ? AND s.first_day <= ? AND s.last_day >= ?"
				+ " ORDER BY f.last_day, f.modified, f.id",
				rs -> {
					String kind = rs.getString(1);
					DaySeries series = json.readValue(rs.getString(2), DaySeries.class);
					String path = rs.getString(3);
					Map<LocalDate, Integer> index = new HashMap<>();
					for (int i = 0; i < series.size(); i++) {
						index.put(series.days().get(i), i);
					}
					LocalDate first = latest(localDate(rs, 4), from);
					LocalDate last = localDate(rs, 5).isAfter(to) ? to : localDate(rs, 5);
					for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
						// rows arrive oldest file first: re-inserting keeps each day's rows in that order
						Map<String, SeriesRow> ofDay = rows.computeIfAbsent(day, d -> new LinkedHashMap<>());
						ofDay.remove(kind);
						ofDay.put(kind, new SeriesRow(series, index.getOrDefault(day, SeriesRow.LEFT_OUT), path));
					}
				}, account, sqlDate(to), sqlDate(from));
		TreeMap<LocalDate, StoredDay> result = new TreeMap<>();
		rows.forEach((day, ofDay) -> {
			DayRows merged = new DayRows();
			for (SeriesRow row : ofDay.values()) {
				row.addTo(merged);
			}
			result.put(day, new StoredDay(day, merged.metrics, merged.extra, merged.lines));
		});
		return result;
	}

	/** One day of one export: a row it has, or a day between its first and last that it leaves out. */
	private record SeriesRow(DaySeries series, int index, String path) {

		static final int LEFT_OUT = -1;

		/**
		 * A left-out day counts 0 for every daily count the export carries; the follower total
		 * is a level, not a count, and stays unknown.
		 */
		void addTo(DayRows day) {
			if (index == LEFT_OUT) {
				for (Metric metric : series.metrics().keySet()) {
					if (metric != Metric.FOLLOWERS) {
						day.metrics.put(metric, 0L);
					}
				}
				day.lines.add(new SourceLine(path, SourceLine.LEFT_OUT));
				return;
			}
			day.metrics.putAll(series.metricsOf(index));
			day.extra.putAll(series.extraOf(index));
			day.lines.add(new SourceLine(path, series.lines().get(index)));
		}
	}

	/** The last day any file of the account covers, or null. */
	public LocalDate lastDay(String account) {
		Date last = jdbc.queryForObject("SELECT MAX(last_day) FROM tr_day_series WHERE account = ?", Date.class,
				account);
		return last == null ? null : last.toLocalDate();
	}

	/**
	 * The last day a file of the account covers, or null; files that reach past {@code notAfter}
	 * are left out: such a file was stored before misdated rows were rejected, and it may not
	 * move the nightly window.
	 */
	public LocalDate lastDay(String account, LocalDate notAfter) {
		Date last = jdbc.queryForObject("SELECT MAX(last_day) FROM tr_day_series WHERE account = ? AND last_day <= ?",
				Date.class, account, sqlDate(notAfter));
		return last == null ? null : last.toLocalDate();
	}

	/** The newness of the file whose last_day, modified and id are the columns from {@code first} on. */
	private static Newness newness(ResultSet rs, int first) throws SQLException {
		return new Newness(localDate(rs, first), rs.getTimestamp(first + 1).toInstant(), rs.getLong(first + 2));
	}

	private record Newness(LocalDate lastDay, Instant modified, long id) {

		boolean isNewerThan(Newness other) {
			int byDay = compare(lastDay, other.lastDay);
			if (byDay != 0) {
				return byDay > 0;
			}
			int byTime = modified.compareTo(other.modified);
			return byTime != 0 ? byTime > 0 : id > other.id;
		}

		private static int compare(LocalDate a, LocalDate b) {
			if (a == null || b == null) {
				return a == null ? (b == null ? 0 : -1) : 1;
			}
			return a.compareTo(b);
		}
	}

	/**
	 * One account-day as stored: the metrics, the unmapped columns and the file lines they came
	 * from. The lines are kept as the file's path (one string for all its days) and a line number,
	 * and written out as text only when asked for: an account's every day carrying them as text
	 * was most of the memory of a run.
	 */
	public record StoredDay(LocalDate day, Map<Metric, Long> metrics, Map<String, BigDecimal> extra,
			List<SourceLine> lines) {

		public StoredDay {
			EnumMap<Metric, Long> byMetric = new EnumMap<>(Metric.class);
			byMetric.putAll(metrics);
			metrics = Collections.unmodifiableMap(byMetric);
			extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
			lines = List.copyOf(lines);
		}

		public Long get(Metric metric) {
			return metrics.get(metric);
		}

		/** True when some export covers the day. */
		public boolean observed() {
			return !lines.isEmpty();
		}

		/** The file lines behind the day, as {@code path:line}. */
		public List<String> sources() {
			return lines.stream().map(SourceLine::toString).toList();
		}
	}

	/**
	 * A file line behind a stored day; {@code line} is {@link #LEFT_OUT} for a day between the
	 * file's first and last day that it does not list.
	 */
	public record SourceLine(String path, long line) {

		public static final long LEFT_OUT = -1;

		@Override
		public String toString() {
			return line == LEFT_OUT ? path + ": day not listed (0)" : path + ":" + line;
		}
	}

	/** A day's rows merged in file order, before they become a {@link StoredDay}. */
	private static final class DayRows {

		final EnumMap<Metric, Long> metrics = new EnumMap<>(Metric.class);

		final Map<String, BigDecimal> extra = new LinkedHashMap<>();

		final List<SourceLine> lines = new ArrayList<>(1);
	}
}
