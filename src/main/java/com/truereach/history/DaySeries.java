package com.truereach.history;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.truereach.ingest.AccountDay;
import com.truereach.ingest.Metric;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * The account-days one file gave, stored as one column-wise JSON document per file: day,
 * source line, one array per metric the file carries and the unmapped columns. A million
 * account-days are then a few thousand rows, which is what lets ingestion keep its speed
 * target (one table row per day cost four B-tree writes each and most of the ingest time).
 * Every value still names its file and line.
 */
record DaySeries(List<LocalDate> days, List<Long> lines, Map<Metric, List<Long>> metrics,
		List<Map<String, BigDecimal>> extra) {

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
	 * The stored document, written with the streaming generator: databind's reflection walk over
	 * a million boxed values was most of the time left in storing. Read back with databind.
	 */
	String toJson(ObjectMapper json) {
		StringWriter text = new StringWriter(days.size() * 16 * (2 + metrics.size()));
		try (JsonGenerator out = json.createGenerator(text)) {
			out.writeStartObject();
			out.writeName("days");
			out.writeStartArray();
			for (LocalDate day : days) {
				out.writeString(day.toString());
			}
			out.writeEndArray();
			out.writeName("lines");
			writeLongs(out, lines);
			out.writeName("metrics");
			out.writeStartObject();
			for (Map.Entry<Metric, List<Long>> metric : metrics.entrySet()) {
				out.writeName(metric.getKey().name());
				writeLongs(out, metric.getValue());
			}
			out.writeEndObject();
			out.writeName("extra");
			if (extra == null) {
				out.writeNull();
			}
			else {
				out.writeStartArray();
				for (Map<String, BigDecimal> values : extra) {
					if (values == null) {
						out.writeNull();
						continue;
					}
					out.writeStartObject();
					for (Map.Entry<String, BigDecimal> value : values.entrySet()) {
						out.writeName(value.getKey());
						out.writeNumber(value.getValue());
					}
					out.writeEndObject();
				}
				out.writeEndArray();
			}
			out.writeEndObject();
		}
		return text.toString();
	}

	private static void writeLongs(JsonGenerator out, List<Long> values) {
		out.writeStartArray();
		for (Long value : values) {
			if (value == null) {
				out.writeNull();
			}
			else {
				out.writeNumber(value.longValue());
			}
		}
		out.writeEndArray();
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
