package com.truereach.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.truereach.domain.Platform;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.RevenueEvent.Kind;
import com.truereach.domain.TrafficRow;
import com.truereach.domain.Utm;

class RevenueAttributionTest {

	private static final LocalDate MAY1 = LocalDate.of(2026, 5, 1);

	private static final LocalDate MAY4 = MAY1.plusDays(3);

	private static final LocalDate APR21 = MAY1.minusDays(10);

	private static final AccountRef IG = new AccountRef("ig", Platform.INSTAGRAM, "shop", "Shop", null);

	private static final AccountRef X = new AccountRef("x", Platform.X, "shop", "Shop on X", null);

	private static final Utm IG_UTM = new Utm("ig", "social", "", "", "");

	private static final Utm X_REFERRER = new Utm("", "", "", "", "https://t.co/abc");

	private static final Utm NEWSLETTER = new Utm("newsletter", "email", "", "", "");

	private static RevenueEvent event(String id, LocalDate day, Kind kind, String amount, String currency, Utm utm) {
		return new RevenueEvent(id, day, kind, new BigDecimal(amount), currency, utm);
	}

	private static RevenueAttribution.Attributed attribute(List<RevenueEvent> events, List<TrafficRow> traffic) {
		RevenueAttribution attribution = new RevenueAttribution(List.of(IG, X), List.of(), CurrencyRates.none(), MAY1,
				MAY4, APR21);
		events.forEach(attribution::add);
		traffic.forEach(attribution::add);
		return attribution.finish();
	}

	private static final List<RevenueEvent> EVENTS = List.of(
			event("A0", MAY1.minusDays(21), Kind.SALE, "7.00", "EUR", IG_UTM),
			event("A1", MAY1.minusDays(6), Kind.SALE, "40.00", "EUR", IG_UTM),
			event("A2", MAY1.minusDays(6), Kind.SALE, "10.00", "EUR", NEWSLETTER),
			event("A3", MAY1, Kind.SALE, "100.00", "EUR", IG_UTM),
			event("A3", MAY1.plusDays(1), Kind.REFUND, "-30.00", "EUR", IG_UTM),
			event("A5", MAY1.plusDays(1), Kind.FAILED, "9.00", "EUR", IG_UTM),
			event("A6", MAY1.plusDays(2), Kind.SALE, "50.00", "EUR", X_REFERRER),
			event("A7", MAY1.plusDays(2), Kind.SALE, "20.00", "EUR", NEWSLETTER),
			event("A8", MAY4, Kind.SALE, "5.00", "USD", IG_UTM));

	@Test
	void eachAccountGetsItsRevenueOfTheRangeAndTheDaysBeforeItForTheEpisodes() {
		RevenueAttribution.Attributed attributed = attribute(EVENTS, List.of());
		AccountRevenue ig = attributed.byAccount().get("ig");
		AccountRevenue x = attributed.byAccount().get("x");

		assertThat(attributed.byAccount()).containsOnlyKeys("ig", "x");
		// EUR sales 100.00 beat USD 5.00; A1 is before the range: no sale of the range, but a day for the episodes
		assertThat(ig.currency()).isEqualTo("EUR");
		assertThat(ig.grossSales()).isEqualByComparingTo("100.00");
		assertThat(ig.refundedAmount()).isEqualByComparingTo("30.00");
		assertThat(ig.revenue()).isEqualByComparingTo("70.00");
		assertThat(ig.currencyOrders()).isEqualTo(1);
		// A3 in EUR and A8 in USD
		assertThat(ig.orders()).isEqualTo(2);
		assertThat(ig.refunds()).isEqualTo(1);
		assertThat(ig.failedPayments()).isEqualTo(1);
		assertThat(ig.sessions()).isNull();
		assertThat(ig.daily()).extracting(d -> d.day() + " " + d.revenue().toPlainString() + " " + d.orders())
			.containsExactly("2026-04-25 40.00 1", "2026-05-01 100.00 1", "2026-05-02 -30.00 0");
		assertThat(ig.otherCurrencies()).containsOnlyKeys("USD");
		assertThat(ig.otherCurrencies().get("USD")).isEqualByComparingTo("5.00");
		assertThat(ig.otherCurrencyOrders()).containsEntry("USD", 1L);
		assertThat(x.currency()).isEqualTo("EUR");
		assertThat(x.revenue()).isEqualByComparingTo("50.00");
		assertThat(x.daily()).extracting(d -> d.day() + " " + d.revenue().toPlainString())
			.containsExactly("2026-05-03 50.00");
	}

	@Test
	void theOverviewHoldsTheUnattributedRestTheNotesAndEveryonesRevenuePerDay() {
		RevenueOverview overview = attribute(EVENTS, List.of()).overview();

		// range sales: EUR 100 + 50 + 20 = 170, USD 5
		assertThat(overview.currency()).isEqualTo("EUR");
		// A7 only: A2 is before the range
		assertThat(overview.unattributed().totalByCurrency()).containsOnlyKeys("EUR");
		assertThat(overview.unattributed().totalByCurrency().get("EUR")).isEqualByComparingTo("20.00");
		assertThat(overview.unattributed().orders()).isEqualTo(1);
		assertThat(overview.unattributed().topSources()).extracting(Unattributed.Source::source)
			.containsExactly("newsletter / email");
		// A0 lies before the first day the episodes look at; A1 and A2 are the first known day
		assertThat(overview.knownFrom()).isEqualTo(MAY1.minusDays(6));
		// Apr 25: 40 + 10; May 1: 100; May 2: -30 (the failed 9 is no revenue); May 3: 50 + 20
		assertThat(overview.totals()).containsOnlyKeys("EUR", "USD");
		assertThat(overview.totals().get("EUR")).extracting(d -> d.day() + " " + d.revenue().toPlainString())
			.containsExactly("2026-04-25 50.00", "2026-05-01 100.00", "2026-05-02 -30.00", "2026-05-03 70.00");
		assertThat(overview.totals().get("USD")).extracting(d -> d.day() + " " + d.revenue().toPlainString())
			.containsExactly("2026-05-04 5.00");
		assertThat(overview.notes()).first()
			.isEqualTo("1 revenue events dated outside 2026-05-01 .. 2026-05-04 are not counted (a refund counts on its"
					+ " own day, even for an earlier sale)");
		assertThat(overview.notes().get(1)).isEqualTo("No conversion rates: currencies are kept apart and never added."
				+ " Each account is analysed in the currency of most of its sales (EUR: ig, x); revenue in other"
				+ " currencies is shown beside it: ig USD 5.00 net (1 order). Unattributed: EUR 20.00 net. Give rates in"
				+ " the job definition to add them up");
	}

	@Test
	void anAccountWithDatedSessionsIgnoresItsUndatedOnes() {
		List<TrafficRow> traffic = List.of(
				new TrafficRow(MAY1.plusDays(1), null, null, new Utm("instagram", "social", "", "", ""), 30, 1, null, ""),
				new TrafficRow(null, MAY1, MAY4, new Utm("instagram", "social", "", "", ""), 200, 3, null, ""),
				new TrafficRow(null, MAY1, MAY4, new Utm("t.co", "referral", "", "", ""), 40, 0, null, ""),
				new TrafficRow(MAY4.plusDays(1), null, null, new Utm("t.co", "referral", "", "", ""), 99, 0, null, ""));
		RevenueAttribution.Attributed attributed = attribute(List.of(), traffic);

		// Instagram: its dated 30, not the undated 200; X: the undated 40 (its dated row is after the range)
		assertThat(attributed.byAccount().get("ig").sessions()).isEqualTo(30);
		assertThat(attributed.byAccount().get("x").sessions()).isEqualTo(40);
		// no revenue at all: known from the end of the range, in no currency
		assertThat(attributed.overview().knownFrom()).isEqualTo(MAY4);
		assertThat(attributed.overview().currency()).isEmpty();
	}

	@Test
	void theEpisodesRevenueCannotStartAfterTheRange() {
		assertThatThrownBy(() -> new RevenueAttribution(List.of(IG), List.of(), CurrencyRates.none(), MAY1, MAY4,
				MAY1.plusDays(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("on or before");
	}
}
