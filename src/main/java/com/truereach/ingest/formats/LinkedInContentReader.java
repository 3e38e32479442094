package com.truereach.ingest.formats;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Workbook;

import com.truereach.domain.Metric;
import com.truereach.domain.PostMetrics;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.IngestSink;

/**
 * LinkedIn company page content workbook. Sheet {@code Metrics} is daily:
 * {@code Date, Impressions (organic|sponsored|total), Unique impressions (organic), Clicks (...),
 * Reactions (...), Comments (...), Reposts (...)} (older files {@code Shares (...)}),
 * {@code Engagement rate (...)}. Mapping: impressions, clicks, reactions, comments and reposts
 * use the {@code (total)} column, else organic + sponsored. {@link Metric#REACH} is
 * {@code Unique impressions (total)} when present, else the organic unique impressions alone:
 * unique counts cannot be added (a member who saw both an organic and a sponsored post would
 * count twice), so reach from these files is a lower bound. A repost (called a share until
 * LinkedIn renamed it) puts the post in the member's own feed, X's repost, hence
 * {@link Metric#REPOSTS}. Engagement rates are fractions and stay in extra.
 * <p>
 * Sheet {@code All posts} has a description in row 1 and the header in row 2:
 * {@code Post title, Post link, Post type, ..., Created date, ..., Impressions, Views ..., Clicks,
 * Click through rate (CTR), Likes, Comments, Reposts, Follows, Engagement rate} (older files
 * say {@code Update title, Update link}); one {@link PostMetrics} per post, its id the
 * {@code urn:li:...} of the link, else the link. The click-through and engagement rates, and any
 * other numeric column without a {@link Metric}, stay in extra as fractions like the daily rates.
 */
final class LinkedInContentReader extends LinkedInWorkbookReader {

	private static final String POSTS_SHEET = "All posts";

	/** Text and date columns of the sheet; a date cell that lost its format would otherwise pass for a number. */
	private static final String[] NOT_METRICS = { "Post title", "Post link", "Update title", "Update link", "Post type",
			"Campaign name", "Posted by", "Created date", "Campaign start date", "Campaign end date", "Audience",
			"Content type" };

	@Override
	public String id() {
		return "linkedin-content";
	}

	@Override
	public String description() {
		return "LinkedIn page content .xls/.xlsx, sheets 'Metrics' (Date, Impressions (organic), ...) and 'All posts'";
	}

	@Override
	protected String dailySheet() {
		return "Metrics";
	}

	@Override
	protected List<String> requiredColumns() {
		return List.of("impressions (");
	}

	@Override
	protected Map<Metric, List<List<String>>> metrics() {
		List<List<String>> reposts = new ArrayList<>(totalOr("Reposts"));
		reposts.addAll(totalOr("Shares"));
		return Map.of(Metric.IMPRESSIONS, totalOr("Impressions"),
				Metric.REACH, List.of(List.of("Unique impressions (total)"), List.of("Unique impressions (organic)")),
				Metric.LINK_CLICKS, totalOr("Clicks"), Metric.LIKES, totalOr("Reactions"),
				Metric.COMMENTS, totalOr("Comments"), Metric.REPOSTS, reposts);
	}

	@Override
	protected Set<String> readMore(Workbook workbook, IngestSink sink) {
		SheetTable posts = SheetTable.find(workbook, POSTS_SHEET,
				cells -> cells.contains("impressions") && (cells.contains("post link") || cells.contains("update link")));
		if (posts == null) {
			return Set.of();
		}
		sink.sheet(posts.name());
		String link = posts.firstPresent("Post link", "Update link");
		String title = posts.firstPresent("Post title", "Update title");
		Map<Metric, String> columns = postColumns(posts);
		Set<String> read = CsvRows.readColumns(columns.values(), NOT_METRICS);
		CsvRows.each(posts, sink, row -> sink.post(row.line(), toPost(posts, row, link, title, columns, read)));
		return Set.of(posts.name());
	}

	/** The column of each metric that the sheet has, of the names LinkedIn has used for it. */
	private static Map<Metric, String> postColumns(SheetTable table) {
		Map<Metric, String> columns = new EnumMap<>(Metric.class);
		put(columns, Metric.IMPRESSIONS, table.firstPresent("Impressions"));
		put(columns, Metric.VIEWS, table.firstPresent("Views (excluding off-site video views)", "Views"));
		put(columns, Metric.LINK_CLICKS, table.firstPresent("Clicks"));
		put(columns, Metric.LIKES, table.firstPresent("Likes", "Reactions"));
		put(columns, Metric.COMMENTS, table.firstPresent("Comments"));
		put(columns, Metric.REPOSTS, table.firstPresent("Reposts", "Shares"));
		put(columns, Metric.FOLLOWS_GAINED, table.firstPresent("Follows"));
		return columns;
	}

	private static void put(Map<Metric, String> columns, Metric metric, String column) {
		if (column != null) {
			columns.put(metric, column);
		}
	}

	private PostMetrics toPost(SheetTable table, SheetTable.Row row, String link, String title,
			Map<Metric, String> columns, Set<String> read) {
		String url = row.get(link);
		if (url == null || url.isEmpty()) {
			throw new BadValue(link, "", "post link is missing: the post cannot be identified");
		}
		String id = postId(url);
		LocalDateTime published = table.has("Created date") ? row.date("Created date").atStartOfDay() : null;
		Map<Metric, Long> metrics = new EnumMap<>(Metric.class);
		columns.forEach((metric, column) -> {
			Long value = row.count(column);
			if (value != null) {
				metrics.put(metric, value);
			}
		});
		return new PostMetrics(id, published, title == null ? null : row.get(title), metrics,
				CsvRows.extras(table, row, read, LinkedInWorkbookReader::fraction));
	}
}
