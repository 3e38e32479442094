package com.truereach.ingest.formats;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.truereach.domain.Metric;
import com.truereach.domain.Platform;

/**
 * A CSV format with one row per day that differs from the others of its kind only in its header
 * and column map: a row of {@link #TABLE}, read by {@link DailyMetricsCsvReader}.
 *
 * @param headerPrefix lower-case header start (quotes removed, {@code ;} read as {@code ,}) that identifies it
 * @param columns header name (any case) to canonical metric; other numeric columns are kept as extra
 * @param skipped header names (any case) read neither as metrics nor as extra: ratios such as an
 * engagement rate are not counts, and a fraction summed or averaged over days means nothing
 */
record DailyMetricsFormat(String id, Platform platform, String description, String headerPrefix,
		Map<String, Metric> columns, Set<String> skipped) {

	/**
	 * X Premium account overview (2024 on): newest day first, dates like {@code "Thu, Sep 11, 2025"}.
	 * There is no follower total, only new follows and unfollows.
	 */
	static final DailyMetricsFormat X_PREMIUM_OVERVIEW = new DailyMetricsFormat("x-premium-overview", Platform.X,
			"X Premium account overview: Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,...",
			"date,impressions,likes,engagements,bookmarks,shares,new follows,unfollows",
			Map.ofEntries(Map.entry("Impressions", Metric.IMPRESSIONS), Map.entry("Likes", Metric.LIKES),
					Map.entry("Engagements", Metric.ENGAGEMENTS), Map.entry("Bookmarks", Metric.SAVES),
					Map.entry("Shares", Metric.SHARES), Map.entry("New follows", Metric.FOLLOWS_GAINED),
					Map.entry("Unfollows", Metric.UNFOLLOWS), Map.entry("Replies", Metric.REPLIES),
					Map.entry("Reposts", Metric.REPOSTS), Map.entry("Profile visits", Metric.PROFILE_VISITS),
					Map.entry("Create Post", Metric.POSTS)),
			Set.of());

	/**
	 * X classic analytics daily export ({@code daily_tweet_activity_metrics_...csv}): the per-post
	 * metric columns follow the first four; columns with no canonical metric (detail expands, media
	 * views...) are kept as extra; promoted columns are {@code "-"} when nothing was promoted and
	 * then absent.
	 */
	static final DailyMetricsFormat X_DAILY_TWEET_ACTIVITY = new DailyMetricsFormat("x-daily-tweet-activity",
			Platform.X,
			"X classic daily export daily_tweet_activity_metrics: \"Date\",\"Tweets published\",\"impressions\",\"engagements\",...",
			"date,tweets published,impressions,engagements",
			Map.ofEntries(Map.entry("Tweets published", Metric.POSTS), Map.entry("impressions", Metric.IMPRESSIONS),
					Map.entry("engagements", Metric.ENGAGEMENTS), Map.entry("retweets", Metric.REPOSTS),
					Map.entry("replies", Metric.REPLIES), Map.entry("likes", Metric.LIKES),
					Map.entry("favorites", Metric.LIKES), Map.entry("user profile clicks", Metric.PROFILE_VISITS),
					Map.entry("url clicks", Metric.LINK_CLICKS), Map.entry("follows", Metric.FOLLOWS_GAINED)),
			Set.of("engagement rate", "promoted engagement rate"));

	/**
	 * Older TikTok business-style overview; its {@code Phone number clicks } column has TikTok's
	 * trailing space. Dates {@code 2025/10/31}, missing values {@code NAN} or {@code --}. Phone
	 * number clicks and leads stay in extra.
	 */
	static final DailyMetricsFormat TIKTOK_BUSINESS_OVERVIEW = new DailyMetricsFormat("tiktok-business-overview",
			Platform.TIKTOK,
			"TikTok business overview: Date,Video views,Reached audience,Profile views,Likes,Shares,Comments,...,Net growth",
			"date,video views,reached audience,profile views",
			Map.of("Video views", Metric.VIEWS, "Reached audience", Metric.REACH, "Profile views", Metric.PROFILE_VISITS,
					"Likes", Metric.LIKES, "Shares", Metric.SHARES, "Comments", Metric.COMMENTS, "Net growth",
					Metric.NET_FOLLOWS, "New followers", Metric.FOLLOWS_GAINED, "Lost followers", Metric.UNFOLLOWS),
			Set.of());

	/**
	 * Older TikTok business-style followers file, dates {@code 2025/10/31}, missing values
	 * {@code NAN} or {@code --}. Engaged audience counts people, not engagements, so it stays in extra.
	 */
	static final DailyMetricsFormat TIKTOK_BUSINESS_FOLLOWERS = new DailyMetricsFormat("tiktok-business-followers",
			Platform.TIKTOK,
			"TikTok business followers: Date,New followers,Total followers,Reached audience,Engaged audience",
			"date,new followers,total followers",
			Map.of("New followers", Metric.FOLLOWS_GAINED, "Total followers", Metric.FOLLOWERS, "Reached audience",
					Metric.REACH),
			Set.of());

	/** Every daily-metrics format, in the order the registry tries them. */
	static final List<DailyMetricsFormat> TABLE = List.of(X_PREMIUM_OVERVIEW, X_DAILY_TWEET_ACTIVITY,
			TIKTOK_BUSINESS_OVERVIEW, TIKTOK_BUSINESS_FOLLOWERS);
}
