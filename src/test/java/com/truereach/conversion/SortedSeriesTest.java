package com.truereach.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.junit.jupiter.api.Test;

class SortedSeriesTest {

	@Test
	void tiesShareTheMeanOfTheirRanksWithinTheDaysAsked() {
		double[] values = { 2, 0, 7, Double.NaN, -1, 0, 2, 0 };
		SortedSeries sorted = new SortedSeries(values);

		// all known days: -1 (1), 0 0 0 (2, 3, 4 -> 3), 2 2 (5, 6 -> 5.5), 7 (7)
		assertThat(sorted.ranks(new int[] { 0, 1, 2, 4, 5, 6, 7 })).containsExactly(5.5, 3, 7, 1, 3, 5.5, 3);
		// days 0, 1, 5, 6: 0 0 (1, 2 -> 1.5), 2 2 (3, 4 -> 3.5)
		assertThat(sorted.ranks(new int[] { 0, 1, 5, 6 })).containsExactly(3.5, 1.5, 1.5, 3.5);
	}

	@Test
	void theRanksOfEverySubsetAreNaturalRankingsAndRhoIsSpearmansCorrelations() {
		NaturalRanking natural = new NaturalRanking();
		for (long seed = 1; seed <= 200; seed++) {
			Random random = new Random(seed);
			double[] values = new double[2 + random.nextInt(800)];
			double[] other = new double[values.length];
			for (int i = 0; i < values.length; i++) {
				// many ties, both zeros, fractions whose mean rank is no whole number, unknown days
				values[i] = switch (random.nextInt(5)) {
					case 0 -> random.nextInt(5);
					case 1 -> random.nextBoolean() ? -0.0 : 0.0;
					case 2 -> random.nextGaussian();
					case 3 -> Double.NaN;
					default -> random.nextInt(3) / 7.0;
				};
				other[i] = random.nextInt(4) == 0 ? Double.NaN : random.nextInt(6) * 0.5;
			}
			int lag = random.nextInt(15);
			int[] days = IntStream.range(0, values.length - lag)
				.filter(t -> !Double.isNaN(values[t]) && !Double.isNaN(other[t + lag]) && random.nextInt(5) > 0)
				.toArray();
			int[] later = Arrays.stream(days).map(t -> t + lag).toArray();
			double[] a = Arrays.stream(days).mapToDouble(t -> values[t]).toArray();
			double[] b = Arrays.stream(later).mapToDouble(t -> other[t]).toArray();
			double[] ranksA = new SortedSeries(values).ranks(days);
			double[] ranksB = new SortedSeries(other).ranks(later);

			assertThat(ranksA).as("seed %d", seed).containsExactly(natural.rank(a));
			assertThat(ranksB).as("seed %d", seed).containsExactly(natural.rank(b));
			if (a.length > 1) {
				// boxed: a constant subset gives NaN in both, and Double.equals holds NaN equal to itself
				assertThat(Double.valueOf(new PearsonsCorrelation().correlation(ranksA, ranksB))).as("seed %d", seed)
					.isEqualTo(Double.valueOf(new SpearmansCorrelation().correlation(a, b)));
			}
		}
	}
}
