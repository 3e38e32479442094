package com.truereach.conversion;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LagPermutationTest {

	@Test
	void anIndexBelowABoundIsUniformEvenWhereMultiplyingAloneWouldFavourSomeValues() {
		// bound 3 x 2^29: x * bound / 2^32 = floor(3x / 8) hits 3m and 3m + 1 from three x each and
		// 3m + 2 from two, so without the redraw the residues 0, 1, 2 would come 37.5%, 37.5%, 25% of the time
		int bound = 3 << 29;
		SplittableRandom random = new SplittableRandom(1);
		int[] byResidue = new int[3];
		int draws = 300_000;
		for (int i = 0; i < draws; i++) {
			int j = LagPermutation.below(bound, random);
			assertThat(j).isBetween(0, bound - 1);
			byResidue[j % 3]++;
		}
		// a third each: the binomial standard deviation is 258, 1,000 is four of them
		assertThat(Arrays.stream(byResidue).boxed()).allSatisfy(count -> assertThat(count).isBetween(draws / 3 - 1000, draws / 3 + 1000));
	}

	@Test
	void smallBoundsAreUniformAndOneIsAlwaysZero() {
		SplittableRandom random = new SplittableRandom(2);
		int[] counts = new int[7];
		for (int i = 0; i < 70_000; i++) {
			counts[LagPermutation.below(7, random)]++;
			assertThat(LagPermutation.below(1, random)).isZero();
		}
		// 10,000 each; standard deviation 93
		assertThat(Arrays.stream(counts).boxed()).allSatisfy(count -> assertThat(count).isBetween(9_600, 10_400));
	}

	@Test
	void aRelationNoShuffleReachesHasTheSmallestPAndTakesEveryShuffle() {
		double[] x = new double[60];
		double[] y = new double[60];
		Random rng = new Random(3);
		for (int t = 0; t < 60; t++) {
			x[t] = rng.nextGaussian();
		}
		for (int t = 0; t < 60; t++) {
			y[t] = t >= 2 ? x[t - 2] + 0.1 * rng.nextGaussian() : 0;
		}
		double[] p = LagPermutation.pAcrossLags(x, y, observed(x, y)).p();

		// (1 + 0 shuffles reaching it) / (999 + 1)
		assertThat(p[2]).isEqualTo(0.001);
		assertThat(LagPermutation.pAcrossLags(x, y, observed(x, y)).shuffles()).isEqualTo(999);
	}

	@Test
	void whenEveryShuffleReachesTheObservedTheShufflesStopAtTheTwentiethAndPIsOne() {
		double[] x = IntStream.range(0, 40).mapToDouble(t -> t % 5).toArray();
		double[] y = IntStream.range(0, 40).mapToDouble(t -> t % 3).toArray();
		double[] observed = new double[15];
		observed[7] = Double.NaN;

		LagPermutation.Result result = LagPermutation.pAcrossLags(x, y, observed);
		double[] p = result.p();

		assertThat(result.shuffles()).isEqualTo(20);
		assertThat(result.stoppedEarly()).isTrue();
		// |r| >= 0 at every shuffle: 20 reaches in 20 shuffles, p = 20 / 20; a lag without statistics keeps NaN
		assertThat(p[0]).isEqualTo(1.0);
		assertThat(p[14]).isEqualTo(1.0);
		assertThat(p[7]).isNaN();
	}

	/**
	 * The shuffles' r from running sums (the driver's totals less its unpaired days) against
	 * commons-math3's Pearson of each lag's pairs, shuffle by shuffle with the same generator: the
	 * same count of shuffles reaching each lag's |r|, so the same p, over series with unknown days.
	 */
	@Test
	void pIsTheShareOfShufflesWhoseLargestRReachesTheLagsAsAStraightforwardCountGivesIt() {
		for (long seed = 1; seed <= 40; seed++) {
			Random rng = new Random(seed);
			int days = 30 + rng.nextInt(120);
			double[] x = new double[days];
			double[] y = new double[days];
			for (int t = 0; t < days; t++) {
				x[t] = rng.nextInt(10) == 0 ? Double.NaN : rng.nextGaussian();
				y[t] = rng.nextInt(8) == 0 ? Double.NaN : (t >= 1 && !Double.isNaN(x[t - 1]) ? 0.3 * x[t - 1] : 0)
						+ rng.nextGaussian();
			}
			double[] observed = observed(x, y);

			assertThat(LagPermutation.pAcrossLags(x, y, observed).p()).as("seed %d", seed)
				.containsExactly(straightforward(x, y, observed));
		}
	}

	/** |r| of each lag's pairs, NaN under 10 pairs. */
	private static double[] observed(double[] x, double[] y) {
		double[] observed = new double[15];
		for (int lag = 0; lag < 15; lag++) {
			double[][] pairs = pairs(x, y, lag);
			observed[lag] = pairs[0].length < 10 ? Double.NaN
					: Math.abs(new PearsonsCorrelation().correlation(pairs[0], pairs[1]));
		}
		return observed;
	}

	private static double[][] pairs(double[] x, double[] y, int lag) {
		int[] days = IntStream.range(0, x.length - lag)
			.filter(t -> !Double.isNaN(x[t]) && !Double.isNaN(y[t + lag]))
			.toArray();
		return new double[][] { Arrays.stream(days).mapToDouble(t -> x[t]).toArray(),
				Arrays.stream(days).mapToDouble(t -> y[t + lag]).toArray() };
	}

	/** The permutation p as formulas/conversion.md states it, with the pairs of every shuffle made afresh. */
	private static double[] straightforward(double[] x, double[] y, double[] observed) {
		int[] known = IntStream.range(0, x.length).filter(t -> !Double.isNaN(x[t])).toArray();
		double[] values = Arrays.stream(known).mapToDouble(t -> x[t]).toArray();
		int strongest = 0;
		for (int lag = 0; lag < 15; lag++) {
			strongest = Double.isNaN(observed[strongest]) || observed[lag] > observed[strongest] ? lag : strongest;
		}
		SplittableRandom random = new SplittableRandom(LagPermutation.SEED);
		int[] reached = new int[15];
		int shuffles = 0;
		while (shuffles < 999 && reached[strongest] < 20) {
			shuffles++;
			for (int i = values.length - 1; i > 0; i--) {
				int j = LagPermutation.below(i + 1, random);
				double swap = values[i];
				values[i] = values[j];
				values[j] = swap;
			}
			double[] shuffled = x.clone();
			for (int k = 0; k < known.length; k++) {
				shuffled[known[k]] = values[k];
			}
			double max = 0;
			for (int lag = 0; lag < 15; lag++) {
				if (!Double.isNaN(observed[lag])) {
					double[][] pairs = pairs(shuffled, y, lag);
					max = Math.max(max, Math.abs(new PearsonsCorrelation().correlation(pairs[0], pairs[1])));
				}
			}
			for (int lag = 0; lag < 15; lag++) {
				reached[lag] += max >= observed[lag] ? 1 : 0;
			}
		}
		double[] p = new double[15];
		for (int lag = 0; lag < 15; lag++) {
			p[lag] = Double.isNaN(observed[lag]) ? Double.NaN
					: shuffles < 999 ? Math.min(1.0, (double) reached[lag] / shuffles) : (1.0 + reached[lag]) / 1000;
		}
		return p;
	}
}
