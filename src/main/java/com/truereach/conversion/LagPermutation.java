package com.truereach.conversion;

import java.util.SplittableRandom;
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
 * <p>
 * An account with a relation still takes every shuffle, so one shuffle is kept cheap: the
 * generator is {@link SplittableRandom} with Lemire's multiply-and-shift for the uniform index of
 * each Fisher-Yates step, and each lag's r needs only the sum of driver x revenue products, since
 * a shuffle moves the driver's values but not their sum or sum of squares (those of a lag are the
 * totals less its few unpaired days).
 */
final class LagPermutation {

	static final int PERMUTATIONS = 999;

	/** Reaches of the largest observed |r| after which the shuffles stop (Besag and Clifford's h). */
	static final int EXCEEDANCES = 20;

	/** Lags whose sums one pass over the shuffled driver takes. */
	private static final int BLOCK = 4;

	/** Fixed, so that the same data always get the same verdict. */
	static final long SEED = 15;

	private LagPermutation() {
	}

	/** What one shuffle's r at each lag needs, worked out once from the unshuffled series. */
	private static final class Lags {

		/** Per lag, revenue paired with each known driver day, 0 where that day has no pair. */
		final double[][] paired;

		/** Per lag, the known driver days (indexes into the driver's values) without a pair. */
		final int[][] unpaired;

		final int[] n;

		final double[] sumY;

		final double[] varY;

		Lags(int[] positions, double[] y, int lags) {
			paired = new double[lags][positions.length];
			unpaired = new int[lags][];
			n = new int[lags];
			sumY = new double[lags];
			varY = new double[lags];
			for (int lag = 0; lag < lags; lag++) {
				int l = lag;
				unpaired[lag] = IntStream.range(0, positions.length)
					.filter(k -> positions[k] + l >= y.length || Double.isNaN(y[positions[k] + l]))
					.toArray();
				double sum = 0;
				double sumSq = 0;
				for (int k = 0; k < positions.length; k++) {
					int t = positions[k] + lag;
					if (t < y.length && !Double.isNaN(y[t])) {
						paired[lag][k] = y[t];
						sum += y[t];
						sumSq += y[t] * y[t];
					}
				}
				n[lag] = positions.length - unpaired[lag].length;
				sumY[lag] = sum;
				varY[lag] = n[lag] * sumSq - sum * sum;
			}
		}
	}

	/**
	 * p across lags per lag (NaN where the lag has no statistics) and the shuffles they come from:
	 * fewer than {@value #PERMUTATIONS} when they stopped early, and then each p is only as precise as
	 * {@value #EXCEEDANCES} reaches can make it.
	 */
	record Result(double[] p, int shuffles) {

		boolean stoppedEarly() {
			return shuffles < PERMUTATIONS;
		}
	}

	/**
	 * @param x the prewhitened driver, NaN where not known
	 * @param y prewhitened revenue, NaN where not known
	 * @param observed |r| per lag 0, 1, ...; NaN for a lag without statistics
	 */
	static Result pAcrossLags(double[] x, double[] y, double[] observed) {
		int strongest = strongest(observed);
		if (strongest < 0) {
			return new Result(observed.clone(), 0);
		}
		int[] positions = IntStream.range(0, x.length).filter(t -> !Double.isNaN(x[t])).toArray();
		int lags = observed.length;
		Lags pairs = new Lags(positions, y, lags);
		double[] values = new double[positions.length];
		double sumX = 0;
		double sumXx = 0;
		for (int k = 0; k < positions.length; k++) {
			values[k] = x[positions[k]];
			sumX += values[k];
			sumXx += values[k] * values[k];
		}
		SplittableRandom random = new SplittableRandom(SEED);
		int[] reached = new int[lags];
		double[] sumXy = new double[BLOCK];
		int shuffles = 0;
		while (shuffles < PERMUTATIONS && reached[strongest] < EXCEEDANCES) {
			shuffles++;
			shuffle(values, random);
			double max = 0;
			// once the largest observed |r| is reached every lag is, whatever the lags left would give
			for (int lag = 0; lag < lags && max < observed[strongest]; lag += BLOCK) {
				int block = Math.min(BLOCK, lags - lag);
				dots(values, pairs.paired, lag, block, sumXy);
				for (int b = lag; b < lag + block; b++) {
					if (!Double.isNaN(observed[b])) {
						max = Math.max(max, Math.abs(r(values, pairs, b, sumX, sumXx, sumXy[b - lag])));
					}
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
		return new Result(p, shuffles);
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

	/**
	 * Pearson's r of the shuffled driver against the lag's revenue, from sums (both series are
	 * residuals near zero mean): the driver's sum and sum of squares over its paired days are the
	 * totals less its unpaired days'.
	 */
	private static double r(double[] values, Lags pairs, int lag, double totalX, double totalXx, double sumXy) {
		double sumX = totalX;
		double sumXx = totalXx;
		for (int k : pairs.unpaired[lag]) {
			sumX -= values[k];
			sumXx -= values[k] * values[k];
		}
		int n = pairs.n[lag];
		double varX = n * sumXx - sumX * sumX;
		double varY = pairs.varY[lag];
		return varX <= 0 || varY <= 0 ? 0 : (n * sumXy - sumX * pairs.sumY[lag]) / Math.sqrt(varX * varY);
	}

	/**
	 * The sums of the driver's values times each lag's paired revenue for {@code count} (at most
	 * {@value #BLOCK}) lags from {@code from}, in one pass: each driver value is read once for all of
	 * them, and the sums do not wait on one another.
	 */
	private static void dots(double[] values, double[][] paired, int from, int count, double[] sums) {
		double[] a = paired[from];
		double[] b = paired[Math.min(from + 1, from + count - 1)];
		double[] c = paired[Math.min(from + 2, from + count - 1)];
		double[] d = paired[from + count - 1];
		double s0 = 0;
		double s1 = 0;
		double s2 = 0;
		double s3 = 0;
		for (int k = 0; k < values.length; k++) {
			double v = values[k];
			s0 += v * a[k];
			s1 += v * b[k];
			s2 += v * c[k];
			s3 += v * d[k];
		}
		sums[0] = s0;
		sums[1] = s1;
		sums[2] = s2;
		sums[3] = s3;
	}

	/** Fisher-Yates, each index drawn uniformly by {@link #below}. */
	private static void shuffle(double[] values, SplittableRandom random) {
		for (int i = values.length - 1; i > 0; i--) {
			int j = below(i + 1, random);
			double swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
	}

	/**
	 * A uniform integer in [0, bound) (Lemire 2019, "Fast random integer generation in an
	 * interval"): the high 32 bits of a 32-bit random number times the bound, redrawn in the rare
	 * case that the low bits fall in the 2^32 mod bound values that would make some results likelier.
	 */
	static int below(int bound, SplittableRandom random) {
		long product = (random.nextInt() & 0xFFFFFFFFL) * bound;
		long low = product & 0xFFFFFFFFL;
		if (low < bound) {
			long threshold = (1L << 32) % bound;
			while (low < threshold) {
				product = (random.nextInt() & 0xFFFFFFFFL) * bound;
				low = product & 0xFFFFFFFFL;
			}
		}
		return (int) (product >>> 32);
	}
}
