package com.truereach.ingest.formats;

import java.util.Map;
import java.util.Set;

import com.truereach.domain.Metric;
import com.truereach.domain.Platform;

/**
 * X classic analytics daily export ({@code daily_tweet_activity_metrics_...csv}): one row per
 * day, {@code "Date","Tweets published","impressions","engagements","engagement rate"} and then
 * the per-post metric columns. Columns with no canonical metric (detail expands, media views...)
 * are kept as extra; promoted columns are {@code "-"} when nothing was promoted and then absent.
 */
final class XDailyTweetActivityReader extends DailyMetricsCsvReader {

	@Override
	public String id() {
		return "x-daily-tweet-activity";
	}

	@Override
	public String description() {
		return "X classic daily export daily_tweet_activity_metrics: \"Date\",\"Tweets published\",\"impressions\",\"engagements\",...";
	}

	@Override
	public Platform platform() {
		return Platform.X;
	}

	@Override
	protected String headerPrefix() {
		return "date,tweets published,impressions,engagements";
	}

	@Override
	protected Map<String, Metric> columns() {
		return Map.ofEntries(Map.entry("Tweets published", Metric.POSTS), Map.entry("impressions", Metric.IMPRESSIONS),
				Map.entry("engagements", Metric.ENGAGEMENTS), Map.entry("retweets", Metric.REPOSTS),
				Map.entry("replies", Metric.REPLIES), Map.entry("likes", Metric.LIKES),
				Map.entry("favorites", Metric.LIKES), Map.entry("user profile clicks", Metric.PROFILE_VISITS),
				Map.entry("url clicks", Metric.LINK_CLICKS), Map.entry("follows", Metric.FOLLOWS_GAINED));
	}

	@Override
	protected Set<String> skippedColumns() {
		return Set.of("engagement rate", "promoted engagement rate");
	}
}
