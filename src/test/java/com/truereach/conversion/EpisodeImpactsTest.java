package com.truereach.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.truereach.domain.Platform;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.RevenueEvent.Kind;
import com.truereach.domain.Utm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EpisodeImpactsTest {

	private static final AccountRef IG = new AccountRef("ig", Platform.INSTAGRAM, "shop", "Shop", null);

	private static final AccountRef X = new AccountRef("x", Platform.X, "shop", "Shop on X", null);

	private static final Utm IG_UTM = new Utm("ig", "social", "", "", "");

	private static final Utm X_UTM = new Utm("x", "social", "", "", "");

	private static final LocalDate EPISODE = LocalDate.of(2026, 10, 10);

	@Test
	void theControlIsEverythingElseInTheAccountsCurrencyAndFailedPaymentsAreNoRevenue() {
		// Instagram sells 20 + half of what X and the newsletter sell together, every day exactly; a
		// failed 1,000 and a EUR sale a day (less than its USD sales: it is analysed in USD) must change
		// nothing: the fit is exact and the lift 0
		List<RevenueEvent> events = new ArrayList<>();
		LocalDate first = EPISODE.minusDays(91);
		double othersAfter = 0;
		for (int i = 0; i < 91 + 28; i++) {
			LocalDate day = first.plusDays(i);
			int x = 100 + (i * 37) % 90;
			int newsletter = 50 + (i * 11) % 40;
			events.add(sale("x" + i, day, x, "USD", X_UTM));
			events.add(sale("n" + i, day, newsletter, "USD", new Utm("newsletter", "email", "", "", "")));
			events.add(sale("i" + i, day, 20 + 0.5 * (x + newsletter), "USD", IG_UTM));
			events.add(sale("e" + i, day, 5, "EUR", IG_UTM));
			events.add(new RevenueEvent("f" + i, day, Kind.FAILED, new BigDecimal("1000"), "USD", IG_UTM));
			othersAfter += i >= 91 ? x + newsletter : 0;
		}
		EpisodeImpact.Episode episode = new EpisodeImpact.Episode(EpisodeImpact.Kind.BOUGHT, EPISODE, EPISODE, 1000L,
				null, "USD");
		LocalDate last = EPISODE.plusDays(27);
		RevenueAttribution attribution = new RevenueAttribution(List.of(IG, X), List.of(),
				CurrencyRates.of("USD", Map.of()), first, last, first);
		events.forEach(attribution::add);
		RevenueAttribution.Attributed attributed = attribution.finish();
		EpisodeImpacts impacts = EpisodeImpacts.assess(List.of(episode), attributed.byAccount().get("ig"),
				attributed.overview(), last);

		assertThat(EpisodeImpacts.assess(List.of(), attributed.byAccount().get("x"), attributed.overview(), last)
			.episodes()).isEmpty();
		EpisodeImpact.Result result = impacts.episodes().get(0);
		assertThat(result.currency()).isEqualTo("USD");
		assertThat(result.control()).isTrue();
		assertThat(result.observed()).isCloseTo(28 * 20 + 0.5 * othersAfter, within(1e-6));
		assertThat(result.expected()).isCloseTo(result.observed(), within(1e-6));
		assertThat(result.sentence()).endsWith("expected: no measurable lift.");
	}

	private static RevenueEvent sale(String id, LocalDate day, double amount, String currency, Utm utm) {
		return new RevenueEvent(id, day, Kind.SALE, BigDecimal.valueOf(amount), currency, utm);
	}
}
