package com.truereach.ingest.formats;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.truereach.domain.Metric;
import com.truereach.domain.Platform;
import com.truereach.domain.PostMetrics;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Source;
import com.truereach.ingest.Values;

/**
 * YouTube Studio advanced mode {@code Table data.csv}:
 * {@code Content,Video title,Video publish time,Duration,<metrics picked by the user>}. The first
 * data row is the channel's {@code Total} (a summary row); every other row is one video, its id
 * in {@code Content} (ids starting with {@code -} may carry a leading space, trimmed), published
 * on {@code "Aug 28, 2025"}. Canonical metrics ({@link YouTubeColumns}) reach the metrics of the
 * {@link PostMetrics}; watch time, revenue, rates and the video's {@code Duration} in seconds stay
 * in its extra, an average view duration as seconds like in {@code Totals.csv}.
 */
final class YouTubeTableDataReader extends HeaderCsvReader {

	@Override
	public String id() {
		return "youtube-table-data";
	}

	@Override
	public String description() {
		return "YouTube Studio Table data.csv: Content,Video title,Video publish time,Duration,<metrics>; first row Total";
	}

	@Override
	public Platform platform() {
		return Platform.YOUTUBE;
	}

	@Override
	protected boolean isHeader(String line) {
		return line.startsWith("content,video title,video publish time");
	}

	@Override
	protected Rows rows(Source source, CsvTable table, IngestSink sink) {
		List<String> metricColumns = new ArrayList<>();
		for (String header : table.headers()) {
			if (YouTubeColumns.metric(header) != null) {
				metricColumns.add(header);
			}
		}
		Set<String> read = CsvRows.readColumns(metricColumns, "Content", "Video title", "Video publish time");
		return row -> {
			if ("total".equalsIgnoreCase(row.get("Content"))) {
				sink.summaryRow(row.line());
			}
			else {
				sink.post(row.line(), toPost(table, row, read));
			}
		};
	}

	private static PostMetrics toPost(CsvTable table, CsvTable.Row row, Set<String> read) {
		String id = row.get("Content");
		if (id == null || id.isEmpty()) {
			throw new BadValue("Content", "", "video id is missing");
		}
		String publish = row.get("Video publish time");
		LocalDateTime published = Values.isMissing(publish) ? null
				: row.date("Video publish time").atStartOfDay();
		Map<Metric, Long> metrics = new EnumMap<>(Metric.class);
		for (String header : table.headers()) {
			Metric metric = YouTubeColumns.metric(header);
			Long value = metric == null ? null : Values.count(header.trim(), row.get(header));
			if (value != null) {
				metrics.put(metric, value);
			}
		}
		Map<String, BigDecimal> extra = CsvRows.extras(table, row, read, YouTubeColumns::extraName,
				YouTubeColumns::extra);
		return new PostMetrics(id, published, row.get("Video title"), metrics, extra);
	}
}
