package com.truereach.conversion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The impact interval over 100 generated shops (seeds 1..100). Revenue is made the way a shop
 * makes it, not the way the model assumes: orders are Poisson counts whose rate has a trend, a
 * weekend high and a day-to-day demand shock that lingers (AR(1), 0.5) and that the rest of the shop
 * shares; order values are log-normal. The planted lift is extra orders after the episode, and the
 * lift the interval must hold is the sum of exactly those orders.
 */
class EpisodeImpactCalibrationTest {

	private static final List<Long> SEEDS = LongStream.rangeClosed(1, 100).boxed().toList();

	private static final LocalDate EPISODE = LocalDate.of(2026, 10, 10);

	private static final int BEFORE = 120;

	private static final EpisodeImpact.Episode BOUGHT = new EpisodeImpact.Episode(EpisodeImpact.Kind.BOUGHT, EPISODE,
			EPISODE, 5000L, null, "USD");

	@Test
	void aPlantedLiftLiesInsideTheIntervalInAtLeast90Percent() {
		assertThat(measured("planted lift (1.5 extra orders a day) inside the lift's 95% interval", 1.5, true,
				Check.COVERS_PLANTED)).isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void withoutALiftTheIntervalOfTheLiftCoversZeroInAtLeast90Percent() {
		assertThat(measured("no lift, the lift's interval covers 0", 0, true, Check.COVERS_PLANTED))
			.isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void withoutAControlTheIntervalOfTheLiftStillCoversZero() {
		assertThat(measured("no lift, no control series, the lift's interval covers 0", 0, false,
				Check.COVERS_PLANTED)).isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void aLiftOfAboutHalfTheRevenueIsSeen() {
		// 3 extra orders a day on about 6.5: the interval is narrow enough to tell it from nothing
		// most of the time (1.5 a day, about a quarter, is told in 39%: the 28 days are short)
		assertThat(measured("a lift of 3 orders a day (about 45%) excludes 0", 3, true, Check.EXCLUDES_ZERO))
			.isGreaterThanOrEqualTo(0.75);
	}

	/** The share of data sets where {@code check} holds, printed for the closing note. */
	private static double measured(String what, double extraOrdersPerDay, boolean withControl, Check check) {
		double rate = share(extraOrdersPerDay, withControl, check);
		System.out.println("episode impact: " + what + " in " + Math.round(rate * 100) + "% of " + SEEDS.size()
				+ " data sets");
		return rate;
	}

	private enum Check {
		COVERS_PLANTED, EXCLUDES_ZERO
	}

	private static double share(double extraOrdersPerDay, boolean withControl, Check check) {
		int hits = 0;
		for (long seed : SEEDS) {
			Shop shop = Shop.generate(seed, extraOrdersPerDay);
			EpisodeImpact.Result result = EpisodeImpact.estimate(BOUGHT, "USD", shop.account,
					withControl ? shop.others : Map.of(), EPISODE.minusDays(BEFORE),
					EPISODE.plusDays(EpisodeImpact.AFTER_DAYS - 1), List.of());
			boolean hit = switch (check) {
				case COVERS_PLANTED -> result.liftLow() <= shop.planted && shop.planted <= result.liftHigh();
				case EXCLUDES_ZERO -> result.liftLow() > 0;
			};
			hits += hit ? 1 : 0;
		}
		return hits / (double) SEEDS.size();
	}

	/** The account's and the rest of the shop's daily revenue, and the planted lift's exact sum. */
	private record Shop(Map<LocalDate, Double> account, Map<LocalDate, Double> others, double planted) {

		static Shop generate(long seed, double extraOrdersPerDay) {
			RandomGenerator random = new Well19937c(seed);
			Map<LocalDate, Double> account = new HashMap<>();
			Map<LocalDate, Double> others = new HashMap<>();
			double planted = 0;
			double shock = 0;
			LocalDate first = EPISODE.minusDays(BEFORE);
			for (int i = 0; i < BEFORE + EpisodeImpact.AFTER_DAYS; i++) {
				LocalDate day = first.plusDays(i);
				shock = 0.5 * shock + 0.2 * random.nextGaussian();
				boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
				double level = Math.exp(shock + (weekend ? 0.3 : 0) + 0.002 * i);
				account.put(day, orders(random, 5 * level));
				others.put(day, orders(random, 20 * level));
				if (i >= BEFORE && extraOrdersPerDay > 0) {
					double extra = orders(random, extraOrdersPerDay);
					planted += extra;
					account.merge(day, extra, Double::sum);
				}
			}
			return new Shop(account, others, planted);
		}

		/** The revenue of a Poisson number of orders, each log-normal around 35. */
		private static double orders(RandomGenerator random, double mean) {
			int count = new PoissonDistribution(random, mean, PoissonDistribution.DEFAULT_EPSILON,
					PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
			double sum = 0;
			for (int k = 0; k < count; k++) {
				sum += Math.exp(Math.log(35) - 0.125 + 0.5 * random.nextGaussian());
			}
			return sum;
		}
	}
}
