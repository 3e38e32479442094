package com.truereach.quality.profile;

import java.util.List;

import com.truereach.domain.FollowerProfile;
import com.truereach.quality.SampleEstimate;

/** The fake share of an account's follower sample, with the uncertainty a sample carries. */
public final class FollowerAudit {

	public static final String WILSON_95 = "Wilson score interval, 95%";

	/** The 0.975 quantile of the standard normal distribution. */
	private static final double Z_95 = 1.959963984540054;

	private FollowerAudit() {
	}

	public static SampleEstimate estimate(List<FollowerProfile> sample, ProfileClassifier classifier) {
		if (sample.isEmpty()) {
			throw new IllegalArgumentException("an empty follower sample has no fake share");
		}
		int fakes = (int) sample.stream().filter(classifier::isFake).count();
		double[] interval = wilson(fakes, sample.size(), Z_95);
		return new SampleEstimate(sample.size(), fakes, (double) fakes / sample.size(), interval[0], interval[1],
				classifier.name(), WILSON_95);
	}

	/**
	 * Wilson's score interval for k successes in n trials: (p + z^2/2n +- z sqrt(p(1-p)/n + z^2/4n^2)) /
	 * (1 + z^2/n) with p = k/n. Unlike p +- z sqrt(p(1-p)/n) it stays inside [0, 1] and is not
	 * empty at k = 0 or k = n.
	 */
	public static double[] wilson(int k, int n, double z) {
		double p = (double) k / n;
		double z2 = z * z;
		double denominator = 1 + z2 / n;
		double centre = (p + z2 / (2.0 * n)) / denominator;
		double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
		return new double[] { Math.max(0, centre - half), Math.min(1, centre + half) };
	}
}
