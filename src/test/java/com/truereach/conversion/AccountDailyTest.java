package com.truereach.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AccountDailyTest {

	private static final LocalDate MAY1 = LocalDate.of(2026, 5, 1);

	@Test
	void cleanGainsAreTheChangeSinceTheHistorysDayBeforeAndUnknownNextToAnUnknownDay() {
		List<AccountDaily.Observed> days = List.of(
				new AccountDaily.Observed(MAY1.minusDays(1), 100L, 90L, 2L, 7L, 1L),
				new AccountDaily.Observed(MAY1, 105L, 92L, 5L, 8L, 2L),
				new AccountDaily.Observed(MAY1.plusDays(1), 110L, null, 5L, 9L, null),
				new AccountDaily.Observed(MAY1.plusDays(2), 112L, 95L, 2L, 3L, 4L),
				new AccountDaily.Observed(MAY1.plusDays(3), 113L, 97L, 1L, 3L, 4L));

		// May 1: 92 - 90 = 2 (Apr 30 is before the range, still the day before); May 2: clean unknown;
		// May 3: the day before unknown; May 4 is after the range
		assertThat(AccountDaily.inRange(days, MAY1, MAY1.plusDays(2))).containsExactly(
				new AccountDaily(MAY1, 105L, 92L, 5L, 2L, 8L, 2L),
				new AccountDaily(MAY1.plusDays(1), 110L, null, 5L, null, 9L, null),
				new AccountDaily(MAY1.plusDays(2), 112L, 95L, 2L, null, 3L, 4L));
	}

	@Test
	void boughtFollowersCostThePricePerThousandTimesTheirNumber() {
		// 16.00 x 5,000 / 1,000 = 80.00
		EpisodeImpact.Episode bought = EpisodeImpact.Episode.bought(MAY1, MAY1.plusDays(2), 5000L,
				new BigDecimal("16.00"), "USD");
		assertThat(bought.kind()).isEqualTo(EpisodeImpact.Kind.BOUGHT);
		assertThat(bought.cost()).isEqualByComparingTo("80.00");
		assertThat(bought.costCurrency()).isEqualTo("USD");
		assertThat(EpisodeImpact.Episode.bought(MAY1, MAY1, 5000L, null, "USD").cost()).isNull();
		assertThat(EpisodeImpact.Episode.bought(MAY1, MAY1, null, new BigDecimal("16.00"), null).cost()).isNull();
		assertThat(EpisodeImpact.Episode.bought(MAY1, MAY1, null, null, null).costCurrency()).isEmpty();
		EpisodeImpact.Episode spike = EpisodeImpact.Episode.spike(MAY1, MAY1, 1200L, "USD");
		assertThat(spike.kind()).isEqualTo(EpisodeImpact.Kind.SPIKE);
		assertThat(spike.followers()).isEqualTo(1200);
		assertThat(spike.cost()).isNull();
	}
}
