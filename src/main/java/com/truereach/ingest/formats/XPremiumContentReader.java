package com.truereach.ingest.formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import com.truereach.domain.Metric;
import com.truereach.domain.Platform;
import com.truereach.domain.PostMetrics;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Source;

/**
 * X Premium content export, both header versions: the newer one ({@code Post Link}, {@code Shares},
 * dates {@code "Sat, Aug 22, 2026"}) and the older one ({@code Link}, {@code Share}, dates
 * {@code Thu Mar 20 2025}, CRLF). Rows come unsorted. The {@code Date} column has only the
 * day, so the publication time is taken from the post id, which is a snowflake: its upper
 * bits are milliseconds since X's epoch, {@code (id >> 22) + 1288834974657}, in UTC. Detail
 * expands, hashtag and permalink clicks have no {@link Metric} and stay in extra.
 */
final class XPremiumContentReader extends HeaderCsvReader {

	/** Milliseconds since the Unix epoch of X's snowflake epoch (2010-11-04T01:42:54.657Z). */
	static final long SNOWFLAKE_EPOCH_MS = 1288834974657L;

	private static final Map<String, Metric> COLUMNS = Map.ofEntries(Map.entry("Impressions", Metric.IMPRESSIONS),
			Map.entry("Likes", Metric.LIKES), Map.entry("Engagements", Metric.ENGAGEMENTS),
			Map.entry("Bookmarks", Metric.SAVES), Map.entry("Shares", Metric.SHARES), Map.entry("Share", Metric.SHARES),
			Map.entry("New follows", Metric.FOLLOWS_GAINED), Map.entry("Replies", Metric.REPLIES),
			Map.entry("Reposts", Metric.REPOSTS), Map.entry("Profile visits", Metric.PROFILE_VISITS),
			Map.entry("URL Clicks", Metric.LINK_CLICKS));

	private static final Set<String> READ = CsvRows.readColumns(COLUMNS.keySet(), "Post id", "Date", "Post text",
			"Post Link", "Link");

	@Override
	public String id() {
		return "x-premium-content";
	}

	@Override
	public String description() {
		return "X Premium content export: Post id,Date,Post text,Post Link (or Link),Impressions,Likes,...";
	}

	@Override
	public Platform platform() {
		return Platform.X;
	}

	@Override
	protected boolean isHeader(String line) {
		return line.startsWith("post id,date,post text,post link,") || line.startsWith("post id,date,post text,link,");
	}

	@Override
	protected Rows rows(Source source, CsvTable table, IngestSink sink) {
		return row -> {
			String id = CsvRows.postId(row, "Post id");
			LocalDateTime published = published(id);
			LocalDate day = row.date("Date");
			// the Date is the day in the account's time zone; more than a day apart means the id is not a snowflake
			if (Math.abs(ChronoUnit.DAYS.between(day, published.toLocalDate())) > 1) {
				throw new BadValue("Post id", id, "the time in the id (" + published + " UTC) does not match Date "
						+ row.get("Date"));
			}
			sink.post(row.line(), new PostMetrics(id, published, CsvRows.text(row, "Post text"),
					CsvRows.counts(row, COLUMNS), CsvRows.extras(table, row, READ)));
		};
	}

	/** The creation time encoded in a snowflake id, in UTC. */
	static LocalDateTime published(String id) {
		long value;
		try {
			value = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new BadValue("Post id", id, "too large for a post id");
		}
		return LocalDateTime.ofInstant(Instant.ofEpochMilli((value >> 22) + SNOWFLAKE_EPOCH_MS), ZoneOffset.UTC);
	}
}
