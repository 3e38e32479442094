package com.truereach.ingest.formats;

import java.util.Map;

import com.truereach.domain.Metric;
import com.truereach.domain.Platform;

/**
 * Older TikTok business-style followers file:
 * {@code Date,New followers,Total followers,Reached audience,Engaged audience}, dates
 * {@code 2025/10/31}, missing values {@code NAN} or {@code --}. Engaged audience counts people,
 * not engagements, so it stays in extra.
 */
final class TikTokBusinessFollowersReader extends DailyMetricsCsvReader {

	@Override
	public String id() {
		return "tiktok-business-followers";
	}

	@Override
	public String description() {
		return "TikTok business followers: Date,New followers,Total followers,Reached audience,Engaged audience";
	}

	@Override
	public Platform platform() {
		return Platform.TIKTOK;
	}

	@Override
	protected String headerPrefix() {
		return "date,new followers,total followers";
	}

	@Override
	protected Map<String, Metric> columns() {
		return Map.of("New followers", Metric.FOLLOWS_GAINED, "Total followers", Metric.FOLLOWERS,
				"Reached audience", Metric.REACH);
	}
}
