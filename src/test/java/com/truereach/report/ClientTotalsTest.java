package com.truereach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A client's totals, worked out by hand: what adds up, over which accounts, and in which currency. */
class ClientTotalsTest {

	private static final LocalDate DAY = LocalDate.of(2026, 10, 10);

	private static final ReportModel.Episode BOUGHT = new ReportModel.Episode(DAY, DAY, 5_000, 1_250,
			new BigDecimal("80.00"), "USD", null);

	private static final ReportModel.Flag BOUNDS = new ReportModel.Flag(ReportModel.Flag.FOLLOWER_BOUNDS, DAY, DAY,
			"Totals carried from new follows.");

	/** 10,000 reported and 7,500 real followers, a purchase of 5,000, 100 USD and 20 EUR kept apart. */
	private final ReportModel.AccountReport bought = account("a", "EXPORTED", 10_000L, 7_500L, 600L, 400L, "100.00",
			"USD", 12, List.of(), List.of(BOUGHT), List.of(new ReportModel.OtherCurrency("EUR", new BigDecimal("20.00"), 2)));

	/** Relative totals: its levels are no levels, its growth is. */
	private final ReportModel.AccountReport relative = account("b", "RELATIVE", 300L, 280L, 50L, 40L, "10.50", "USD",
			3, List.of(), List.of(), List.of());

	/** Totals from gross follows: an upper bound of growth. */
	private final ReportModel.AccountReport bounded = account("c", "ANCHORED", 2_000L, 1_900L, 70L, 60L, "5.00", "EUR",
			1, List.of(BOUNDS), List.of(), List.of());

	/** Nothing known but its orders. */
	private final ReportModel.AccountReport unknown = account("d", "EXPORTED", null, null, null, null, null, "USD", 4,
			List.of(), List.of(), List.of());

	@Test
	void levelsAddUpOnlyWhereTheyAreLevelsAndMoneyOnlyWithinACurrency() {
		ClientTotals t = ClientTotals.of(List.of(bought, relative, bounded, unknown));

		assertThat(t.accounts()).isEqualTo(4);
		assertThat(t.needAttention()).as("the purchase").isEqualTo(1);
		assertThat(t.boughtEpisodes()).isEqualTo(1);
		assertThat(t.boughtFollowers()).isEqualTo(5_000);
		assertThat(t.reportedEnd()).isEqualTo(new ClientTotals.Sum(12_000, 2, 1));
		assertThat(t.realEnd()).isEqualTo(new ClientTotals.Sum(9_400, 2, 1));
		assertThat(t.growthReported()).isEqualTo(new ClientTotals.Sum(720, 3, 1));
		assertThat(t.growthReal()).isEqualTo(new ClientTotals.Sum(500, 3, 1));
		assertThat(t.orders()).isEqualTo(20);
		assertThat(t.revenue()).isEqualTo(Map.of("USD", new BigDecimal("110.50"), "EUR", new BigDecimal("25.00")));
		assertThat(t.boughtCost()).isEqualTo(Map.of("USD", new BigDecimal("80.00")));
		assertThat(t.caveats()).contains("summed over 2 of 4 accounts: 2 have relative totals")
			.contains("Real growth summed over 3 of 4 accounts")
			.contains("at most the sum shown: 1 account's")
			.contains("Revenue in 2 currencies");
	}

	@Test
	void theTotalOfClientsIsTheTotalOfTheirAccounts() {
		ClientTotals first = ClientTotals.of(List.of(bought, relative));
		ClientTotals second = ClientTotals.of(List.of(bounded, unknown));

		assertThat(ClientTotals.sum(List.of(first, second)))
			.isEqualTo(ClientTotals.of(List.of(bought, relative, bounded, unknown)));
	}

	@Test
	void aClientWhoseAccountsAllCountHasNoCaveat() {
		assertThat(ClientTotals.of(List.of(account("e", "EXPORTED", 1L, 1L, 0L, 0L, "1", "USD", 0, List.of(),
				List.of(), List.of()))).caveats()).isNull();
	}

	private static ReportModel.AccountReport account(String id, String totals, Long end, Long cleanEnd, Long growth,
			Long growthClean, String revenue, String currency, long orders, List<ReportModel.Flag> flags,
			List<ReportModel.Episode> episodes, List<ReportModel.OtherCurrency> others) {
		return new ReportModel.AccountReport(id, "X", "@" + id, id, totals, null, end, growth, null, cleanEnd,
				growthClean, null, null, null, null, null, List.of(), null, revenue == null ? null : new BigDecimal(revenue),
				currency, orders, null, null, null, null, null, null, List.of(), null, flags, List.of(), others,
				List.of(), episodes);
	}
}
