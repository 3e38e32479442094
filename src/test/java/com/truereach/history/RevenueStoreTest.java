package com.truereach.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.truereach.domain.RevenueEvent;
import com.truereach.domain.RevenueEvent.Kind;
import com.truereach.domain.TrafficRow;
import com.truereach.domain.Utm;

/** Orders and analytics rows, stored from records and read back: what replaces what, and what a range holds. */
class RevenueStoreTest {

	static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

	static final Utm SPRING = new Utm("ig", "social", "spring", null, null);

	MemoryHistory history;

	RevenueStore store;

	@BeforeEach
	void open() {
		history = new MemoryHistory("revenue");
		store = new RevenueStore(history.jdbc);
	}

	@AfterEach
	void close() {
		history.close();
	}

	static RevenueEvent order(String id, int dayOfMarch, Kind kind, String amount) {
		return new RevenueEvent(id, MAR_1.withDayOfMonth(dayOfMarch), kind, new BigDecimal(amount), "usd", null);
	}

	static TrafficRow onDay(int dayOfMarch, long sessions) {
		return new TrafficRow(MAR_1.withDayOfMonth(dayOfMarch), null, null, SPRING, sessions, 1, BigDecimal.ONE, "USD");
	}

	static TrafficRow overMarch(long sessions) {
		return new TrafficRow(null, MAR_1, MAR_1.withDayOfMonth(31), new Utm("google", "cpc", "brand", null, null),
				sessions, 2, BigDecimal.TEN, "USD");
	}

	List<String> orders(String source, int fromDay, int toDay) {
		return store.revenue(List.of(source), MAR_1.withDayOfMonth(fromDay), MAR_1.withDayOfMonth(toDay))
			.stream()
			.map(r -> r.source() + " " + r.event().day().getDayOfMonth() + " " + r.event().orderId() + " "
					+ r.event().kind() + " " + r.event().amount().toPlainString() + " " + r.event().currency())
			.toList();
	}

	@Test
	void anOrderExportedAgainReplacesTheStoredOneAndIsCounted() {
		long first = history.file("orders-1.csv", MAR_1, MAR_1.plusDays(1), "2026-03-03T00:00:00Z");
		long second = history.file("orders-2.csv", MAR_1, MAR_1.plusDays(2), "2026-03-04T00:00:00Z");
		Utm campaign = new Utm("ig", "social", "spring", "reel", "https://l.instagram.com/");

		assertThat(store.store("shop", Exports.revenue(order("o1", 1, Kind.SALE, "10.00"),
				order("o2", 1, Kind.SALE, "20.00"), order("o2", 2, Kind.REFUND, "-5.00")), first)).isZero();
		assertThat(store.store("shop", Exports.revenue(order("o2", 1, Kind.SALE, "25.50"),
				new RevenueEvent("o3", MAR_1.withDayOfMonth(3), Kind.SALE, new BigDecimal("7"), "EUR", campaign)),
				second)).as("o2's sale; its refund is an order of another kind").isEqualTo(1);
		assertThat(store.store("shop", Exports.revenue(order("o2", 1, Kind.SALE, "25.50")), second))
			.as("the same file again replaces nothing of another file")
			.isZero();
		store.store("stripe", Exports.revenue(order("o1", 1, Kind.SALE, "99")), first);

		assertThat(orders("shop", 1, 3)).containsExactly("shop 1 o1 SALE 10 USD", "shop 1 o2 SALE 25.5 USD",
				"shop 2 o2 REFUND -5 USD", "shop 3 o3 SALE 7 EUR");
		assertThat(orders("shop", 2, 2)).containsExactly("shop 2 o2 REFUND -5 USD");
		assertThat(store.revenue(List.of("shop"), MAR_1.withDayOfMonth(3), MAR_1.withDayOfMonth(3)).get(0).event().utm())
			.isEqualTo(campaign);
		assertThat(store.revenue(List.of("shop", "stripe"), MAR_1, MAR_1)).hasSize(3);
		assertThat(store.revenue(List.of(), MAR_1, MAR_1)).isEmpty();
	}

	@Test
	void anAnalyticsRowReplacesTheStoredRowOfItsDayOrPeriodAndCampaign() {
		store.store("ga4", Exports.traffic(onDay(1, 10), onDay(2, 12), overMarch(100)),
				history.file("ga4-1.csv", MAR_1, MAR_1.withDayOfMonth(31), "2026-04-01T00:00:00Z"));
		store.store("ga4", Exports.traffic(onDay(2, 15), overMarch(120)),
				history.file("ga4-2.csv", MAR_1, MAR_1.withDayOfMonth(31), "2026-04-02T00:00:00Z"));

		assertThat(store.traffic(List.of("ga4"), MAR_1.withDayOfMonth(2), MAR_1.withDayOfMonth(2)))
			.extracting(TrafficRow::day, TrafficRow::from, TrafficRow::sessions)
			.containsExactlyInAnyOrder(tuple(MAR_1.withDayOfMonth(2), null, 15L), tuple(null, MAR_1, 120L));
		assertThat(store.traffic(List.of("ga4"), MAR_1, MAR_1)).extracting(TrafficRow::sessions)
			.containsExactlyInAnyOrder(10L, 120L);
		assertThat(store.traffic(List.of("ga4"), MAR_1, MAR_1)).extracting(TrafficRow::utm)
			.containsExactlyInAnyOrder(SPRING, new Utm("google", "cpc", "brand", null, null));
		assertThat(history.jdbc.queryForObject("SELECT COUNT(*) FROM tr_traffic", Long.class)).isEqualTo(3);
		assertThat(store.traffic(List.of("ga4"), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))).isEmpty();
	}
}
