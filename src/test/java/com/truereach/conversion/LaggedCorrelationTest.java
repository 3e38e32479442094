package com.truereach.conversion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LaggedCorrelationTest {

	private static final LocalDate DAY0 = LocalDate.of(2026, 5, 1);

	// Anscombe's quartet, set I (Anscombe 1973): r = 0.816, slope t = 4.24, p = 0.00217
	private static final double[] ANSCOMBE_X = { 10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5 };

	private static final double[] ANSCOMBE_Y = { 8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68 };

	// Wikipedia "Spearman's rank correlation coefficient": IQ vs hours of TV, rho = -29/165, p = 0.627
	private static final double[] IQ = { 106, 86, 100, 101, 99, 103, 97, 113, 112, 110 };

	private static final double[] TV = { 7, 0, 27, 50, 28, 29, 20, 12, 6, 17 };

	@Test
	void pearsonMatchesThePublishedExampleANaiveFormulaAndCommonsMath() {
		LaggedCorrelation.Lag lag0 = LaggedCorrelation.compute("x", series(ANSCOMBE_X, 0), series(ANSCOMBE_Y, 0))
			.lags()
			.get(0);

		assertThat(lag0.n()).isEqualTo(11);
		assertThat(lag0.pearson()).isCloseTo(0.81642051634484, within(1e-12))
			.isCloseTo(naivePearson(ANSCOMBE_X, ANSCOMBE_Y), within(1e-12))
			.isCloseTo(new PearsonsCorrelation().correlation(ANSCOMBE_X, ANSCOMBE_Y), within(1e-12));
		// SciPy 1.17 stats.pearsonr: p = 0.0021696288730788152
		assertThat(lag0.pearsonP()).isCloseTo(0.00216962887, within(1e-9));
		// z = atanh(0.81642) = 1.14598; half width 1.959964 / sqrt(8) = 0.69295; tanh(0.45303), tanh(1.83893)
		assertThat(lag0.pearsonLow()).isCloseTo(0.42439121339, within(1e-9));
		assertThat(lag0.pearsonHigh()).isCloseTo(0.95069325379, within(1e-9));
	}

	@Test
	void spearmanMatchesThePublishedExampleAndCommonsMath() {
		LaggedCorrelation.Lag lag0 = LaggedCorrelation.compute("x", series(IQ, 0), series(TV, 0)).lags().get(0);

		assertThat(lag0.spearman()).isCloseTo(-29.0 / 165, within(1e-12))
			.isCloseTo(new SpearmansCorrelation().correlation(IQ, TV), within(1e-12));
		// SciPy 1.17 stats.spearmanr: p = 0.6271883447764846 (t approximation)
		assertThat(lag0.spearmanP()).isCloseTo(0.62718834478, within(1e-9));
	}

	@Test
	void tiedValuesShareTheirMeanRank() {
		double[] a = { 1, 2, 2, 3, 4, 4, 4, 5, 6, 7, 8, 9 };
		double[] b = { 2, 1, 3, 3, 5, 4, 6, 8, 7, 9, 9, 12 };

		LaggedCorrelation.Lag lag0 = LaggedCorrelation.compute("x", series(a, 0), series(b, 0)).lags().get(0);
		// SciPy 1.17 stats.spearmanr: 0.968155240752733, p = 2.444835287724018e-07
		assertThat(lag0.spearman()).isCloseTo(0.968155240752733, within(1e-12))
			.isCloseTo(new SpearmansCorrelation().correlation(a, b), within(1e-12));
		assertThat(lag0.spearmanP()).isCloseTo(2.444835287724018e-07, within(1e-12));
	}

	@Test
	void findsTheLagAtWhichTheDriverLeadsRevenue() {
		// revenue on day t+3 = 5 x driver on day t (plus a small wobble); 30 days of driver
		double[] driver = new double[30];
		double[] revenue = new double[33];
		for (int t = 0; t < 30; t++) {
			driver[t] = (t * 7) % 11 + (t % 3);
		}
		for (int t = 0; t < 33; t++) {
			revenue[t] = t >= 3 ? 5 * driver[t - 3] + (t % 2) : 1;
		}
		LaggedCorrelation.Result result = LaggedCorrelation.compute("engagement", series(driver, 0), series(revenue, 0));

		assertThat(result.lags()).hasSize(15);
		assertThat(result.lags().get(3).n()).isEqualTo(30);
		assertThat(result.lags().get(3).pearson()).isGreaterThan(0.99);
		// lag 14: driver days 0..18 pair with revenue days 14..32
		assertThat(result.lags().get(14).n()).isEqualTo(19);
		assertThat(result.adjusted()).hasSize(15);
		assertThat(result.finding()).isEqualTo(LaggedCorrelation.Finding.RELATION);
		assertThat(result.best().lag()).isEqualTo(3);
		// the day-to-day wobble weighs more once weekday and trend are gone
		assertThat(result.best().pearson()).isGreaterThan(0.9);
		// the observed order beats all 999 shuffles: 1 / 1000
		assertThat(result.best().pAcrossLags()).isEqualTo(0.001);
		// plain words, no statistics: the numbers are on the account sheet
		assertThat(result.summary()).isEqualTo("leads revenue by 3 days");
	}

	@Test
	void aRelationCarriedByOneDayIsNamedAndNotClaimed() {
		// 60 quiet days of noise, then on 2026-06-10 the driver jumps and revenue two days later: the
		// plain table sees r near 1 at lag 2, which rests on that one day
		double[] driver = new double[60];
		double[] revenue = new double[60];
		java.util.Random rng = new java.util.Random(7);
		for (int t = 0; t < 60; t++) {
			driver[t] = 20 + rng.nextGaussian() * 3;
			revenue[t] = 100 + rng.nextGaussian() * 20;
		}
		for (int d = 0; d < 7; d++) {
			driver[40 + d] += 400 * Math.pow(0.6, d);
			revenue[42 + d] += 2000 * Math.pow(0.6, d);
		}
		LaggedCorrelation.Result result = LaggedCorrelation.compute("follower growth", series(driver, 0),
				series(revenue, 0));

		assertThat(result.lags().get(2).pearson()).isGreaterThan(0.9);
		assertThat(result.lags().get(2).significantAcrossLags()).isTrue();
		assertThat(result.finding()).isEqualTo(LaggedCorrelation.Finding.RESTS_ON_FEW_DAYS);
		assertThat(result.claimsRelation()).isFalse();
		assertThat(result.restsOn()).contains(DAY0.plusDays(40));
		assertThat(result.summary())
			.isEqualTo("shows no lasting relation to revenue: an apparent one rests on 3 days around " + DAY0.plusDays(40));
	}

	@Test
	void fewerThanFourWeeksOfPairsIsTooLittleDataForAVerdict() {
		double[] nine = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		LaggedCorrelation.Result result = LaggedCorrelation.compute("x", series(nine, 0), series(nine, 0));

		assertThat(result.tooLittleData()).isTrue();
		assertThat(result.best()).isNull();
		assertThat(result.lags().get(0).pearson()).isNull();
		assertThat(result.adjusted()).isEmpty();
		assertThat(result.summary()).isEqualTo("has too little data to judge (9 paired days, 28 needed)");
	}

	@Test
	void noVariationAndNoRelationAreSaidInWords() {
		double[] flat = new double[40];
		double[] rising = IntStream.range(0, 40).mapToDouble(t -> t + 1).toArray();
		assertThat(LaggedCorrelation.compute("x", series(flat, 0), series(rising, 0)).summary())
			.isEqualTo("cannot be related to revenue: it or revenue does not vary beyond a steady trend and weekday pattern");
		// a straight line is all trend: nothing is left to relate
		double[] noisy = IntStream.range(0, 40).mapToDouble(t -> (t * 7) % 11).toArray();
		assertThat(LaggedCorrelation.compute("x", series(rising, 0), series(noisy, 0)).finding())
			.isEqualTo(LaggedCorrelation.Finding.NO_VARIATION);
		double[] zigzag = IntStream.range(0, 40).mapToDouble(t -> (t * 5) % 3).toArray();
		double[] other = IntStream.range(0, 40).mapToDouble(t -> (t * 7) % 5 + (t * 3) % 4).toArray();
		LaggedCorrelation.Result none = LaggedCorrelation.compute("x", series(zigzag, 0), series(other, 0));
		assertThat(none.finding()).isEqualTo(LaggedCorrelation.Finding.NO_RELATION);
		assertThat(none.summary()).isEqualTo("shows no relation to revenue");
	}

	private static Map<LocalDate, Double> series(double[] values, int offset) {
		Map<LocalDate, Double> map = new TreeMap<>();
		for (int i = 0; i < values.length; i++) {
			map.put(DAY0.plusDays(i + offset), values[i]);
		}
		return map;
	}

	/** The textbook one-pass formula, independent of the two-pass code under test. */
	private static double naivePearson(double[] x, double[] y) {
		int n = x.length;
		double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
		for (int i = 0; i < n; i++) {
			sx += x[i];
			sy += y[i];
			sxx += x[i] * x[i];
			syy += y[i] * y[i];
			sxy += x[i] * y[i];
		}
		return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
	}

	/**
	 * Every lag of the table against the straightforward computation: each lag's pairs gathered and
	 * r and rho (r of commons-math3's NaturalRanking ranks) worked out exactly (BigDecimal, 50
	 * digits) by the definition, over series with unknown days, ties, offsets and scales of revenue.
	 * (commons-math3's PearsonsCorrelation, which updates a regression pair by pair, is itself off
	 * by up to 1e-11 on prewhitened series: it is no reference at this precision.)
	 */
	@Test
	void everyLagIsWithinOneInAMillionMillionOfTheStraightforwardComputation() {
		for (long seed = 1; seed <= 200; seed++) {
			Random rng = new Random(seed);
			int days = 20 + rng.nextInt(700);
			double offset = rng.nextBoolean() ? 0 : rng.nextInt(10_000);
			double scale = Math.pow(10, rng.nextInt(5) - 1);
			double[] x = new double[days];
			double[] y = new double[days];
			for (int t = 0; t < days; t++) {
				x[t] = rng.nextInt(12) == 0 ? Double.NaN : rng.nextInt(3) == 0 ? rng.nextInt(4) : offset + scale * rng.nextGaussian();
				y[t] = rng.nextInt(12) == 0 ? Double.NaN
						: Math.round(100 * (rng.nextDouble() * 50 + (t > 2 && !Double.isNaN(x[t - 3]) ? x[t - 3] : 0))) / 100.0;
			}
			List<LaggedCorrelation.Lag> lags = LaggedCorrelation.compute("x", series(x, 0), series(y, 0)).lags();
			for (int lag = 0; lag <= LaggedCorrelation.MAX_LAG; lag++) {
				int l = lag;
				int[] paired = IntStream.range(0, Math.max(0, days - lag))
					.filter(t -> !Double.isNaN(x[t]) && !Double.isNaN(y[t + l]))
					.toArray();
				double[] a = Arrays.stream(paired).mapToDouble(t -> x[t]).toArray();
				double[] b = Arrays.stream(paired).mapToDouble(t -> y[t + l]).toArray();
				LaggedCorrelation.Lag computed = lags.get(lag);
				assertThat(computed.n()).isEqualTo(a.length);
				if (a.length < LaggedCorrelation.MIN_N) {
					assertThat(computed.pearson()).isNull();
					continue;
				}
				assertThat(computed.pearson()).as("seed %d lag %d", seed, lag).isCloseTo(exactPearson(a, b), within(1e-12));
				assertThat(computed.spearman()).as("seed %d lag %d", seed, lag)
					.isCloseTo(exactPearson(new NaturalRanking().rank(a), new NaturalRanking().rank(b)), within(1e-12));
			}
		}
	}

	@Test
	void twoPassPearsonLosesNoDigitsToLargeMeans() {
		for (long seed = 1; seed <= 500; seed++) {
			Random rng = new Random(seed);
			int n = 10 + rng.nextInt(800);
			double offset = rng.nextInt(3) == 0 ? 0 : rng.nextDouble() * 1e6;
			double scale = Math.pow(10, rng.nextInt(7) - 3);
			double[] a = new double[n];
			double[] b = new double[n];
			for (int i = 0; i < n; i++) {
				a[i] = offset + scale * rng.nextGaussian();
				b[i] = rng.nextGaussian() + (seed % 2 == 0 ? 0 : (a[i] - offset) / scale * 0.01);
			}
			assertThat(LaggedCorrelation.pearson(a, b)).as("seed %d", seed).isCloseTo(exactPearson(a, b), within(1e-13));
		}
	}

	/** Pearson's r by its definition, in 50-digit decimals. */
	private static double exactPearson(double[] a, double[] b) {
		MathContext digits = new MathContext(50);
		BigDecimal n = BigDecimal.valueOf(a.length);
		BigDecimal meanA = Arrays.stream(a).mapToObj(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, digits);
		BigDecimal meanB = Arrays.stream(b).mapToObj(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, digits);
		BigDecimal aa = BigDecimal.ZERO;
		BigDecimal bb = BigDecimal.ZERO;
		BigDecimal ab = BigDecimal.ZERO;
		for (int i = 0; i < a.length; i++) {
			BigDecimal da = new BigDecimal(a[i]).subtract(meanA);
			BigDecimal db = new BigDecimal(b[i]).subtract(meanB);
			aa = aa.add(da.multiply(da));
			bb = bb.add(db.multiply(db));
			ab = ab.add(da.multiply(db));
		}
		return ab.divide(aa.multiply(bb).sqrt(digits), digits).doubleValue();
	}

	@Test
	void bestLagNeedsSignificanceAfterBonferroniForTheFifteenLags() {
		// 0.05 / 15 = 0.00333: p = 0.01 is significant on its own lag but cannot be the best lag
		LaggedCorrelation.Lag weak = new LaggedCorrelation.Lag(3, 90, 0.27, 0.01, 0.07, 0.45, 0.25, 0.02, null);
		LaggedCorrelation.Lag strong = new LaggedCorrelation.Lag(2, 90, 0.40, 0.003, 0.21, 0.56, 0.38, 0.004, null);

		assertThat(weak.significant()).isTrue();
		assertThat(weak.significantAcrossLags()).isFalse();
		assertThat(strong.significantAcrossLags()).isTrue();
	}
}
