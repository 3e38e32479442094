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
import com.truereach.domain.Platform;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Source;
import com.truereach.ingest.Values;

/**
 * A CSV with one row per day: a date column, then metric columns, as one row of
 * {@link DailyMetricsFormat#TABLE} describes them; every other numeric column is kept under its
 * own header so that nothing the platform exported is lost.
 */
final class DailyMetricsCsvReader extends HeaderCsvReader {

	private static final String DATE = "Date";

	private final DailyMetricsFormat format;

	DailyMetricsCsvReader(DailyMetricsFormat format) {
		this.format = format;
	}

	@Override
	public String id() {
		return format.id();
	}

	@Override
	public String description() {
		return format.description();
	}

	@Override
	public Platform platform() {
		return format.platform();
	}

	@Override
	protected boolean isHeader(String normalisedLine) {
		return normalisedLine.startsWith(format.headerPrefix());
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
		format.columns().forEach((header, metric) -> mapping.put(header.toLowerCase(Locale.ROOT), metric));
		Set<String> skipped = format.skipped().stream()
			.map(header -> header.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		List<Column> plan = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			String name = headers.get(i).replace("\uFEFF", "").trim();
			String key = name.toLowerCase(Locale.ROOT);
			if (!name.equalsIgnoreCase(DATE) && !name.isEmpty() && !skipped.contains(key)) {
				plan.add(new Column(i, name, mapping.get(key)));
			}
		}
		return plan;
	}

	private AccountDay toDay(CsvTable.Row row, List<Column> plan) {
		LocalDate day = row.date(DATE);
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
