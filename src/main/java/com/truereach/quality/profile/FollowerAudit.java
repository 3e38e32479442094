package com.truereach.quality.profile;

import java.util.List;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

import com.truereach.domain.FollowerProfile;
import com.truereach.quality.SampleEstimate;

/** The fake share of an account's follower sample, with the uncertainty a sample carries. */
public final class FollowerAudit {

	public static final String WILSON_95 = "Wilson score interval, 95%";

	private static final double CONFIDENCE = 0.95;

	private FollowerAudit() {
	}

	public static SampleEstimate estimate(List<FollowerProfile> sample, ProfileClassifier classifier) {
		if (sample.isEmpty()) {
			throw new IllegalArgumentException("an empty follower sample has no fake share");
		}
		int fakes = (int) sample.stream().filter(classifier::isFake).count();
		double[] interval = wilson(fakes, sample.size());
		return new SampleEstimate(sample.size(), fakes, (double) fakes / sample.size(), interval[0], interval[1],
				classifier.name(), WILSON_95);
	}

	/**
	 * Wilson's 95% score interval for k successes in n trials (commons-math3): (p + z^2/2n +-
	 * z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n) with p = k/n. Unlike p +- z sqrt(p(1-p)/n) it
	 * stays inside [0, 1] and is not empty at k = 0 or k = n. At those ends the bound is exactly 0
	 * (or 1): the library's arithmetic leaves a rounding residue of about 1e-17 there.
	 */
	public static double[] wilson(int k, int n) {
		ConfidenceInterval interval = new WilsonScoreInterval().createInterval(n, k, CONFIDENCE);
		return new double[] { k == 0 ? 0 : interval.getLowerBound(), k == n ? 1 : interval.getUpperBound() };
	}
}
