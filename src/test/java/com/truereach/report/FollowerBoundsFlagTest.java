package com.truereach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.truereach.history.FollowerHistory;
import com.truereach.history.HistoryDay;

/** Where Meta gives new follows only, the Summary's start and growth figures say "at least" and "at most". */
class FollowerBoundsFlagTest {

	static final LocalDate D1 = LocalDate.of(2026, 1, 1);

	static final LocalDate D4 = D1.plusDays(3);

	/** Totals 85, 95, 100, 107 from 20, 10, 5, 7 new follows a day. */
	static List<HistoryDay> days() {
		long[] totals = { 85, 95, 100, 107 };
		long[] follows = { 20, 10, 5, 7 };
		List<HistoryDay> days = new ArrayList<>();
		for (int i = 0; i < totals.length; i++) {
			days.add(new HistoryDay(D1.plusDays(i), totals[i], follows[i], null, follows[i], null, null, null, null, null,
					null, true));
		}
		return days;
	}

	/**
	 * Range D2..D4, pinned on D4 (107): the start, the total of D1 carried back, is at least 85;
	 * growth 107 - 85 = 22 is at most that; clean 80 -> 100 likewise.
	 */
	@Test
	void grossFollowsCarriedBackGiveAStartOfAtLeastAndAGrowthOfAtMost() {
		FollowerHistory history = new FollowerHistory(days(), FollowerHistory.Totals.ANCHORED, List.of(D4));

		ReportModel.Flag flag = boundsFlag(history, D1.plusDays(1), D4, 85L, 107L, 80L, 100L);

		assertThat(flag.kind()).isEqualTo(ReportModel.Flag.FOLLOWER_BOUNDS);
		assertThat(flag.sentence()).isEqualTo("The export counts new follows but no unfollows, so totals carried from the "
				+ "known total of 2026-01-04 (an exported total, a follower list or the definition's anchor) are bounds: "
				+ "followers at start at least 85, followers at end 107, growth (reported) at most 22, "
				+ "clean followers at start at least 80, growth (clean) at most 20.");
	}

	@Test
	void exactTotalsGiveNoFlag() {
		FollowerHistory counted = new FollowerHistory(days(), FollowerHistory.Totals.ANCHORED);
		FollowerHistory pinnedBothEnds = new FollowerHistory(days(), FollowerHistory.Totals.ANCHORED, List.of(D1, D4));

		assertThat(boundsFlag(counted, D1.plusDays(1), D4, 85L, 107L, 80L, 100L)).isNull();
		assertThat(boundsFlag(pinnedBothEnds, D1.plusDays(1), D4, 85L, 107L, 80L, 100L)).isNull();
		// relative totals are no figures to bound: the RELATIVE_TOTALS flag says so
		FollowerHistory relative = new FollowerHistory(days(), FollowerHistory.Totals.RELATIVE, List.of());
		assertThat(boundsFlag(relative, D1.plusDays(1), D4, 85L, 107L, 80L, 100L)).isNull();
	}

	/** The flag of the history's bounds over {@code from .. to}, as the report works it out from the history the job copies. */
	private static ReportModel.Flag boundsFlag(FollowerHistory history, LocalDate from, LocalDate to, Long start, Long end,
			Long cleanStart, Long cleanEnd) {
		AccountInput.Followers followers = new AccountInput.Followers(history.totals().name(), history.grossFollowsOnly(),
				history.pins() == null ? List.of() : history.pins(),
				AccountInput.Bound.valueOf(history.bound(from.minusDays(1)).name()),
				AccountInput.Bound.valueOf(history.bound(to).name()), List.of());
		return AccountReports.boundsFlag(followers, from, to, start, end, cleanStart, cleanEnd);
	}
}
