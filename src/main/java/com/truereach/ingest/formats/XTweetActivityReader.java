package com.truereach.ingest.formats;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.truereach.domain.Metric;
import com.truereach.domain.Platform;
import com.truereach.domain.PostMetrics;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Source;

/**
 * X classic analytics per-post export ({@code tweet_activity_metrics_<handle>_...csv}): 40
 * quoted columns, times like {@code 2016-12-23 18:50 +0000}, counts like {@code "1938.0"}.
 * Older files say {@code favorites} where newer ones say {@code likes}. The promoted columns
 * ({@code "-"} when not promoted: absent) are not added to the organic counts and, like the
 * {@code engagement rate} fraction and the clicks TrueReach has no metric for, stay in extra.
 * X wrote the text HTML-escaped ({@code &amp;}); it is unescaped here.
 */
final class XTweetActivityReader extends HeaderCsvReader {

	private static final String HEADER = "tweet id,tweet permalink,tweet text,time,impressions";

	private static final Map<String, Metric> COLUMNS = columns();

	private static final Set<String> READ = CsvRows.readColumns(COLUMNS.keySet(), "Tweet id", "Tweet permalink",
			"Tweet text", "time");

	private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm")
		.optionalStart()
		.appendPattern(":ss")
		.optionalEnd()
		.appendPattern(" xx")
		.toFormatter();

	private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");

	@Override
	public String id() {
		return "x-tweet-activity";
	}

	@Override
	public String description() {
		return "X classic per-post export tweet_activity_metrics: \"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\",...";
	}

	@Override
	public Platform platform() {
		return Platform.X;
	}

	@Override
	protected boolean isHeader(String line) {
		return line.startsWith(HEADER);
	}

	@Override
	protected Rows rows(Source source, CsvTable table, IngestSink sink) {
		return row -> {
			String id = CsvRows.postId(row, "Tweet id");
			LocalDateTime published = time(row.get("time"));
			String text = CsvRows.text(row, "Tweet text");
			sink.post(row.line(), new PostMetrics(id, published, text == null ? null : unescape(text),
					CsvRows.counts(row, COLUMNS), CsvRows.extras(table, row, READ)));
		};
	}

	/** The post time in UTC; the export gives it with an offset, always {@code +0000} in practice. */
	static LocalDateTime time(String raw) {
		if (raw == null || raw.isEmpty()) {
			throw new BadValue("time", raw == null ? "" : raw, "post time is missing");
		}
		try {
			return OffsetDateTime.parse(raw, TIME).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
		}
		catch (DateTimeParseException ex) {
			throw new BadValue("time", raw, "not a time like 2016-12-23 18:50 +0000");
		}
	}

	/** Undoes the HTML escaping X applied to tweet text, in one pass so {@code &amp;lt;} stays {@code &lt;}. */
	static String unescape(String text) {
		Matcher matcher = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (matcher.find()) {
			String entity = matcher.group(1);
			String replacement = switch (entity) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				default -> codePoint(entity, matcher.group());
			};
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String codePoint(String entity, String original) {
		boolean hex = entity.charAt(1) == 'x' || entity.charAt(1) == 'X';
		int code = hex ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
		return Character.isValidCodePoint(code) ? Character.toString(code) : original;
	}

	private static Map<String, Metric> columns() {
		Map<String, Metric> columns = new LinkedHashMap<>();
		columns.put("impressions", Metric.IMPRESSIONS);
		columns.put("engagements", Metric.ENGAGEMENTS);
		columns.put("retweets", Metric.REPOSTS);
		columns.put("replies", Metric.REPLIES);
		columns.put("likes", Metric.LIKES);
		columns.put("favorites", Metric.LIKES);
		columns.put("user profile clicks", Metric.PROFILE_VISITS);
		columns.put("url clicks", Metric.LINK_CLICKS);
		columns.put("follows", Metric.FOLLOWS_GAINED);
		return Map.copyOf(columns);
	}
}
