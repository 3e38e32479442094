package com.truereach.ingest.formats;

import java.util.Map;

import com.truereach.domain.Metric;
import com.truereach.domain.Platform;

/**
 * X Premium account overview (2024 on): one row per day, newest first, dates like
 * {@code "Thu, Sep 11, 2025"}. There is no follower total, only new follows and unfollows.
 */
final class XPremiumOverviewReader extends DailyMetricsCsvReader {

	@Override
	public String id() {
		return "x-premium-overview";
	}

	@Override
	public String description() {
		return "X Premium account overview: Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,...";
	}

	@Override
	public Platform platform() {
		return Platform.X;
	}

	@Override
	protected String headerPrefix() {
		return "date,impressions,likes,engagements,bookmarks,shares,new follows,unfollows";
	}

	@Override
	protected Map<String, Metric> columns() {
		return Map.ofEntries(Map.entry("Impressions", Metric.IMPRESSIONS), Map.entry("Likes", Metric.LIKES),
				Map.entry("Engagements", Metric.ENGAGEMENTS), Map.entry("Bookmarks", Metric.SAVES),
				Map.entry("Shares", Metric.SHARES), Map.entry("New follows", Metric.FOLLOWS_GAINED),
				Map.entry("Unfollows", Metric.UNFOLLOWS), Map.entry("Replies", Metric.REPLIES),
				Map.entry("Reposts", Metric.REPOSTS), Map.entry("Profile visits", Metric.PROFILE_VISITS),
				Map.entry("Create Post", Metric.POSTS));
	}
}
