package com.truereach.quality;

import java.util.List;

/**
 * The account score: a weighted mean of the components that could be computed, each 0..100.
 * Shares (bought still present, sample fakes) map linearly from 100 at 0% to 0 at 50%, so
 * Socialbakers' bands read directly: 0-10% fine (100-80), 20-40% review (60-20), 50% and more a
 * red flag (0). Ratios to a baseline or to the account's own past map to {@code 100 * min(1, ratio)}.
 */
public final class QualityScore {

	public static final double GROWTH_WEIGHT = 0.35;

	public static final double ENGAGEMENT_WEIGHT = 0.25;

	public static final double REACH_WEIGHT = 0.15;

	public static final double SAMPLE_WEIGHT = 0.25;

	/** A share of suspect followers at or above this scores 0. */
	public static final double ZERO_AT_SHARE = 0.5;

	private QualityScore() {
	}

	/** {@code round(100 * max(0, 1 - share / 0.5))}. */
	public static int shareValue(double share) {
		return (int) Math.round(100 * Math.max(0, 1 - share / ZERO_AT_SHARE));
	}

	/** {@code round(100 * min(1, max(0, ratio)))}. */
	public static int ratioValue(double ratio) {
		return (int) Math.round(100 * Math.min(1, Math.max(0, ratio)));
	}

	/** @param boughtShare bought followers still present / the basis (reported followers, or growth) */
	public static ScoreComponent growthAuthenticity(double boughtShare, String basis) {
		return new ScoreComponent("growth authenticity", shareValue(boughtShare), GROWTH_WEIGHT,
				Format.percent(boughtShare) + " of " + basis + " are bought followers still present; 100 * max(0, 1 - share / 0.5)");
	}

	public static ScoreComponent engagementVsBaseline(double rate, PlatformBaseline baseline) {
		return new ScoreComponent("engagement vs baseline", ratioValue(rate / baseline.rate()), ENGAGEMENT_WEIGHT,
				"interactions per post / followers " + Format.percent(rate) + " against " + Format.percent(baseline.rate())
						+ " (" + baseline.source() + ", " + baseline.formula() + "); 100 * min(1, rate / baseline)");
	}

	public static ScoreComponent reachTrend(double ratio, String metric) {
		return new ScoreComponent("reach per follower trend", ratioValue(ratio), REACH_WEIGHT,
				metric + " per follower in the last part of the series is " + Format.ratio(ratio)
						+ " of the first part; 100 * min(1, last / first)");
	}

	public static ScoreComponent sampleFakeShare(SampleEstimate sample) {
		return new ScoreComponent("sample fake share", shareValue(sample.share()), SAMPLE_WEIGHT,
				sample.fakes() + " of " + sample.sampleSize() + " sampled followers fake (" + Format.percent(sample.share())
						+ ", 95% " + Format.percent(sample.low()) + "-" + Format.percent(sample.high()) + ", "
						+ sample.classifier() + "); 100 * max(0, 1 - share / 0.5)");
	}

	/** {@code round(sum(weight * value) / sum(weight))}; 100 when there is no component. */
	public static int score(List<ScoreComponent> components) {
		double weighted = 0;
		double weights = 0;
		for (ScoreComponent component : components) {
			weighted += component.weight() * component.value();
			weights += component.weight();
		}
		return (weights == 0) ? 100 : (int) Math.round(weighted / weights);
	}
}
