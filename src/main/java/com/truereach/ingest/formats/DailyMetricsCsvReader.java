package com.truereach.ingest.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.truereach.domain.AccountDay;
import com.truereach.domain.Metric;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Source;
import com.truereach.ingest.Values;

/**
 * A CSV with one row per day: a date column, then metric columns. Subclasses name the header
 * that identifies them and how their columns map to {@link Metric}s; every other numeric
 * column is kept under its own header so that nothing the platform exported is lost.
 */
abstract class DailyMetricsCsvReader extends HeaderCsvReader {

	/** Lower-case header start (quotes removed, {@code ;} read as {@code ,}) that identifies the format. */
	protected abstract String headerPrefix();

	/** Header name (any case) to canonical metric. */
	protected abstract Map<String, Metric> columns();

	protected String dateColumn() {
		return "Date";
	}

	/**
	 * Header names (any case) that are read neither as metrics nor as extra: ratios such as an
	 * engagement rate are not counts, and a fraction summed or averaged over days means nothing.
	 */
	protected Set<String> skippedColumns() {
		return Set.of();
	}

	@Override
	protected boolean isHeader(String normalisedLine) {
		return normalisedLine.startsWith(headerPrefix());
	}

	@Override
	protected Rows rows(Source source, CsvTable table, IngestSink sink) {
		List<Column> plan = plan(table.headers());
		return row -> sink.accountDay(row.line(), toDay(row, plan));
	}

	/** A column read as a metric, or as extra when {@code metric} is null. */
	private record Column(int index, String name, Metric metric) {
	}

	/** What each column of the header is read as, decided once per file rather than once per cell. */
	private List<Column> plan(List<String> headers) {
		Map<String, Metric> mapping = new LinkedHashMap<>();
		columns().forEach((header, metric) -> mapping.put(header.toLowerCase(Locale.ROOT), metric));
		Set<String> skipped = skippedColumns().stream()
			.map(header -> header.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		List<Column> plan = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			String name = headers.get(i).replace("\uFEFF", "").trim();
			String key = name.toLowerCase(Locale.ROOT);
			if (!name.equalsIgnoreCase(dateColumn()) && !name.isEmpty() && !skipped.contains(key)) {
				plan.add(new Column(i, name, mapping.get(key)));
			}
		}
		return plan;
	}

	private AccountDay toDay(CsvTable.Row row, List<Column> plan) {
		LocalDate day = row.date(dateColumn());
		Map<Metric, Long> metrics = new EnumMap<>(Metric.class);
		Map<String, BigDecimal> extra = new LinkedHashMap<>();
		for (Column column : plan) {
			String raw = row.get(column.index());
			if (column.metric() != null) {
				Long value = Values.count(column.name(), raw);
				if (value != null) {
					metrics.merge(column.metric(), value, Long::sum);
				}
			}
			else {
				BigDecimal value = Values.decimal(column.name(), raw);
				if (value != null) {
					extra.put(column.name(), value);
				}
			}
		}
		return new AccountDay(day, metrics, extra);
	}
}
