package com.truereach.ingest.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.truereach.domain.AccountDay;
import com.truereach.domain.Metric;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Values;

/**
 * The daily CSVs of a TikTok Studio export, in English or Spanish ({@link TikTokStudioHeaders}):
 * {@code Overview.csv} ({@code Date, Video Views, Profile Views, Likes, Comments, Shares}),
 * {@code FollowerHistory.csv} ({@code Date, Followers, Difference in followers from previous day}:
 * the total is {@link Metric#FOLLOWERS}, the difference {@link Metric#NET_FOLLOWS}) and
 * {@code Viewers.csv} ({@code Date, Total Viewers, New Viewers, Returning Viewers}: total viewers
 * are the day's {@link Metric#REACH}, new and returning viewers stay in extra). Dates have no
 * year ({@link TikTokDates}); {@code undefined} is a value TikTok does not know (missing, not
 * zero); daily values can be negative.
 */
final class TikTokStudioDailyReader extends TikTokStudioCsvReader {

	private static final Map<String, Metric> METRICS = Map.of("video views", Metric.VIEWS, "profile views",
			Metric.PROFILE_VISITS, "likes", Metric.LIKES, "comments", Metric.COMMENTS, "shares", Metric.SHARES,
			"followers", Metric.FOLLOWERS, "difference in followers from previous day", Metric.NET_FOLLOWS,
			"total viewers", Metric.REACH);

	/** One column of each file that no other export shares: {@code Date,Likes} alone is YouTube's. */
	private static final Set<String> IDENTIFYING = Set.of("video views", "difference in followers from previous day",
			"total viewers");

	private static final Map<String, String> EXTRA = Map.of("new viewers", "New Viewers", "returning viewers",
			"Returning Viewers");

	@Override
	public String id() {
		return "tiktok-studio-daily";
	}

	@Override
	public String description() {
		return "TikTok Studio Overview.csv / FollowerHistory.csv / Viewers.csv: \"Date\",\"Video Views\",... "
				+ "dates without year (English or Spanish)";
	}

	@Override
	protected boolean isStudioHeader(List<String> columns) {
		return columns.size() >= 2 && "date".equals(columns.get(0)) && columns.stream().allMatch(Objects::nonNull)
				&& columns.stream().skip(1).allMatch(c -> METRICS.containsKey(c) || EXTRA.containsKey(c))
				&& columns.stream().anyMatch(IDENTIFYING::contains);
	}

	@Override
	protected Rows rows(CsvTable table, TikTokDates dates, Map<String, String> columns, IngestSink sink) {
		return row -> sink.accountDay(row.line(), toDay(row, columns, dates));
	}

	private static AccountDay toDay(CsvTable.Row row, Map<String, String> columns, TikTokDates dates) {
		String dateColumn = columns.get("date");
		LocalDate day = dates.parse(dateColumn, row.get(dateColumn));
		Map<Metric, Long> metrics = new EnumMap<>(Metric.class);
		Map<String, BigDecimal> extra = new LinkedHashMap<>();
		for (Map.Entry<String, String> column : columns.entrySet()) {
			if (METRICS.containsKey(column.getKey())) {
				Long value = row.count(column.getValue());
				if (value != null) {
					metrics.put(METRICS.get(column.getKey()), value);
				}
			}
			else if (EXTRA.containsKey(column.getKey())) {
				BigDecimal value = Values.decimal(column.getValue(), row.get(column.getValue()));
				if (value != null) {
					extra.put(EXTRA.get(column.getKey()), value);
				}
			}
		}
		return new AccountDay(day, metrics, extra);
	}
}
