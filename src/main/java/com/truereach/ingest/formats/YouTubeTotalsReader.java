package com.truereach.ingest.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.truereach.domain.AccountDay;
import com.truereach.domain.Metric;
import com.truereach.domain.Platform;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Source;
import com.truereach.ingest.Values;

/**
 * YouTube Studio advanced mode {@code Totals.csv}: {@code Date,<metric>} with one of the
 * metrics of {@link YouTubeColumns} (e.g. {@code Date,Subscribers}, the net change per day),
 * dates {@code YYYY-MM-DD} or as Excel rewrote them. One {@link AccountDay} per row.
 */
final class YouTubeTotalsReader extends HeaderCsvReader {

	@Override
	public String id() {
		return "youtube-totals";
	}

	@Override
	public String description() {
		return "YouTube Studio Totals.csv: Date,<metric> (Views, Subscribers, Watch time (hours), ...)";
	}

	@Override
	public Platform platform() {
		return Platform.YOUTUBE;
	}

	@Override
	protected boolean isHeader(String line) {
		List<String> columns = Arrays.asList(line.split(",", -1));
		return columns.size() >= 2 && columns.get(0).trim().equals("date")
				&& columns.stream().skip(1).allMatch(YouTubeColumns::isMetric);
	}

	@Override
	protected Rows rows(Source source, CsvTable table, IngestSink sink) {
		return row -> sink.accountDay(row.line(), toDay(table, row));
	}

	private static AccountDay toDay(CsvTable table, CsvTable.Row row) {
		LocalDate day = row.date("Date");
		Map<Metric, Long> metrics = new EnumMap<>(Metric.class);
		Map<String, BigDecimal> extra = new LinkedHashMap<>();
		for (String header : table.headers().subList(1, table.headers().size())) {
			Metric metric = YouTubeColumns.metric(header);
			if (metric != null) {
				Long value = Values.count(header.trim(), row.get(header));
				if (value != null) {
					metrics.put(metric, value);
				}
			}
			else {
				BigDecimal value = YouTubeColumns.extra(header.trim(), row.get(header));
				if (value != null) {
					extra.put(YouTubeColumns.extraName(header), value);
				}
			}
		}
		return new AccountDay(day, metrics, extra);
	}
}
