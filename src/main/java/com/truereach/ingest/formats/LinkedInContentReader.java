package com.truereach.ingest.formats;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Workbook;

import com.truereach.ingest.BadValue;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Metric;
import com.truereach.ingest.PostMetrics;

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
 * {@code urn:li:...} of the link, else the link.
 */
public final class LinkedInContentReader extends LinkedInWorkbookReader {

	private static final String POSTS_SHEET = "All posts";

	private static final Pattern URN = Pattern.compile("urn:li:[a-zA-Z]+:[0-9]+");

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
		List<List<String>> reposts = new java.util.ArrayList<>(totalOr("Reposts"));
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
		CsvRows.each(posts, sink, row -> sink.post(row.line(), toPost(posts, row, link, title)));
		return Set.of(posts.name());
	}

	private PostMetrics toPost(SheetTable table, SheetTable.Row row, String link, String title) {
		String url = row.get(link);
		if (url == null || url.isEmpty()) {
			throw new BadValue(link, "", "post link is missing: the post cannot be identified");
		}
		Matcher urn = URN.matcher(url);
		String id = urn.find() ? urn.group() : url;
		LocalDateTime published = table.has("Created date") ? row.date("Created date").atStartOfDay() : null;
		Map<Metric, Long> metrics = new EnumMap<>(Metric.class);
		put(metrics, Metric.IMPRESSIONS, row, table.firstPresent("Impressions"));
		put(metrics, Metric.VIEWS, row, table.firstPresent("Views (excluding off-site video views)", "Views"));
		put(metrics, Metric.LINK_CLICKS, row, table.firstPresent("Clicks"));
		put(metrics, Metric.LIKES, row, table.firstPresent("Likes", "Reactions"));
		put(metrics, Metric.COMMENTS, row, table.firstPresent("Comments"));
		put(metrics, Metric.REPOSTS, row, table.firstPresent("Reposts", "Shares"));
		put(metrics, Metric.FOLLOWS_GAINED, row, table.firstPresent("Follows"));
		return new PostMetrics(id, published, title == null ? null : row.get(title), metrics);
	}

	private static void put(Map<Metric, Long> metrics, Metric metric, SheetTable.Row row, String column) {
		Long value = column == null ? null : row.count(column);
		if (value != null) {
			metrics.put(metric, value);
		}
	}
}
