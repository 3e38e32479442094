package com.truereach.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.truereach.domain.Metric;

class FollowerHistoryTest {

	static final LocalDate D1 = LocalDate.of(2026, 1, 1);

	@Test
	void carriesTotalsBackAndForthFromTheDefinitionAnchor() {
		TreeMap<LocalDate, AccountDayStore.StoredDay> stored = new TreeMap<>();
		put(stored, D1, Map.of(Metric.FOLLOWS_GAINED, 10L, Metric.UNFOLLOWS, 2L));
		put(stored, D1.plusDays(1), Map.of(Metric.FOLLOWS_GAINED, 5L));
		put(stored, D1.plusDays(3), Map.of(Metric.UNFOLLOWS, 4L));

		// anchor 100 at the end of day 2: day 1 = 100 - 5 = 95, day 3 (no row) = 100, day 4 = 100 - 4 = 96
		FollowerHistory history = FollowerHistory.of(stored, Map.of(), D1, D1.plusDays(3), D1.plusDays(1), 100);

		assertThat(history.totals()).isEqualTo(FollowerHistory.Totals.ANCHORED);
		assertThat(history.days()).extracting(HistoryDay::followers).containsExactly(95L, 100L, 100L, 96L);
		assertThat(history.days()).extracting(HistoryDay::net).containsExactly(8L, 5L, 0L, -4L);
	}

	/**
	 * Exports cover days 3 and 5 of a history loaded from day 1 to day 6: days 1, 2, 4 and 6 were
	 * not observed, so they are not days of 0 change for a baseline.
	 */
	@Test
	void observedDaysAreTheDaysAnExportCovers() {
		TreeMap<LocalDate, AccountDayStore.StoredDay> stored = new TreeMap<>();
		put(stored, D1.plusDays(2), Map.of(Metric.FOLLOWS_GAINED, 10L, Metric.UNFOLLOWS, 2L));
		put(stored, D1.plusDays(4), Map.of(Metric.FOLLOWS_GAINED, 5L, Metric.UNFOLLOWS, 1L));

		FollowerHistory history = FollowerHistory.of(stored, Map.of(), D1, D1.plusDays(5), D1.plusDays(4), 100);

		assertThat(history.days()).hasSize(6);
		assertThat(history.observed()).extracting(HistoryDay::day).containsExactly(D1.plusDays(2), D1.plusDays(4));
		assertThat(history.grossFollowsOnly()).isFalse();
		assertThat(history.bound(D1)).isEqualTo(FollowerHistory.Bound.EXACT);
	}

	/**
	 * Meta: new follows only. Anchored at 100 on day 3 (20, 10, 5 new follows on days 1-3, 7 on
	 * day 4): day 2 = 100 - 5 = 95 is at least the true total (the unfollows of day 3 are not added
	 * back), day 4 = 107 at most (its unfollows are not subtracted), day 3 exact.
	 */
	@Test
	void grossFollowsMakeCarriedTotalsBounds() {
		TreeMap<LocalDate, AccountDayStore.StoredDay> stored = new TreeMap<>();
		put(stored, D1, Map.of(Metric.FOLLOWS_GAINED, 20L));
		put(stored, D1.plusDays(1), Map.of(Metric.FOLLOWS_GAINED, 10L));
		put(stored, D1.plusDays(2), Map.of(Metric.FOLLOWS_GAINED, 5L));
		put(stored, D1.plusDays(3), Map.of(Metric.FOLLOWS_GAINED, 7L));

		FollowerHistory history = FollowerHistory.of(stored, Map.of(), D1, D1.plusDays(3), D1.plusDays(2), 100);

		assertThat(history.days()).extracting(HistoryDay::followers).containsExactly(85L, 95L, 100L, 107L);
		assertThat(history.grossFollowsOnly()).isTrue();
		assertThat(history.pins()).containsExactly(D1.plusDays(2));
		assertThat(history.bound(D1.plusDays(1))).isEqualTo(FollowerHistory.Bound.AT_LEAST);
		assertThat(history.bound(D1.plusDays(2))).isEqualTo(FollowerHistory.Bound.EXACT);
		assertThat(history.bound(D1.plusDays(3))).isEqualTo(FollowerHistory.Bound.AT_MOST);
	}

	/** Without any known total the follows still cannot show anybody leaving. */
	@Test
	void grossFollowsWithoutAnAnchorAreStillGrossOnly() {
		TreeMap<LocalDate, AccountDayStore.StoredDay> stored = new TreeMap<>();
		put(stored, D1, Map.of(Metric.FOLLOWS_GAINED, 20L));
		put(stored, D1.plusDays(1), Map.of(Metric.FOLLOWS_GAINED, 10L));

		FollowerHistory history = FollowerHistory.of(stored, Map.of(), D1, D1.plusDays(1), null, 0);

		assertThat(history.totals()).isEqualTo(FollowerHistory.Totals.RELATIVE);
		assertThat(history.grossFollowsOnly()).isTrue();
		assertThat(history.pins()).isEmpty();
	}

	/**
	 * A follower list of 90 on day 2 pins that day: an exported total where Meta exports none;
	 * day 1 = 90 - 10 = 80 is at least the true total.
	 */
	@Test
	void aFollowerListPinsItsDay() {
		TreeMap<LocalDate, AccountDayStore.StoredDay> stored = new TreeMap<>();
		put(stored, D1, Map.of(Metric.FOLLOWS_GAINED, 20L));
		put(stored, D1.plusDays(1), Map.of(Metric.FOLLOWS_GAINED, 10L));
		put(stored, D1.plusDays(2), Map.of(Metric.FOLLOWS_GAINED, 5L));

		FollowerHistory history = FollowerHistory.of(stored, Map.of(), Map.of(D1.plusDays(1), 90L), D1, D1.plusDays(2),
				D1.plusDays(2), 100);

		// the definition's anchor of 100 on day 3 holds too: both days are known
		assertThat(history.days()).extracting(HistoryDay::followers).containsExactly(80L, 90L, 100L);
		assertThat(history.pins()).containsExactly(D1.plusDays(1), D1.plusDays(2));
		assertThat(history.bound(D1.plusDays(1))).isEqualTo(FollowerHistory.Bound.EXACT);
		assertThat(history.bound(D1)).isEqualTo(FollowerHistory.Bound.AT_LEAST);
	}

	@Test
	void exportedTotalsWinAndGapsAreCarried() {
		TreeMap<LocalDate, AccountDayStore.StoredDay> stored = new TreeMap<>();
		put(stored, D1, Map.of(Metric.FOLLOWERS, 500L));
		put(stored, D1.plusDays(1), Map.of(Metric.NET_FOLLOWS, -3L));
		put(stored, D1.plusDays(2), Map.of(Metric.FOLLOWERS, 520L));

		FollowerHistory history = FollowerHistory.of(stored, Map.of(), D1, D1.plusDays(2), null, 0);

		assertThat(history.days()).extracting(HistoryDay::followers).containsExactly(500L, 497L, 520L);
		assertThat(history.totals()).isEqualTo(FollowerHistory.Totals.ANCHORED);
	}

	@Test
	void withoutAnyAnchorTotalsAreRelative() {
		TreeMap<LocalDate, AccountDayStore.StoredDay> stored = new TreeMap<>();
		put(stored, D1, Map.of(Metric.FOLLOWS_GAINED, 7L));
		put(stored, D1.plusDays(1), Map.of(Metric.FOLLOWS_GAINED, 3L, Metric.LIKES, 4L, Metric.REPLIES, 1L));

		FollowerHistory history = FollowerHistory.of(stored,
				Map.of(D1, new AudienceStore.PostDay(2, 30L), D1.plusDays(1), new AudienceStore.PostDay(1, null)), D1,
				D1.plusDays(1), null, 0);

		assertThat(history.totals()).isEqualTo(FollowerHistory.Totals.RELATIVE);
		assertThat(history.days()).extracting(HistoryDay::followers).containsExactly(7L, 10L);
		// posts and their link clicks come from the post export where the daily export has none
		assertThat(history.days()).extracting(HistoryDay::posts).containsExactly(2L, 1L);
		assertThat(history.days()).extracting(HistoryDay::linkClicks).containsExactly(30L, null);
		assertThat(history.days()).extracting(HistoryDay::engagements).containsExactly(null, 5L);
	}

	private static void put(TreeMap<LocalDate, AccountDayStore.StoredDay> stored, LocalDate day,
			Map<Metric, Long> values) {
		stored.put(day, new AccountDayStore.StoredDay(day, values, Map.of(),
				List.of(new AccountDayStore.SourceLine("export.csv", stored.size() + 2))));
	}
}
