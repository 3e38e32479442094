package com.truereach.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.truereach.domain.Platform;
import com.truereach.domain.RevenueEvent.Kind;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.TrafficRow;
import com.truereach.domain.Utm;

class ConversionAnalysisTest {

	private static final LocalDate MAY1 = LocalDate.of(2026, 5, 1);

	private static final LocalDate MAY2 = MAY1.plusDays(1);

	private static final LocalDate MAY3 = MAY1.plusDays(2);

	private static final LocalDate MAY4 = MAY1.plusDays(3);

	private static final AccountRef IG = new AccountRef("ig", Platform.INSTAGRAM, "shop", "Shop", new BigDecimal("16.00"));

	private static final AccountRef X = new AccountRef("x", Platform.X, "shop", "Shop on X", null);

	private static final AccountRef LI = new AccountRef("li", Platform.LINKEDIN, "shop", "Shop on LinkedIn", null);

	private static final List<AttributionRule> RULES = List
		.of(new AttributionRule(null, null, null, "li-*", null, null, "li"));

	private static final Utm IG_UTM = new Utm("ig", "social", "", "link_in_bio", "");

	private static final Utm X_REFERRER = new Utm("", "", "", "", "https://t.co/abc");

	private static final Utm MACRO = new Utm("{{site_source_name}}", "paid", "", "", "");

	private static final Utm NEWSLETTER = new Utm("newsletter", "email", "", "", "");

	private static RevenueEvent event(String id, LocalDate day, Kind kind, String amount, String currency, Utm utm) {
		return new RevenueEvent(id, day, kind, new BigDecimal(amount), currency, utm);
	}

	private static final List<RevenueEvent> REVENUE = List.of(
			event("O1", MAY1, Kind.SALE, "100.00", "EUR", IG_UTM),
			event("O2", MAY2, Kind.SALE, "50.00", "EUR", X_REFERRER),
			event("O3", MAY3, Kind.SALE, "30.00", "EUR", NEWSLETTER),
			event("O1", MAY4, Kind.REFUND, "-40.00", "EUR", IG_UTM),
			event("O4", MAY4, Kind.SALE, "20.00", "EUR", new Utm("", "", "li-spring", "", "")),
			event("O5", MAY2, Kind.FAILED, "10.00", "EUR", IG_UTM),
			event("O6", MAY1.minusDays(1), Kind.SALE, "999.00", "EUR", IG_UTM),
			event("O7", MAY3, Kind.SALE, "25.00", "EUR", MACRO));

	private static final Map<String, List<AccountDaily>> SERIES = Map.of(
			"ig", List.of(
					new AccountDaily(MAY1, 1000L, 800L, 10L, 2L, 50L, 20L),
					new AccountDaily(MAY2, 1010L, 801L, 10L, 1L, 40L, 10L),
					new AccountDaily(MAY3, 1020L, 803L, 10L, 2L, 30L, null),
					new AccountDaily(MAY4, 1030L, 805L, 10L, 2L, 30L, 10L)),
			"x", List.of(
					new AccountDaily(MAY1, 500L, null, null, null, null, 5L),
					new AccountDaily(MAY2, 500L, null, null, null, null, 5L),
					new AccountDaily(MAY3, 500L, null, null, null, null, 5L),
					new AccountDaily(MAY4, 500L, null, null, null, null, 5L)));

	private static final List<TrafficRow> TRAFFIC = List.of(
			new TrafficRow(null, MAY1, MAY4, new Utm("instagram", "social", "", "", ""), 200, 3, null, ""),
			new TrafficRow(null, MAY1, MAY4.plusDays(1), new Utm("t.co", "referral", "", "", ""), 999, 0, null, ""));

	private static ConversionReport analyse(List<RevenueEvent> revenue, CurrencyRates rates) {
		return ConversionReport.analyse(List.of(IG, X, LI), SERIES, revenue, TRAFFIC, RULES, rates, MAY1, MAY4);
	}

	@Test
	void everyMetricOfTheInstagramAccount() {
		AccountConversion ig = analyse(REVENUE, CurrencyRates.none()).byAccount().get("ig");

		assertThat(ig.currency()).isEqualTo("EUR");
		// O1 100.00 on May 1, refunded 40.00 on May 4; O6 is dated before the range; O5 failed
		assertThat(ig.grossSales()).isEqualByComparingTo("100.00");
		assertThat(ig.refundedAmount()).isEqualByComparingTo("40.00");
		assertThat(ig.revenue()).isEqualByComparingTo("60.00");
		assertThat(ig.orders()).isEqualTo(1);
		assertThat(ig.refunds()).isEqualTo(1);
		assertThat(ig.failedPayments()).isEqualTo(1);
		// 100.00 gross / 1 order
		assertThat(ig.averageOrderValue()).isEqualByComparingTo("100");
		// GA4 gives 200 instagram sessions for May 1-4: 1 / 200 = 0.005
		assertThat(ig.conversionRate()).isEqualByComparingTo("0.005");
		assertThat(ig.conversionFormula()).isEqualTo("attributed orders / GA4 sessions attributed to the account = 1 / 200");
		// 60.00 x 1000 / 1030 = 58.2524...; 60.00 x 1000 / 805 = 74.5341...
		assertThat(ig.reportedFollowersEnd()).isEqualTo(1030);
		assertThat(ig.cleanFollowersEnd()).isEqualTo(805);
		assertThat(ig.revenuePer1000Reported())
			.isEqualByComparingTo(new BigDecimal("60000").divide(new BigDecimal("1030"), MathContext.DECIMAL128));
		assertThat(Money.display(ig.revenuePer1000Reported())).isEqualTo("58.25");
		assertThat(Money.display(ig.revenuePer1000Clean())).isEqualTo("74.53");
		// interactions 50 + 40 + 30 + 30 = 150; 60.00 / 150 = 0.4
		assertThat(ig.engagements()).isEqualTo(150);
		assertThat(ig.revenuePerEngagedUser()).isEqualByComparingTo("0.4");
		// gains 4 x 10 = 40 reported, 2 + 1 + 2 + 2 = 7 clean
		assertThat(ig.followerGrowthRaw()).isEqualTo(40);
		assertThat(ig.followerGrowthClean()).isEqualTo(7);
		// 4 days: first half May 1-2 = 100 + 0, second half May 3-4 = 0 - 40; (-40 - 100) / 100 = -1.4
		assertThat(ig.revenueFirstHalf()).isEqualByComparingTo("100");
		assertThat(ig.revenueSecondHalf()).isEqualByComparingTo("-40");
		assertThat(ig.revenueGrowth()).isEqualByComparingTo("-1.4");
		assertThat(ig.daily())
			.extracting(d -> d.day() + " " + d.revenue().toPlainString() + " " + d.orders())
			.containsExactly("2026-05-01 100.00 1", "2026-05-02 0 0", "2026-05-03 0 0", "2026-05-04 -40.00 0");
		// fake = 1030 - 805 = 225 followers; 16.00 x 225 / 1000 = 3.60
		assertThat(ig.fakeFollowers()).isEqualTo(225);
		assertThat(ig.fakeSpend()).isEqualByComparingTo("3.60");
		// 4 days cannot carry a correlation
		assertThat(ig.verdict()).isEqualTo("follower growth (reported and clean) has too little data to judge "
				+ "(4 paired days, 28 needed); engagement has too little data to judge (4 paired days, 28 needed)");
		assertThat(ig.otherCurrencies()).isEmpty();
	}

	@Test
	void linkClicksAreTheDenominatorWithoutSessionsAndMissingDataStaysNull() {
		ConversionReport report = analyse(REVENUE, CurrencyRates.none());
		AccountConversion x = report.byAccount().get("x");
		AccountConversion li = report.byAccount().get("li");

		// the t.co GA4 row covers May 1-5, beyond the range: not used; clicks 4 x 5 = 20: 1 / 20
		assertThat(x.revenue()).isEqualByComparingTo("50.00");
		assertThat(x.conversionRate()).isEqualByComparingTo("0.05");
		assertThat(x.conversionFormula()).isEqualTo("attributed orders / link clicks = 1 / 20");
		// 50.00 x 1000 / 500 = 100
		assertThat(x.revenuePer1000Reported()).isEqualByComparingTo("100");
		assertThat(x.revenuePer1000Clean()).isNull();
		assertThat(x.fakeFollowers()).isNull();
		assertThat(x.fakeSpend()).isNull();
		// first half May 1-2 = 50.00 (O2), second half May 3-4 = 0: (0 - 50) / 50 = -1
		assertThat(x.revenueGrowth()).isEqualByComparingTo("-1");

		assertThat(li.revenue()).isEqualByComparingTo("20.00");
		assertThat(li.conversionRate()).isNull();
		assertThat(li.conversionFormula()).startsWith("no GA4 sessions and no link clicks");
		assertThat(li.revenuePer1000Reported()).isNull();
		assertThat(li.revenuePerEngagedUser()).isNull();
		assertThat(li.followerGrowthRaw()).isNull();
		// O4 on May 4 only: first half 0, growth from nothing is undefined
		assertThat(li.revenueGrowth()).isNull();
		assertThat(li.verdict()).contains("has too little data to judge (0 paired days, 28 needed)");
	}

	@Test
	void unattributedRevenueIsKeptWithItsReasons() {
		ConversionReport report = analyse(REVENUE, CurrencyRates.none());
		Unattributed un = report.unattributed();

		// O3 newsletter 30.00 + O7 macro 25.00 = 55.00
		assertThat(un.totalByCurrency()).containsOnlyKeys("EUR");
		assertThat(un.totalByCurrency().get("EUR")).isEqualByComparingTo("55.00");
		assertThat(un.orders()).isEqualTo(2);
		assertThat(un.topSources()).extracting(s -> s.source() + " | " + s.amount().toPlainString() + " | " + s.reason())
			.containsExactly("newsletter / email | 30.00 | utm_source 'newsletter' is not a known social platform",
					"{{site_source_name}} / paid | 25.00 | unresolved ad macro '{{site_source_name}}' in utm_source: platform unknown");
		assertThat(report.notes()).anyMatch(n -> n.startsWith("1 revenue events dated outside 2026-05-01 .. 2026-05-04"))
			.anyMatch(n -> n.startsWith("1 revenue events carry an unresolved ad macro"))
			.anyMatch(n -> n.startsWith("1 GA4 rows without a date cover a period"));
	}

	@Test
	void aRefundOfASaleBeforeTheRangeCountsOnItsOwnDay() {
		List<RevenueEvent> revenue = List.of(event("O0", MAY1.minusDays(10), Kind.SALE, "80.00", "EUR", IG_UTM),
				event("O0", MAY3, Kind.REFUND, "-80.00", "EUR", IG_UTM));
		AccountConversion ig = analyse(revenue, CurrencyRates.none()).byAccount().get("ig");

		// the sale is outside the range, its refund inside: revenue 0 - 80 = -80, on May 3
		assertThat(ig.revenue()).isEqualByComparingTo("-80.00");
		assertThat(ig.orders()).isZero();
		assertThat(ig.refunds()).isEqualTo(1);
		assertThat(ig.averageOrderValue()).isNull();
		assertThat(ig.daily().get(2).revenue()).isEqualByComparingTo("-80.00");
	}

	private static final List<RevenueEvent> MULTI_CURRENCY = List.of(
			event("U1", MAY1, Kind.SALE, "100.00", "usd", IG_UTM),
			event("E1", MAY2, Kind.SALE, "50.00", "EUR", IG_UTM),
			event("E2", MAY3, Kind.SALE, "60.00", "EUR", IG_UTM),
			event("E2", MAY4, Kind.REFUND, "-5.00", "EUR", IG_UTM),
			event("G1", MAY4, Kind.SALE, "5.00", "GBP", NEWSLETTER));

	@Test
	void withoutRatesCurrenciesAreKeptApart() {
		ConversionReport report = analyse(MULTI_CURRENCY, CurrencyRates.none());
		AccountConversion ig = report.byAccount().get("ig");

		// EUR sales 50 + 60 = 110 beat USD 100: the account is analysed in EUR; revenue 110 - 5 = 105;
		// the USD order is an order too (3 in all), its money kept apart
		assertThat(ig.currency()).isEqualTo("EUR");
		assertThat(ig.revenue()).isEqualByComparingTo("105.00");
		assertThat(ig.orders()).isEqualTo(3);
		assertThat(Money.display(ig.averageOrderValue())).isEqualTo("55.00");
		assertThat(ig.otherCurrencies()).containsOnlyKeys("USD");
		assertThat(ig.otherCurrencies().get("USD")).isEqualByComparingTo("100.00");
		assertThat(ig.otherCurrencyOrders()).containsEntry("USD", 1L);
		assertThat(report.unattributed().totalByCurrency()).containsOnlyKeys("GBP");
		assertThat(report.notes()).anyMatch(n -> n.startsWith("No conversion rates: currencies are kept apart")
				&& n.contains("(EUR: ig, x, li)") && n.contains("ig USD 100.00 net (1 order)")
				&& n.contains("Unattributed: GBP 5.00 net."));
	}

	@Test
	void withoutRatesNoAccountLosesMoneyOrOrdersToAnotherAccountsCurrency() {
		List<RevenueEvent> events = List.of(event("U1", MAY1, Kind.SALE, "100.00", "USD", IG_UTM),
				event("U2", MAY2, Kind.SALE, "30.00", "USD", IG_UTM), event("E1", MAY2, Kind.SALE, "25.00", "EUR", IG_UTM),
				event("E2", MAY3, Kind.SALE, "40.00", "EUR", new Utm("x", "social", "", "", "")));
		ConversionReport report = analyse(events, CurrencyRates.of("USD", Map.of()));
		AccountConversion ig = report.byAccount().get("ig");
		AccountConversion x = report.byAccount().get("x");

		// the shop's main currency is USD, but X sold only in EUR: it is shown in EUR, not as 0.00 USD
		assertThat(x.currency()).isEqualTo("EUR");
		assertThat(x.revenue()).isEqualByComparingTo("40.00");
		assertThat(x.orders()).isEqualTo(1);
		// Instagram: 2 USD orders and 1 EUR order; the EUR money beside, the order counted
		assertThat(ig.currency()).isEqualTo("USD");
		assertThat(ig.revenue()).isEqualByComparingTo("130.00");
		assertThat(ig.orders()).isEqualTo(3);
		assertThat(ig.otherCurrencies()).containsOnlyKeys("EUR");
		assertThat(ig.otherCurrencies().get("EUR")).isEqualByComparingTo("25.00");
		assertThat(ig.otherCurrencyOrders()).containsEntry("EUR", 1L);
		// the price of followers is in USD, the report currency: priced for Instagram only
		assertThat(ig.fakeSpend()).isEqualByComparingTo("3.60");
		assertThat(report.notes()).anyMatch(n -> n.contains("(EUR: x; USD: ig, li)")
				&& n.contains("ig EUR 25.00 net (1 order)"));
	}

	@Test
	void withRatesEverythingIsConvertedExactly() {
		CurrencyRates rates = CurrencyRates.of("EUR", Map.of("USD", new BigDecimal("0.92"), "GBP", new BigDecimal("1.17")));
		ConversionReport report = analyse(MULTI_CURRENCY, rates);
		AccountConversion ig = report.byAccount().get("ig");

		// 100.00 x 0.92 = 92.0000, + 50.00 + 60.00 - 5.00 = 197.0000
		assertThat(ig.currency()).isEqualTo("EUR");
		assertThat(ig.revenue()).isEqualByComparingTo("197");
		assertThat(ig.orders()).isEqualTo(3);
		// gross 92 + 50 + 60 = 202 over 3 orders = 67.333...
		assertThat(Money.display(ig.averageOrderValue())).isEqualTo("67.33");
		assertThat(ig.otherCurrencies()).isEmpty();
		// 5.00 GBP x 1.17 = 5.85 EUR
		assertThat(report.unattributed().totalByCurrency().get("EUR")).isEqualByComparingTo("5.85");
	}

	@Test
	void aMissingRateStopsTheAnalysisNamingTheCurrency() {
		CurrencyRates rates = CurrencyRates.of("EUR", Map.of("USD", new BigDecimal("0.92")));

		assertThatThrownBy(() -> analyse(MULTI_CURRENCY, rates)).isInstanceOf(CurrencyRates.MissingRateException.class)
			.hasMessageContaining("no conversion rate from GBP to EUR");
	}

	@Test
	void engagementLeadingRevenueIsSaidInTheVerdict() {
		LocalDate from = MAY1;
		LocalDate to = MAY1.plusDays(29);
		List<AccountDaily> days = new ArrayList<>();
		List<RevenueEvent> revenue = new ArrayList<>();
		long[] engagement = new long[30];
		for (int t = 0; t < 30; t++) {
			engagement[t] = 20 + (t * 7) % 11 * 3 + t % 4;
			days.add(new AccountDaily(from.plusDays(t), 1000L + t, 900L + t, 1L, 1L, engagement[t], 10L));
		}
		// one order per day worth 2 x the interactions two days earlier
		for (int t = 2; t < 30; t++) {
			revenue.add(event("R" + t, from.plusDays(t), Kind.SALE, Long.toString(2 * engagement[t - 2]), "EUR", IG_UTM));
		}
		AccountConversion ig = ConversionReport
			.analyse(List.of(IG), Map.of("ig", days), revenue, List.of(), List.of(), CurrencyRates.none(), from, to)
			.byAccount()
			.get("ig");

		assertThat(ig.engagementVsRevenue().best().lag()).isEqualTo(2);
		// follower gains of 1 a day do not vary: nothing to correlate; the verdict has no statistics
		assertThat(ig.verdict()).isEqualTo("follower growth (reported and clean) cannot be related to revenue: it or "
				+ "revenue does not vary beyond a steady trend and weekday pattern; engagement leads revenue by 2 days");
	}

	@Test
	void reportedAndCleanGrowthThatAreNearlyTheSameGetOneStatement() {
		LocalDate from = MAY1;
		Map<LocalDate, Long> reported = new java.util.TreeMap<>();
		Map<LocalDate, Long> clean = new java.util.TreeMap<>();
		for (int t = 0; t < 50; t++) {
			reported.put(from.plusDays(t), (long) (t * 7) % 11);
			clean.put(from.plusDays(t), t == 3 ? 9L : (t * 7) % 11);
		}
		// equal on 49 of 50 days (98%)
		assertThat(ConversionAnalysis.nearlySame(reported, clean)).isTrue();
		Map<LocalDate, Long> doubled = new java.util.TreeMap<>();
		reported.forEach((d, v) -> doubled.put(d, 2 * v + (d.getDayOfMonth() == 5 ? 1 : 0)));
		// equal on only the zero days, but correlated at 0.99+
		assertThat(ConversionAnalysis.nearlySame(reported, doubled)).isTrue();
		Map<LocalDate, Long> unrelated = new java.util.TreeMap<>();
		reported.forEach((d, v) -> unrelated.put(d, (long) (d.getDayOfMonth() * 3) % 7));
		assertThat(ConversionAnalysis.nearlySame(reported, unrelated)).isFalse();

		LaggedCorrelation.Result leads = new LaggedCorrelation.Result("follower growth (reported)", List.of(), List.of(),
				0, 999, LaggedCorrelation.Finding.RELATION, null, List.of(), "leads revenue by 7 days");
		LaggedCorrelation.Result none = new LaggedCorrelation.Result("follower growth (clean)", List.of(), List.of(), 0, 999,
				LaggedCorrelation.Finding.NO_RELATION, null, List.of(), "shows no relation to revenue");
		LaggedCorrelation.Result engagement = new LaggedCorrelation.Result("engagement", List.of(), List.of(), 0, 999,
				LaggedCorrelation.Finding.NO_RELATION, null, List.of(), "shows no relation to revenue");
		// the Facebook case: one series, two tests that fell either side of a threshold
		assertThat(ConversionAnalysis.verdict(leads, none, engagement, true))
			.isEqualTo("follower growth (reported and clean) leads revenue by 7 days; engagement shows no relation to revenue");
		assertThat(ConversionAnalysis.verdict(leads, none, engagement, false))
			.isEqualTo("follower growth (reported) leads revenue by 7 days; follower growth (clean) shows no relation to "
					+ "revenue; engagement shows no relation to revenue");
	}
}
