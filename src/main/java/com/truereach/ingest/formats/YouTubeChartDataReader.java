package com.truereach.ingest.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.truereach.domain.AccountDay;
import com.truereach.domain.Platform;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Source;

/**
 * YouTube Studio advanced mode {@code Chart data.csv}, long format:
 * {@code Date,Content,Video title,Video publish time,Duration,<metric>}, one row per day and
 * charted video. The rows are summed per day into one {@link AccountDay}, but only in
 * {@code extra}, as {@code "<metric> (charted videos)"}: the chart holds only the videos drawn in
 * it, not the channel, and {@code Totals.csv} of the same export already carries the channel's
 * figure per day, so a canonical metric here would be partial and counted twice. Averages and
 * rates ({@code Average view duration}, {@code (%)} columns) are not summed. The day's
 * AccountDay is given at the line of its first row; the day's other rows, folded into that sum,
 * are counted as summary rows.
 */
final class YouTubeChartDataReader extends HeaderCsvReader {

	static final String SUFFIX = " (charted videos)";

	@Override
	public String id() {
		return "youtube-chart-data";
	}

	@Override
	public String description() {
		return "YouTube Studio Chart data.csv: Date,Content,Video title,Video publish time,Duration,<metric>";
	}

	@Override
	public Platform platform() {
		return Platform.YOUTUBE;
	}

	@Override
	protected boolean isHeader(String line) {
		return line.startsWith("date,content,video title,video publish time");
	}

	@Override
	protected Rows rows(Source source, CsvTable table, IngestSink sink) {
		List<String> metrics = table.headers().stream().skip(5).filter(YouTubeColumns::isAdditive).toList();
		Map<LocalDate, Long> firstLine = new LinkedHashMap<>();
		Map<LocalDate, Map<String, BigDecimal>> sums = new LinkedHashMap<>();
		return new Rows() {
			@Override
			public void read(CsvTable.Row row) {
				LocalDate day = row.date("Date");
				Map<String, BigDecimal> values = new LinkedHashMap<>();
				for (String header : metrics) {
					BigDecimal value = YouTubeColumns.extra(header.trim(), row.get(header));
					if (value != null) {
						values.put(YouTubeColumns.extraName(header) + SUFFIX, value);
					}
				}
				if (firstLine.putIfAbsent(day, row.line()) != null) {
					sink.summaryRow(row.line());
				}
				Map<String, BigDecimal> sum = sums.computeIfAbsent(day, d -> new LinkedHashMap<>());
				values.forEach((name, value) -> sum.merge(name, value, BigDecimal::add));
			}

			@Override
			public void end() {
				sums.forEach((day, sum) -> sink.accountDay(firstLine.get(day), new AccountDay(day, Map.of(), sum)));
			}
		};
	}
}
