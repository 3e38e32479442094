package com.truereach.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.truereach.ingest.AccountDay;
import com.truereach.ingest.Metric;

import tools.jackson.core.io.JsonStringEncoder;

/**
 * The account-days one file gave, stored as one column-wise JSON document per file: day,
 * source line, one array per metric the file carries and the unmapped columns. A million
 * account-days are then a few thousand rows, which is what lets ingestion keep its speed
 * target (one table row per day cost four B-tree writes each and most of the ingest time).
 * Every value still names its file and line.
 */
record DaySeries(List<LocalDate> days, List<Long> lines, Map<Metric, List<Long>> metrics,
		List<Map<String, BigDecimal>> extra) {

	private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();

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
		Map<Metric, List<Long>> metrics = new EnumMap<>(Metric.class);
		List<Map<String, BigDecimal>> extra = new ArrayList<>(accountDays.size());
		boolean anyExtra = false;
		for (int i = 0; i < accountDays.size(); i++) {
			AccountDay day = accountDays.get(i);
			days.add(day.day());
			for (Map.Entry<Metric, Long> metric : day.metrics().entrySet()) {
				List<Long> values = metrics.computeIfAbsent(metric.getKey(), m -> new ArrayList<>());
				while (values.size() < i) {
					values.add(null);
				}
				values.add(metric.getValue());
			}
			extra.add(day.extra().isEmpty() ? null : day.extra());
			anyExtra |= !day.extra().isEmpty();
		}
		for (List<Long> values : metrics.values()) {
			while (values.size() < days.size()) {
				values.add(null);
			}
		}
		return new DaySeries(days, List.copyOf(lines), metrics, anyExtra ? extra : null);
	}

	/**
	 * The stored document, written by hand: it is a million numbers for a large ingest, and
	 * going through Jackson's generator or databind was most of the time left in storing. Only
	 * the unmapped column names can need escaping; Jackson quotes them. Read back with databind.
	 */
	String toJson() {
		StringBuilder out = new StringBuilder(days.size() * 12 * (2 + metrics.size()));
		out.append("{\"days\":[");
		for (int i = 0; i < days.size(); i++) {
			out.append(i == 0 ? "\"" : ",\"").append(days.get(i)).append('"');
		}
		out.append("],\"lines\":");
		appendLongs(out, lines);
		out.append(",\"metrics\":{");
		String comma = "";
		for (Map.Entry<Metric, List<Long>> metric : metrics.entrySet()) {
			out.append(comma).append('"').append(metric.getKey().name()).append("\":");
			appendLongs(out, metric.getValue());
			comma = ",";
		}
		out.append("},\"extra\":");
		if (extra == null) {
			out.append("null");
		}
		else {
			out.append('[');
			for (int i = 0; i < extra.size(); i++) {
				out.append(i == 0 ? "" : ",");
				appendValues(out, extra.get(i));
			}
			out.append(']');
		}
		return out.append('}').toString();
	}

	private static void appendLongs(StringBuilder out, List<Long> values) {
		out.append('[');
		for (int i = 0; i < values.size(); i++) {
			Long value = values.get(i);
			out.append(i == 0 ? "" : ",").append(value == null ? "null" : value.toString());
		}
		out.append(']');
	}

	private static void appendValues(StringBuilder out, Map<String, BigDecimal> values) {
		if (values == null) {
			out.append("null");
			return;
		}
		out.append('{');
		String comma = "";
		for (Map.Entry<String, BigDecimal> value : values.entrySet()) {
			out.append(comma).append('"');
			QUOTE.quoteAsString(value.getKey(), out);
			out.append("\":").append(value.getValue().toString());
			comma = ",";
		}
		out.append('}');
	}

	int size() {
		return days.size();
	}

	/** The metrics of day {@code i} that the file gave (blank cells absent). */
	Map<Metric, Long> metricsOf(int i) {
		Map<Metric, Long> values = new EnumMap<>(Metric.class);
		metrics.forEach((metric, column) -> {
			Long value = column.get(i);
			if (value != null) {
				values.put(metric, value);
			}
		});
		return values;
	}

	Map<String, BigDecimal> extraOf(int i) {
		Map<String, BigDecimal> values = extra == null ? null : extra.get(i);
		return values == null ? Map.of() : values;
	}
}
