package com.truereach.job;

import java.time.LocalDate;

import com.truereach.history.FollowerHistory;
import com.truereach.history.HistoryStore;

/**
 * Loads an account's history for a range plus the days before it that baselines need, with
 * totals carried from the definition's anchor even when the anchor lies outside the range.
 */
final class AccountSeriesLoader {

	/** Days of history before the range that trailing baselines look at. */
	static final int BASELINE_DAYS = 60;

	private AccountSeriesLoader() {
	}

	static FollowerHistory load(HistoryStore store, JobDefinition.Account account, LocalDate from, LocalDate to) {
		LocalDate start = from.minusDays(BASELINE_DAYS);
		LocalDate end = to;
		JobDefinition.Anchor anchor = account.anchor();
		if (anchor != null) {
			start = anchor.date().isBefore(start) ? anchor.date() : start;
			end = anchor.date().isAfter(end) ? anchor.date() : end;
		}
		FollowerHistory full = FollowerHistory.of(store.days(account.id(), start, end),
				store.postDays(account.id(), start, end), start, end, anchor == null ? null : anchor.date(),
				anchor == null ? 0 : anchor.followers());
		return new FollowerHistory(full.between(from.minusDays(BASELINE_DAYS), to), full.totals());
	}
}
