package com.truereach.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.truereach.domain.AccountDay;
import com.truereach.domain.Metric;

/** The daily series, stored from records and read back: which export owns a day, and what a left-out day is. */
class AccountDayStoreTest {

	static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

	MemoryHistory history;

	AccountDayStore store;

	@BeforeEach
	void open() {
		history = new MemoryHistory("account-days");
		store = new AccountDayStore(history.jdbc);
	}

	@AfterEach
	void close() {
		history.close();
	}

	static AccountDay day(int dayOfMarch, Map<Metric, Long> metrics) {
		return new AccountDay(MAR_1.withDayOfMonth(dayOfMarch), metrics);
	}

	static AccountDay impressions(int dayOfMarch, long impressions) {
		return day(dayOfMarch, Map.of(Metric.IMPRESSIONS, impressions));
	}

	List<Long> impressions(String account, int fromDay, int toDay) {
		return store.days(account, MAR_1.withDayOfMonth(fromDay), MAR_1.withDayOfMonth(toDay))
			.values()
			.stream()
			.map(d -> d.get(Metric.IMPRESSIONS))
			.toList();
	}

	@Test
	void theExportThatEndsLaterOwnsItsDaysWhateverOrderTheyArriveIn() {
		ParsedExport old = Exports.days("x-overview", impressions(1, 100), impressions(2, 200), impressions(3, 300));
		ParsedExport newer = Exports.days("x-overview", impressions(2, 2000), impressions(3, 3000),
				impressions(4, 4000));
		// saved before the old one, but its data ends later: newer
		long oldId = history.file("old.csv", MAR_1, MAR_1.withDayOfMonth(3), "2026-03-05T00:00:00Z");
		long newId = history.file("new.csv", MAR_1.withDayOfMonth(2), MAR_1.withDayOfMonth(4), "2026-03-04T00:00:00Z");

		assertThat(store.store("old-first", old, oldId)).isZero();
		assertThat(store.store("old-first", newer, newId)).as("March 2 and 3 of the old export").isEqualTo(2);
		assertThat(store.store("new-first", newer, newId)).isZero();
		assertThat(store.store("new-first", old, oldId)).as("an older export replaces nothing").isZero();

		for (String account : List.of("old-first", "new-first")) {
			assertThat(impressions(account, 1, 4)).containsExactly(100L, 2000L, 3000L, 4000L);
			assertThat(store.days(account, MAR_1, MAR_1.withDayOfMonth(4)).values())
				.extracting(AccountDayStore.StoredDay::sources)
				.containsExactly(List.of("old.csv:2"), List.of("new.csv:2"), List.of("new.csv:3"), List.of("new.csv:4"));
		}
		assertThat(impressions("old-first", 2, 3)).as("only the days asked for").containsExactly(2000L, 3000L);
	}

	@Test
	void onTheSameLastDayTheFileSavedLaterWins() {
		long earlier = history.file("a.csv", MAR_1, MAR_1.withDayOfMonth(2), "2026-03-03T00:00:00Z");
		long later = history.file("b.csv", MAR_1, MAR_1.withDayOfMonth(2), "2026-03-03T12:00:00Z");

		store.store("acme", Exports.days("x-overview", impressions(1, 10), impressions(2, 20)), later);
		assertThat(store.store("acme", Exports.days("x-overview", impressions(1, 1), impressions(2, 2)), earlier))
			.isZero();

		assertThat(impressions("acme", 1, 2)).containsExactly(10L, 20L);
	}

	@Test
	void aNewerExportReplacesOnlyTheDaysAStoredExportWithGapsHas() {
		long gaps = history.file("gaps.csv", MAR_1, MAR_1.withDayOfMonth(5), "2026-03-06T00:00:00Z");
		long newer = history.file("newer.csv", MAR_1.withDayOfMonth(2), MAR_1.withDayOfMonth(6), "2026-03-07T00:00:00Z");
		store.store("acme", Exports.days("ig-insights", impressions(1, 1), impressions(2, 2), impressions(4, 4),
				impressions(5, 5)), gaps);

		long replaced = store.store("acme", Exports.days("ig-insights", impressions(2, 20), impressions(3, 30),
				impressions(4, 40), impressions(5, 50), impressions(6, 60)), newer);

		assertThat(replaced).as("March 2, 4 and 5: the stored export has no March 3").isEqualTo(3);
	}

	@Test
	void aDayTheNewestExportLeavesOutIsZeroCountsAndAnUnknownTotal() {
		long full = history.file("full.csv", MAR_1, MAR_1.withDayOfMonth(3), "2026-03-04T00:00:00Z");
		long gaps = history.file("gaps.csv", MAR_1, MAR_1.withDayOfMonth(3), "2026-03-05T00:00:00Z");
		store.store("acme", Exports.days("ig-insights",
				day(1, Map.of(Metric.FOLLOWERS, 10L, Metric.IMPRESSIONS, 1L)),
				day(2, Map.of(Metric.FOLLOWERS, 11L, Metric.IMPRESSIONS, 2L)),
				day(3, Map.of(Metric.FOLLOWERS, 12L, Metric.IMPRESSIONS, 3L))), full);

		long replaced = store.store("acme", Exports.days("ig-insights",
				day(1, Map.of(Metric.FOLLOWERS, 20L, Metric.IMPRESSIONS, 5L)),
				day(3, Map.of(Metric.FOLLOWERS, 22L, Metric.IMPRESSIONS, 7L))), gaps);

		assertThat(replaced).as("every day from its first to its last, the one it leaves out included").isEqualTo(3);
		AccountDayStore.StoredDay leftOut = store.days("acme", MAR_1, MAR_1.withDayOfMonth(3))
			.get(MAR_1.withDayOfMonth(2));
		assertThat(leftOut.get(Metric.IMPRESSIONS)).isZero();
		assertThat(leftOut.get(Metric.FOLLOWERS)).isNull();
		assertThat(leftOut.observed()).isTrue();
		assertThat(leftOut.sources()).containsExactly("gaps.csv: day not listed (0)");
		assertThat(store.days("acme", MAR_1, MAR_1.withDayOfMonth(3)).get(MAR_1.withDayOfMonth(3)).metrics())
			.isEqualTo(Map.of(Metric.FOLLOWERS, 22L, Metric.IMPRESSIONS, 7L));
	}

	@Test
	void exportsOfDifferentKindsSitSideBySide() {
		long follows = history.file("Follows.csv", MAR_1, MAR_1, "2026-03-02T00:00:00Z");
		long reach = history.file("Reach.csv", MAR_1, MAR_1, "2026-03-03T00:00:00Z");

		assertThat(store.store("brand", Exports.days("meta-follows", day(1, Map.of(Metric.FOLLOWS_GAINED, 4L))),
				follows)).isZero();
		assertThat(store.store("brand", Exports.days("meta-reach", day(1, Map.of(Metric.REACH, 900L))), reach))
			.isZero();

		AccountDayStore.StoredDay day = store.days("brand", MAR_1, MAR_1).get(MAR_1);
		assertThat(day.metrics()).isEqualTo(Map.of(Metric.FOLLOWS_GAINED, 4L, Metric.REACH, 900L));
		assertThat(day.sources()).containsExactly("Follows.csv:2", "Reach.csv:2");
	}

	@Test
	void theSameFileTwiceChangesNothing() {
		long id = history.file("x.csv", MAR_1, MAR_1.withDayOfMonth(2), "2026-03-03T00:00:00Z");
		ParsedExport export = Exports.days("x-overview", impressions(1, 10), impressions(2, 20));

		store.store("acme", export, id);
		assertThat(store.store("acme", export, id)).isZero();

		assertThat(history.jdbc.queryForObject("SELECT COUNT(*) FROM tr_day_series", Long.class)).isEqualTo(1);
		assertThat(impressions("acme", 1, 2)).containsExactly(10L, 20L);
	}

	@Test
	void theLastDayLeavesOutAFileThatReachesPastTheLimit() {
		LocalDate misdated = LocalDate.of(2027, 1, 1);
		store.store("acme", Exports.days("x-overview", impressions(1, 1), impressions(3, 3)),
				history.file("march.csv", MAR_1, MAR_1.withDayOfMonth(3), "2026-03-04T00:00:00Z"));
		store.store("acme", Exports.days("x-content", new AccountDay(misdated, Map.of(Metric.POSTS, 1L))),
				history.file("misdated.csv", misdated, misdated, "2026-03-04T00:00:00Z"));

		assertThat(store.lastDay("acme")).isEqualTo(misdated);
		assertThat(store.lastDay("acme", LocalDate.of(2026, 3, 31))).isEqualTo(MAR_1.withDayOfMonth(3));
		assertThat(store.lastDay("nobody")).isNull();
		assertThat(store.days("nobody", MAR_1, MAR_1.withDayOfMonth(3))).isEmpty();
	}
}
