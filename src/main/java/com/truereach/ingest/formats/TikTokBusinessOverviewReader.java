package com.truereach.ingest.formats;

import java.util.Map;

import com.truereach.domain.Metric;
import com.truereach.domain.Platform;

/**
 * Older TikTok business-style overview:
 * {@code Date,Video views,Reached audience,Profile views,Likes,Shares,Comments,Phone number clicks ,Leads submission,Net growth,New followers,Lost followers}
 * (the trailing space is TikTok's), dates {@code 2025/10/31}, missing values {@code NAN} or {@code --}.
 * Phone number clicks and leads stay in extra.
 */
final class TikTokBusinessOverviewReader extends DailyMetricsCsvReader {

	@Override
	public String id() {
		return "tiktok-business-overview";
	}

	@Override
	public String description() {
		return "TikTok business overview: Date,Video views,Reached audience,Profile views,Likes,Shares,Comments,...,Net growth";
	}

	@Override
	public Platform platform() {
		return Platform.TIKTOK;
	}

	@Override
	protected String headerPrefix() {
		return "date,video views,reached audience,profile views";
	}

	@Override
	protected Map<String, Metric> columns() {
		return Map.of("Video views", Metric.VIEWS, "Reached audience", Metric.REACH, "Profile views",
				Metric.PROFILE_VISITS, "Likes", Metric.LIKES, "Shares", Metric.SHARES, "Comments", Metric.COMMENTS,
				"Net growth", Metric.NET_FOLLOWS, "New followers", Metric.FOLLOWS_GAINED, "Lost followers",
				Metric.UNFOLLOWS);
	}
}
