package com.truereach.conversion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SeasonalTrendTest {

	private static final LocalDate MONDAY = LocalDate.of(2026, 8, 31);

	@Test
	void weekdayMeansAndATrendLeaveNothing() {
		// 100 + 2t, +30 on Saturdays and Sundays: all of it is trend and weekday
		double[] values = IntStream.range(0, 42).mapToDouble(t -> 100 + 2 * t + (weekend(t) ? 30 : 0)).toArray();
		SeasonalTrend fit = SeasonalTrend.of(MONDAY, values);

		assertThat(Arrays.stream(fit.residuals()).map(Math::abs).max().orElseThrow()).isLessThan(1e-9);
		assertThat(fit.outliers()).containsOnly(false);
	}

	@Test
	void oneViralDayIsAnOutlierAndDoesNotShiftItsWeekday() {
		// a gentler trend with day-to-day noise (sd 5), and on day 17 (a Thursday) 1000 more
		java.util.Random rng = new java.util.Random(17);
		double[] values = IntStream.range(0, 42)
			.mapToDouble(t -> 100 + 0.5 * t + (weekend(t) ? 30 : 0) + 5 * rng.nextGaussian())
			.toArray();
		values[17] += 1000;
		SeasonalTrend fit = SeasonalTrend.of(MONDAY, values);

		assertThat(MONDAY.plusDays(17).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
		// day 17, and at most a stray noisy day or two, left out of the fit
		assertThat(IntStream.range(0, 42).filter(t -> fit.outliers()[t]).toArray()).contains(17).hasSizeLessThanOrEqualTo(3);
		// fitted without day 17, so the other Thursdays keep a noise-sized residual (a few sd of 5), not the
		// -1000 / 6 = -167 that fitting day 17 would give them
		assertThat(fit.residuals()[17]).isCloseTo(1000, within(30.0));
		assertThat(IntStream.range(0, 42).filter(t -> t != 17).mapToDouble(t -> Math.abs(fit.residuals()[t])).max()
			.orElseThrow()).isLessThan(30);
		assertThat(fit.withoutOutliers()[17]).isNaN();
	}

	@Test
	void unknownDaysStayUnknownAndTooFewDaysGiveNoFit() {
		double[] values = IntStream.range(0, 30).mapToDouble(t -> t % 5).toArray();
		values[4] = Double.NaN;
		assertThat(SeasonalTrend.of(MONDAY, values).residuals()[4]).isNaN();

		double[] fortnight = new double[14];
		Arrays.fill(fortnight, 1);
		assertThat(SeasonalTrend.of(MONDAY, fortnight)).isNull();
	}

	@Test
	void theMedianOfAWeekIsCommonsMathsNumberForNumber() {
		// 3 and 5 of an odd week; between 2 and 4, 3.0 and 4.5 of an even one
		assertThat(SeasonalTrend.weekMedian(new double[] { 9, 3, 1, 5, 4 }, 3)).isEqualTo(3);
		assertThat(SeasonalTrend.weekMedian(new double[] { 4, 2, 7, 9 }, 4)).isEqualTo(5.5);
		Median median = new Median();
		Random random = new Random(7);
		for (int n = 0; n < 20_000; n++) {
			double[] week = new double[7];
			int size = 1 + random.nextInt(7);
			for (int i = 0; i < size; i++) {
				// ties, negatives and fractions whose interpolation is inexact
				week[i] = random.nextBoolean() ? random.nextInt(5) - 2 : random.nextGaussian() / 3;
			}
			double expected = median.evaluate(Arrays.copyOf(week, size));
			assertThat(SeasonalTrend.weekMedian(week, size)).as("%s", Arrays.toString(week)).isEqualTo(expected);
		}
	}

	private static boolean weekend(int t) {
		DayOfWeek day = MONDAY.plusDays(t).getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}
}
