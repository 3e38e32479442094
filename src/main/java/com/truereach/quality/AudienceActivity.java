package com.truereach.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How active an account's audience is (docs/methods.md: engagement decoupling, reach per follower,
 * engagement baselines).
 *
 * <p>Published baselines are per post, so the observed rate is computed the same way over the
 * report range: {@code rate = (sum engagements / sum posts) / mean followers} over the days where
 * engagements, posts and followers are all known (interactions of a day are credited to the
 * posts of the range as a whole, because exports give daily totals, not per-post ones). The
 * clean rate uses {@code followers - bought still present - sample fakes} as denominator, so
 * that followers already counted as bought or fake are not counted again as inactive:
 * {@code inactiveShare = min(0.9, max(0, 1 - cleanRate / baseline))}.
 *
 * <p>Trends compare the last part of the whole series with its first part (each
 * {@code min(28, days / 2)} days): daily {@code sum engagements / sum followers} and
 * {@code sum reach / sum followers} (impressions where reach is not exported).
 *
 * @param perPostRate interactions per post / followers over the report range, or null
 * @param cleanPerPostRate the same over clean followers, or null
 * @param posts posts in the usable days of the report range
 * @param baseline the platform baseline, or null when docs/methods.md has none for the platform
 * @param inactiveShare estimated inactive share of the clean followers, or null when not estimable
 * @param engagementTrend engagement rate of the last part / first part, or null
 * @param reachPerFollowerTrend reach per follower of the last part / first part, or null
 * @param reachMetric "reach" or "impressions", the metric the reach trend used, or null
 */
public record AudienceActivity(Double perPostRate, Double cleanPerPostRate, long posts, PlatformBaseline baseline,
		Double inactiveShare, Double engagementTrend, Double reachPerFollowerTrend, String reachMetric) {

	public static final int MIN_DAYS = 14;

	public static final int MIN_POSTS = 7;

	public static final double MAX_INACTIVE_SHARE = 0.9;

	public static final int TREND_PART_DAYS = 28;

	public static final int MIN_TREND_DAYS = 7;

	/**
	 * @param notGenuine followers of the day already counted as bought or fake
	 */
	public static AudienceActivity estimate(AccountSeries series, LocalDate from, LocalDate to,
			ToLongFunction<LocalDate> notGenuine) {
		PlatformBaseline baseline = PlatformBaseline.forPlatform(series.platform()).orElse(null);
		if (series.followersRelative()) {
			return new AudienceActivity(null, null, 0, baseline, null, null, null, null);
		}
		double engagements = 0;
		long posts = 0;
		double followers = 0;
		double clean = 0;
		int days = 0;
		for (SeriesPoint point : series.points()) {
			if (point.day().isBefore(from) || point.day().isAfter(to) || point.engagements() == null
					|| point.posts() == null || point.followers() == null || point.followers() <= 0) {
				continue;
			}
			engagements += point.engagements();
			posts += point.posts();
			followers += point.followers();
			clean += Math.max(1, point.followers() - notGenuine.applyAsLong(point.day()));
			days++;
		}
		Double rate = null;
		Double cleanRate = null;
		Double inactive = null;
		if (days >= MIN_DAYS && posts >= MIN_POSTS) {
			rate = engagements / posts / (followers / days);
			cleanRate = engagements / posts / (clean / days);
			if (baseline != null) {
				inactive = inactiveShare(cleanRate, baseline.rate());
			}
		}
		List<SeriesPoint> upToEnd = series.points().stream().filter(point -> !point.day().isAfter(to)).toList();
		Double reachTrend = trend(upToEnd, SeriesPoint::reach);
		String reachMetric = "reach";
		if (reachTrend == null) {
			reachTrend = trend(upToEnd, SeriesPoint::impressions);
			reachMetric = (reachTrend != null) ? "impressions" : null;
		}
		return new AudienceActivity(rate, cleanRate, posts, baseline, inactive, trend(upToEnd, SeriesPoint::engagements),
				reachTrend, reachMetric);
	}

	/** {@code min(0.9, max(0, 1 - rate / baseline))}. */
	public static double inactiveShare(double rate, double baselineRate) {
		return Math.min(MAX_INACTIVE_SHARE, Math.max(0, 1 - rate / baselineRate));
	}

	/** (sum metric / sum followers) of the last part over that of the first part, or null. */
	static Double trend(List<SeriesPoint> points, Function<SeriesPoint, Long> metric) {
		int part = Math.min(TREND_PART_DAYS, points.size() / 2);
		Double first = perFollower(points.subList(0, part), metric);
		Double last = perFollower(points.subList(points.size() - part, points.size()), metric);
		return (first == null || last == null || first == 0) ? null : last / first;
	}

	private static Double perFollower(List<SeriesPoint> points, Function<SeriesPoint, Long> metric) {
		double sum = 0;
		double followers = 0;
		int days = 0;
		for (SeriesPoint point : points) {
			Long value = metric.apply(point);
			if (value != null && point.followers() != null && point.followers() > 0) {
				sum += value;
				followers += point.followers();
				days++;
			}
		}
		return (days >= MIN_TREND_DAYS) ? sum / followers : null;
	}
}
