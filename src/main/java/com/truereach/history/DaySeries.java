package com.truereach.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.core.io.JsonStringEncoder;

import com.truereach.domain.AccountDay;
import com.truereach.domain.Metric;

/**
 * The account-days one file gave, stored as one column-wise JSON document per file: day,
 * source line, one array per metric the file carries and one per unmapped column. A million
 * account-days are then a few thousand rows, which is what lets ingestion keep its speed
 * target (one table row per day cost four B-tree writes each and most of the ingest time), and
 * a column's name is written once, not once per day. Every value still names its file and line.
 */
record DaySeries(List<LocalDate> days, List<Long> lines, Map<Metric, List<Long>> metrics,
		Map<String, List<BigDecimal>> extra) {

	private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();

	/** How the days array of a stored document begins. */
	private static final String DAYS = "\"days\":[";

	/** The first and last day, for the row's range columns. */
	record Range(LocalDate first, LocalDate last) {

		static Range of(List<LocalDate> days) {
			LocalDate first = days.get(0);
			LocalDate last = first;
			for (LocalDate day : days) {
				first = day.isBefore(first) ? day : first;
				last = day.isAfter(last) ? day : last;
			}
			return new Range(first, last);
		}
	}

	static DaySeries of(List<AccountDay> accountDays, List<Long> lines) {
		List<LocalDate> days = new ArrayList<>(accountDays.size());
		accountDays.forEach(day -> days.add(day.day()));
		return new DaySeries(days, List.copyOf(lines),
				columns(accountDays, AccountDay::metrics, new EnumMap<>(Metric.class)),
				columns(accountDays, AccountDay::extra, new LinkedHashMap<>()));
	}

	/** One list per key any day has, a value per day (null where the day has none). */
	private static <K, V, M extends Map<K, List<V>>> M columns(List<AccountDay> days,
			Function<AccountDay, Map<K, V>> values, M columns) {
		for (int i = 0; i < days.size(); i++) {
			for (Map.Entry<K, V> value : values.apply(days.get(i)).entrySet()) {
				List<V> column = columns.computeIfAbsent(value.getKey(), k -> new ArrayList<>());
				while (column.size() < i) {
					column.add(null);
				}
				column.add(value.getValue());
			}
		}
		for (List<V> column : columns.values()) {
			while (column.size() < days.size()) {
				column.add(null);
			}
		}
		return columns;
	}

	/**
	 * The stored document, written by hand: it is millions of numbers for a large ingest, and
	 * going through Jackson's generator or databind was most of the time left in storing. Only
	 * the unmapped column names can need escaping; Jackson quotes them. Read back with databind.
	 */
	String toJson() {
		StringBuilder out = new StringBuilder(days.size() * 8 * (3 + metrics.size() + extra.size()));
		out.append("{\"days\":[");
		for (int i = 0; i < days.size(); i++) {
			out.append(i == 0 ? "\"" : ",\"").append(days.get(i)).append('"');
		}
		out.append("],\"lines\":");
		appendValues(out, lines);
		out.append(",\"metrics\":{");
		String comma = "";
		for (Map.Entry<Metric, List<Long>> metric : metrics.entrySet()) {
			out.append(comma).append('"').append(metric.getKey().name()).append("\":");
			appendValues(out, metric.getValue());
			comma = ",";
		}
		out.append("},\"extra\":{");
		comma = "";
		for (Map.Entry<String, List<BigDecimal>> column : extra.entrySet()) {
			out.append(comma).append('"');
			QUOTE.quoteAsString(column.getKey(), out);
			out.append("\":");
			appendValues(out, column.getValue());
			comma = ",";
		}
		return out.append("}}").toString();
	}

	/**
	 * The days of a stored document that fall in {@code range}, read from its {@code days} array
	 * alone: a new export's days replaced are counted against the older exports of its kind, and
	 * decoding each of those whole (years of days, every metric) was most of storing a night's
	 * short export. The days are written in ISO form, whose text sorts as the days do, so only the
	 * days in range are parsed.
	 */
	static List<LocalDate> daysWithin(String json, Range range) {
		int at = json.indexOf(DAYS);
		if (at < 0) {
			throw new IllegalArgumentException("not a stored day series: no days array");
		}
		String first = range.first().toString();
		String last = range.last().toString();
		List<LocalDate> within = new ArrayList<>();
		int i = at + DAYS.length();
		while (json.charAt(i) == '"') {
			int end = json.indexOf('"', i + 1);
			String day = json.substring(i + 1, end);
			if (day.compareTo(first) >= 0 && day.compareTo(last) <= 0) {
				within.add(LocalDate.parse(day));
			}
			i = json.charAt(end + 1) == ',' ? end + 2 : end + 1;
		}
		return within;
	}

	/** Numbers as JSON numbers ({@code toString} of a Long or BigDecimal is one), null as null. */
	private static void appendValues(StringBuilder out, List<?> values) {
		out.append('[');
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			out.append(i == 0 ? "" : ",").append(value == null ? "null" : value.toString());
		}
		out.append(']');
	}

	int size() {
		return days.size();
	}

	/** The metrics of day {@code i} that the file gave (blank cells absent). */
	Map<Metric, Long> metricsOf(int i) {
		return valuesOf(metrics, i, new EnumMap<>(Metric.class));
	}

	/** The unmapped columns of day {@code i} that have a value. */
	Map<String, BigDecimal> extraOf(int i) {
		return valuesOf(extra, i, new LinkedHashMap<>());
	}

	private static <K, V, M extends Map<K, V>> M valuesOf(Map<K, List<V>> columns, int i, M values) {
		columns.forEach((key, column) -> {
			V value = column.get(i);
			if (value != null) {
				values.put(key, value);
			}
		});
		return values;
	}
}
