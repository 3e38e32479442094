package com.truereach.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An account series as columns by index, with the daily net follower change and trailing
 * baselines that the detectors share.
 */
final class DailyColumns {

	/** Trailing window of the baselines, in calendar days before the day assessed. */
	static final int WINDOW_DAYS = 28;

	/** Fewest values a net-gain baseline needs before a day is assessed. */
	static final int MIN_NET_VALUES = 14;

	/** Fewest values the baseline of an activity metric (posts, reach, ...) needs. */
	static final int MIN_METRIC_VALUES = 7;

	final List<LocalDate> days = new ArrayList<>();

	final Long[] followers;

	final Long[] net;

	final Long[] lost;

	final Long[] posts;

	final Long[] impressions;

	final Long[] reach;

	final Long[] engagements;

	final Long[] profileVisits;

	private final Map<LocalDate, Integer> index = new HashMap<>();

	DailyColumns(AccountSeries series) {
		List<SeriesPoint> points = series.points();
		for (SeriesPoint point : points) {
			this.index.put(point.day(), this.days.size());
			this.days.add(point.day());
		}
		this.followers = column(points, SeriesPoint::followers);
		this.lost = column(points, SeriesPoint::lost);
		this.posts = column(points, SeriesPoint::posts);
		this.impressions = column(points, SeriesPoint::impressions);
		this.reach = column(points, SeriesPoint::reach);
		this.engagements = column(points, SeriesPoint::engagements);
		this.profileVisits = column(points, SeriesPoint::profileVisits);
		this.net = new Long[points.size()];
		for (int i = 0; i < points.size(); i++) {
			this.net[i] = netChange(points, i);
		}
	}

	/** F_t - F_(t-1) when both totals are known for consecutive days, else gained - lost, else unknown. */
	private static Long netChange(List<SeriesPoint> points, int i) {
		SeriesPoint point = points.get(i);
		if (i > 0) {
			SeriesPoint previous = points.get(i - 1);
			if (previous.day().plusDays(1).equals(point.day()) && point.followers() != null
					&& previous.followers() != null) {
				return point.followers() - previous.followers();
			}
		}
		if (point.gained() != null && point.lost() != null) {
			return point.gained() - point.lost();
		}
		return null;
	}

	private static Long[] column(List<SeriesPoint> points, Function<SeriesPoint, Long> metric) {
		Long[] values = new Long[points.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = metric.apply(points.get(i));
		}
		return values;
	}

	int size() {
		return this.days.size();
	}

	LocalDate day(int i) {
		return this.days.get(i);
	}

	/** Index of the day, or -1 when the series has no point for it. */
	int indexOf(LocalDate day) {
		return this.index.getOrDefault(day, -1);
	}

	/** Follower total before day i (the previous day's total), or null. */
	Long followersBefore(int i) {
		return (i > 0 && this.followers[i - 1] != null && day(i - 1).plusDays(1).equals(day(i))) ? this.followers[i - 1]
				: null;
	}

	/**
	 * Baseline of {@code values} over the {@link #WINDOW_DAYS} calendar days before day i, leaving out
	 * the indices in {@code skip} (spikes, purges) and unknown values; null when fewer than
	 * {@code minValues} remain.
	 */
	RobustBaseline trailing(Long[] values, int i, Set<Integer> skip, int minValues) {
		LocalDate first = day(i).minusDays(WINDOW_DAYS);
		List<Double> window = new ArrayList<>();
		for (int j = i - 1; j >= 0 && !day(j).isBefore(first); j--) {
			if (values[j] != null && !skip.contains(j)) {
				window.add(values[j].doubleValue());
			}
		}
		return (window.size() < minValues) ? null : RobustBaseline.of(window);
	}
}
