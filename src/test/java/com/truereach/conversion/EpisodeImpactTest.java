package com.truereach.conversion;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EpisodeImpactTest {

	/** A Saturday, like the demo's purchase. */
	private static final LocalDate EPISODE = LocalDate.of(2026, 10, 10);

	private static final EpisodeImpact.Episode BOUGHT = new EpisodeImpact.Episode(EpisodeImpact.Kind.BOUGHT, EPISODE,
			EPISODE, 5001L, new BigDecimal("75.015"), "USD");

	@Test
	void anExactTrendAndWeekdayPatternIsCarriedOnAndALiftIsMeasuredExactly() {
		// 42 days before: revenue = 100 + 2 x (days since the first of them), + 10 on Saturdays.
		// After (days 42..69): 28 x 100 + 2 x (42 + ... + 69) = 2,800 + 2 x 1,554 = 5,908, plus 4
		// Saturdays x 10 = 5,948 expected; 10 a day more is planted, so 6,228 observed, lift 280.
		LocalDate first = EPISODE.minusDays(42);
		Map<LocalDate, Double> revenue = new HashMap<>();
		for (int i = 0; i < 70; i++) {
			LocalDate day = first.plusDays(i);
			double value = 100 + 2 * i + (day.getDayOfWeek() == DayOfWeek.SATURDAY ? 10 : 0);
			revenue.put(day, value + (i >= 42 ? 10 : 0));
		}
		EpisodeImpact.Result result = EpisodeImpact.estimate(BOUGHT, "USD", revenue, Map.of(), first,
				EPISODE.plusDays(40), List.of());

		assertThat(result.estimated()).isTrue();
		assertThat(result.beforeDays()).isEqualTo(42);
		assertThat(result.control()).isFalse();
		assertThat(result.observed()).isCloseTo(6228, within(1e-6));
		assertThat(result.expected()).isCloseTo(5948, within(1e-6));
		assertThat(result.high() - result.low()).isCloseTo(0, within(1e-6));
		assertThat(result.lift()).isCloseTo(280, within(1e-6));
		assertThat(result.sentence()).isEqualTo("The ~5,000 followers bought on 2026-10-10 cost about 75 USD; revenue in "
				+ "the 28 days after was 6,228 USD against 5,948 [5,948, 5,948] expected: about 280 USD more than "
				+ "expected [280, 280].");
	}

	@Test
	void theOtherRevenueIsAControl() {
		// revenue = 20 + 0.5 x others, exactly; after: 28 x 20 + 0.5 x sum(others after) expected.
		Random random = new Random(7);
		LocalDate first = EPISODE.minusDays(91);
		Map<LocalDate, Double> revenue = new HashMap<>();
		Map<LocalDate, Double> others = new HashMap<>();
		double othersAfter = 0;
		for (int i = 0; i < 91 + 28; i++) {
			LocalDate day = first.plusDays(i);
			double other = 200 + 100 * random.nextDouble();
			others.put(day, other);
			revenue.put(day, 20 + 0.5 * other);
			othersAfter += i >= 91 ? other : 0;
		}
		EpisodeImpact.Result result = EpisodeImpact.estimate(BOUGHT, "USD", revenue, others, first.minusDays(30),
				EPISODE.plusDays(27), List.of());

		assertThat(result.control()).isTrue();
		assertThat(result.beforeDays()).isEqualTo(91);
		assertThat(result.beforeFrom()).isEqualTo(first);
		assertThat(result.expected()).isCloseTo(28 * 20 + 0.5 * othersAfter, within(1e-6));
		assertThat(result.lift()).isCloseTo(0, within(1e-6));
		assertThat(result.sentence()).endsWith("expected: no measurable lift.");
		assertThat(result.basis()).startsWith("fitted on 91 days before (2026-07-11 to 2026-10-09) with trend and "
				+ "weekday and the rest of the USD revenue as control; residual lag-1 autocorrelation ");
	}

	@Test
	void theIntervalHoldsParameterUncertaintyAndNoise() {
		// White noise around a constant: the interval's half width is t(0.975, n - 8) x s x
		// sqrt(a'(X'X)^-1 a + 28), never narrower than the noise of 28 days alone.
		Random random = new Random(3);
		LocalDate first = EPISODE.minusDays(91);
		Map<LocalDate, Double> revenue = new HashMap<>();
		for (int i = 0; i < 91 + 28; i++) {
			revenue.put(first.plusDays(i), 100 + 10 * random.nextGaussian());
		}
		EpisodeImpact.Result result = EpisodeImpact.estimate(BOUGHT, "USD", revenue, Map.of(), first,
				EPISODE.plusDays(27), List.of());

		double halfWidth = (result.high() - result.low()) / 2;
		double noiseOnly = 1.96 * 10 * Math.sqrt(28);
		assertThat(halfWidth).isGreaterThan(noiseOnly * 0.8).isLessThan(noiseOnly * 2);
		assertThat(result.expected()).isCloseTo(2800, within(3 * halfWidth));
	}

	@Test
	void theSumOfAutocorrelatedErrorsVariesMore() {
		assertThat(EpisodeImpact.sumVariance(28, 0)).isEqualTo(28);
		// 3 + 2 x (2 x 0.5 + 1 x 0.25) = 5.5
		assertThat(EpisodeImpact.sumVariance(3, 0.5)).isCloseTo(5.5, within(1e-12));
	}

	@Test
	void aRangeThatEndsTooSoonIsSaidPlainly() {
		EpisodeImpact.Result result = EpisodeImpact.estimate(BOUGHT, "USD", Map.of(), Map.of(),
				EPISODE.minusDays(200), EPISODE.plusDays(9), List.of());

		assertThat(result.estimated()).isFalse();
		assertThat(result.observed()).isNull();
		assertThat(result.sentence()).isEqualTo("The ~5,000 followers bought on 2026-10-10 cost about 75 USD; no revenue "
				+ "impact can be given: the range ends on 2026-10-19, 10 days into the episode; its revenue impact "
				+ "needs the 28 days to 2026-11-06.");
	}

	@Test
	void tooFewDaysBeforeAreSaidPlainly() {
		EpisodeImpact.Result result = EpisodeImpact.estimate(
				new EpisodeImpact.Episode(EpisodeImpact.Kind.SPIKE, EPISODE, EPISODE.plusDays(2), 1234L, null, "USD"),
				"EUR", Map.of(), Map.of(), EPISODE.minusDays(30), EPISODE.plusDays(60), List.of());

		assertThat(result.reason()).isEqualTo("only 30 days of revenue before the episode (from 2026-09-10); its revenue "
				+ "impact needs at least 42 to learn the usual revenue from");
		assertThat(result.sentence()).startsWith("The spike of ~1,200 followers from 2026-10-10 to 2026-10-12: no revenue");
	}

	@Test
	void anEarlierEpisodeIsNotPartOfTheBaseline() {
		// An episode 60 days before: its 28 days are left out, 32 days remain, too few.
		EpisodeImpact.Result result = EpisodeImpact.estimate(BOUGHT, "USD", Map.of(), Map.of(), EPISODE.minusDays(200),
				EPISODE.plusDays(60), List.of(EPISODE.minusDays(60)));

		assertThat(result.beforeFrom()).isEqualTo(EPISODE.minusDays(32));
		assertThat(result.reason()).startsWith("only 32 days of revenue before the episode");
	}
}
