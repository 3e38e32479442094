package com.truereach.quality;

import java.util.List;

import com.truereach.domain.Platform;

/**
 * An account's daily series, the report range plus up to 60 days of earlier history for the
 * baselines. When {@code followersRelative} is set the follower totals are anchored at 0 (only the
 * changes are known), so levels and rates per follower cannot be computed.
 */
public record AccountSeries(String accountId, Platform platform, List<SeriesPoint> points, boolean followersRelative) {

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
