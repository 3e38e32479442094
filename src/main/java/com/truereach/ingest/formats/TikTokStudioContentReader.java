package com.truereach.ingest.formats;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.truereach.domain.Metric;
import com.truereach.domain.PostMetrics;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Values;

/**
 * A TikTok export of videos, one of two layouts that differ only in their metric columns:
 * <ul>
 * <li>TikTok Studio {@code Content.csv}: {@code "Time","Video title","Video link","Post time",
 * "Total likes","Total comments","Total shares","Total views"} (or the Spanish labels of
 * {@link TikTokStudioHeaders});</li>
 * <li>the business tools' content export: {@code Video title,Video link,Post time,Video views,Likes,
 * Comments,Shares,Add to Favorites} (favourites are saves).</li>
 * </ul>
 * One {@link PostMetrics} per video, its id the number in the link
 * ({@code /@user/video/7301234567890123456}); the {@code @user} of the links is the account hint.
 * The publish day is {@code Post time}, else {@code Time}, with the year inferred like every
 * TikTok Studio date ({@link TikTokDates}) and the time of day kept when the cell has one.
 * A numeric column that is not a Studio one (TikTok adds columns over time) stays in extra.
 */
final class TikTokStudioContentReader extends TikTokStudioCsvReader {

	private static final Pattern VIDEO_ID = Pattern.compile("/video/(\\d+)");

	private static final Pattern HANDLE = Pattern.compile("tiktok\\.com/@([^/?#]+)");

	private static final Pattern TIME_OF_DAY = Pattern.compile("(?<!\\d)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

	/**
	 * What tells one layout from the other and how its columns map (English names as
	 * {@link TikTokStudioHeaders} gives them): the views column is the one each has alone.
	 */
	private record Layout(String id, String description, String viewsColumn, Map<String, Metric> metrics) {
	}

	private static final Layout STUDIO = new Layout("tiktok-studio-content",
			"TikTok Studio Content.csv: \"Time\",\"Video title\",\"Video link\",\"Post time\",\"Total likes\",...",
			"total views", Map.of("total likes", Metric.LIKES, "total comments", Metric.COMMENTS, "total shares",
					Metric.SHARES, "total views", Metric.VIEWS));

	private static final Layout BUSINESS = new Layout("tiktok-business-content",
			"TikTok business content export: Video title,Video link,Post time,Video views,Likes,Comments,Shares,Add to Favorites",
			"video views", Map.of("likes", Metric.LIKES, "comments", Metric.COMMENTS, "shares", Metric.SHARES,
					"video views", Metric.VIEWS, "add to favorites", Metric.SAVES));

	private final Layout layout;

	private TikTokStudioContentReader(Layout layout) {
		this.layout = layout;
	}

	/** TikTok Studio's {@code Content.csv}. */
	public static TikTokStudioContentReader studio() {
		return new TikTokStudioContentReader(STUDIO);
	}

	/** The business tools' content export. */
	public static TikTokStudioContentReader business() {
		return new TikTokStudioContentReader(BUSINESS);
	}

	@Override
	public String id() {
		return layout.id();
	}

	@Override
	public String description() {
		return layout.description();
	}

	@Override
	protected boolean isStudioHeader(List<String> columns) {
		return columns.contains("video link") && columns.contains(layout.viewsColumn())
				&& (columns.contains("post time") || columns.contains("time"));
	}

	@Override
	protected Rows rows(CsvTable table, TikTokDates dates, Map<String, String> columns, IngestSink sink) {
		Set<String> read = CsvRows.readColumns(columns.values());
		return row -> sink.post(row.line(), toPost(table, row, columns, read, dates, sink));
	}

	private PostMetrics toPost(CsvTable table, CsvTable.Row row, Map<String, String> columns, Set<String> read,
			TikTokDates dates, IngestSink sink) {
		String linkColumn = columns.get("video link");
		String link = row.get(linkColumn);
		Matcher id = VIDEO_ID.matcher(link == null ? "" : link);
		if (!id.find()) {
			throw new BadValue(linkColumn, link == null ? "" : link, "no video id (/video/<digits>) in the link");
		}
		Matcher handle = HANDLE.matcher(link);
		if (handle.find()) {
			sink.accountHint("@" + handle.group(1));
		}
		Map<Metric, Long> metrics = new EnumMap<>(Metric.class);
		layout.metrics().forEach((english, metric) -> {
			String column = columns.get(english);
			Long value = column == null ? null : row.count(column);
			if (value != null) {
				metrics.put(metric, value);
			}
		});
		String title = columns.containsKey("video title") ? row.get(columns.get("video title")) : null;
		return new PostMetrics(id.group(1), published(row, columns, dates), title, metrics,
				CsvRows.extras(table, row, read));
	}

	private static LocalDateTime published(CsvTable.Row row, Map<String, String> columns, TikTokDates dates) {
		for (String english : List.of("post time", "time")) {
			String column = columns.get(english);
			String raw = column == null ? null : row.get(column);
			if (Values.isMissing(raw)) {
				continue;
			}
			Matcher time = TIME_OF_DAY.matcher(raw);
			String dayPart = raw;
			LocalTime timeOfDay = LocalTime.MIDNIGHT;
			if (time.find()) {
				dayPart = (raw.substring(0, time.start()) + raw.substring(time.end())).trim();
				timeOfDay = LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)),
						time.group(3) == null ? 0 : Integer.parseInt(time.group(3)));
			}
			LocalDate day = dates.parse(column, dayPart);
			return day.atTime(timeOfDay);
		}
		return null;
	}
}
