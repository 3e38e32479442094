package com.truereach.conversion;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * p-values across all lags by permutation (Westfall and Young's single-step max-|r|): the
 * prewhitened driver has no autocorrelation left, so under no relation any order of its days is as
 * likely as the observed one. Its values are shuffled {@value #PERMUTATIONS} times; each time the
 * largest |r| over the lags is kept, and a lag's p is the share of shuffles whose largest |r|
 * reaches that lag's |r| (observed order counted). This corrects for the 15 lags tried without
 * Bonferroni's loss of power, and does not lean on Student's t, whose tails are too thin for
 * skewed daily counts and revenue ({@code formulas/conversion.md}).
 * <p>
 * The shuffles stop early, as Besag and Clifford's sequential Monte Carlo test does, once the
 * lag with the largest |r| has been reached {@value #EXCEEDANCES} times: its p is then at least
 * about {@value #EXCEEDANCES} / shuffles so far, far above any verdict's threshold, and each lag's
 * p is its count over the shuffles made. Most accounts show no relation, so most stop after a few
 * dozen shuffles instead of {@value #PERMUTATIONS}; the p-values stay valid (a p at or under
 * alpha happens with probability at most alpha under no relation).
 */
final class LagPermutation {

	static final int PERMUTATIONS = 999;

	/** Reaches of the largest observed |r| after which the shuffles stop (Besag and Clifford's h). */
	static final int EXCEEDANCES = 20;

	/** Fixed, so that the same data always get the same verdict. */
	private static final long SEED = 15;

	private LagPermutation() {
	}

	/**
	 * @param x the prewhitened driver, NaN where not known
	 * @param y prewhitened revenue, NaN where not known
	 * @param observed |r| per lag 0, 1, ...; NaN for a lag without statistics
	 * @return p across lags per lag, NaN where observed is NaN
	 */
	static double[] pAcrossLags(double[] x, double[] y, double[] observed) {
		int[] positions = IntStream.range(0, x.length).filter(t -> !Double.isNaN(x[t])).toArray();
		int lags = observed.length;
		int[][] pairs = new int[lags][];
		double[][] ys = new double[lags][];
		double[] sumY = new double[lags];
		double[] varY = new double[lags];
		for (int lag = 0; lag < lags; lag++) {
			int l = lag;
			pairs[lag] = IntStream.range(0, positions.length)
				.filter(k -> positions[k] + l < y.length && !Double.isNaN(y[positions[k] + l]))
				.toArray();
			ys[lag] = Arrays.stream(pairs[lag]).mapToDouble(k -> y[positions[k] + l]).toArray();
			sumY[lag] = Arrays.stream(ys[lag]).sum();
			double sumSq = Arrays.stream(ys[lag]).map(v -> v * v).sum();
			varY[lag] = ys[lag].length * sumSq - sumY[lag] * sumY[lag];
		}
		double[] values = Arrays.stream(positions).mapToDouble(t -> x[t]).toArray();
		Random random = new Random(SEED);
		int[] reached = new int[lags];
		int strongest = strongest(observed);
		if (strongest < 0) {
			return observed.clone();
		}
		int shuffles = 0;
		while (shuffles < PERMUTATIONS && reached[strongest] < EXCEEDANCES) {
			shuffles++;
			shuffle(values, random);
			double max = 0;
			// once the largest observed |r| is reached every lag is, whatever the lags left would give
			for (int lag = 0; lag < lags && max < observed[strongest]; lag++) {
				if (!Double.isNaN(observed[lag])) {
					max = Math.max(max, Math.abs(r(values, pairs[lag], ys[lag], sumY[lag], varY[lag])));
				}
			}
			for (int lag = 0; lag < lags; lag++) {
				reached[lag] += max >= observed[lag] ? 1 : 0;
			}
		}
		boolean stoppedEarly = shuffles < PERMUTATIONS;
		double[] p = new double[lags];
		for (int lag = 0; lag < lags; lag++) {
			p[lag] = Double.isNaN(observed[lag]) ? Double.NaN
					: stoppedEarly ? Math.min(1.0, (double) reached[lag] / shuffles)
							: (1.0 + reached[lag]) / (PERMUTATIONS + 1);
		}
		return p;
	}

	/** The lag with the largest observed |r|, or -1 when no lag has one (then every p is NaN, as observed). */
	private static int strongest(double[] observed) {
		int strongest = -1;
		for (int lag = 0; lag < observed.length; lag++) {
			if (!Double.isNaN(observed[lag]) && (strongest < 0 || observed[lag] > observed[strongest])) {
				strongest = lag;
			}
		}
		return strongest;
	}

	/** Pearson's r of values[pairs[i]] against ys[i], from sums (both series are residuals near zero mean). */
	private static double r(double[] values, int[] pairs, double[] ys, double sumY, double varY) {
		double sumX = 0;
		double sumXx = 0;
		double sumXy = 0;
		for (int i = 0; i < pairs.length; i++) {
			double v = values[pairs[i]];
			sumX += v;
			sumXx += v * v;
			sumXy += v * ys[i];
		}
		int n = pairs.length;
		double varX = n * sumXx - sumX * sumX;
		return varX <= 0 || varY <= 0 ? 0 : (n * sumXy - sumX * sumY) / Math.sqrt(varX * varY);
	}

	/** Fisher-Yates. */
	private static void shuffle(double[] values, Random random) {
		for (int i = values.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			double swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
	}
}
