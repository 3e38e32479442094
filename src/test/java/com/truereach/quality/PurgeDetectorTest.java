package com.truereach.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.truereach.domain.Platform;

class PurgeDetectorTest {

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	private static final LocalDate END = LocalDate.of(2026, 4, 30);

	private static final LocalDate PURGE = LocalDate.of(2026, 3, 20);

	/** {@code dropping} of {@code total} accounts lose 6% of their previous total on {@link #PURGE}. */
	static List<AccountSeries> accounts(Platform platform, int total, int dropping) {
		List<AccountSeries> accounts = new ArrayList<>();
		for (int a = 0; a < total; a++) {
			SyntheticSeries synthetic = new SyntheticSeries(START, END, 10_000L * (a + 1));
			if (a < dropping) {
				synthetic.add(synthetic.lost, PURGE, Math.round(0.06 * synthetic.followers(PURGE.minusDays(1))));
			}
			accounts.add(synthetic.build(platform.name() + a, platform));
		}
		return accounts;
	}

	@Test
	void sameDayDropAcrossMostAccountsOfAPlatform() {
		List<AccountSeries> accounts = new ArrayList<>(accounts(Platform.X, 5, 4));
		accounts.addAll(accounts(Platform.INSTAGRAM, 3, 1));

		List<PurgeDay> purges = PurgeDetector.detect(accounts);

		// 4 of 5 X accounts >= 3 and >= 50%; Instagram 1 of 3 is neither
		assertThat(purges).singleElement().satisfies(purge -> {
			assertThat(purge.platform()).isEqualTo(Platform.X);
			assertThat(purge.day()).isEqualTo(PURGE);
			assertThat(purge.accountsAffected()).isEqualTo(4);
			assertThat(purge.known()).isFalse();
			// each loses 6% of its total plus its usual net change of about +20 back: just under 6%
			assertThat(purge.medianDropShare()).isCloseTo(0.06, within(0.002));
		});
	}

	@Test
	void tooFewOrTooSmallAShareIsNoPurge() {
		assertThat(PurgeDetector.detect(accounts(Platform.X, 3, 2))).isEmpty();
		assertThat(PurgeDetector.detect(accounts(Platform.X, 8, 3))).isEmpty();
	}

	@Test
	void announcedDatesCountWithASingleAccount() {
		SyntheticSeries synthetic = new SyntheticSeries(LocalDate.of(2018, 5, 1), LocalDate.of(2018, 8, 31), 25_000);
		LocalDate day = LocalDate.of(2018, 7, 12);
		synthetic.add(synthetic.lost, day, 1_500);

		List<PurgeDay> purges = PurgeDetector.detect(List.of(synthetic.build("x", Platform.X)));

		assertThat(purges).singleElement().satisfies(purge -> {
			assertThat(purge.day()).isEqualTo(day);
			assertThat(purge.known()).isTrue();
			assertThat(purge.accountsAffected()).isEqualTo(1);
		});
		assertThat(PurgeDetector.isKnown(Platform.X, LocalDate.of(2018, 7, 11))).isTrue();
		assertThat(PurgeDetector.isKnown(Platform.X, LocalDate.of(2018, 7, 14))).isFalse();
		assertThat(PurgeDetector.isKnown(Platform.INSTAGRAM, LocalDate.of(2018, 11, 19))).isTrue();
		assertThat(PurgeDetector.isKnown(Platform.FACEBOOK, LocalDate.of(2018, 11, 19))).isFalse();
	}
}
