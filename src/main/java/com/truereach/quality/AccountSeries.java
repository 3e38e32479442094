package com.truereach.quality;

import java.util.List;

import com.truereach.domain.Platform;

/**
 * An account's daily series, the report range plus up to 60 days of earlier history for the
 * baselines. When {@code followersRelative} is set the follower totals are anchored at 0 (only the
 * changes are known), so levels and rates per follower cannot be computed. When
 * {@code grossFollowsOnly} is set the daily changes are new follows without the unfollows (Meta's
 * exports), so the series cannot show followers leaving.
 */
public record AccountSeries(String accountId, Platform platform, List<SeriesPoint> points, boolean followersRelative,
		boolean grossFollowsOnly) {

	public AccountSeries(String accountId, Platform platform, List<SeriesPoint> points, boolean followersRelative) {
		this(accountId, platform, points, followersRelative, false);
	}

	public AccountSeries {
		points = List.copyOf(points);
		for (int i = 1; i < points.size(); i++) {
			if (!points.get(i).day().isAfter(points.get(i - 1).day())) {
				throw new IllegalArgumentException("Series of account " + accountId + " is not in strictly ascending day order at "
						+ points.get(i).day());
			}
		}
	}
}
