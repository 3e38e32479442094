package com.truereach.job;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.truereach.history.FollowerHistory;
import com.truereach.history.AccountDayStore;
import com.truereach.history.AudienceStore;

/**
 * Loads an account's history for a range plus the days before it that baselines need, with
 * totals carried from the definition's anchor even when the anchor lies outside the range.
 */
final class AccountSeriesLoader {

	/** Days of history before the range that trailing baselines look at. */
	static final int BASELINE_DAYS = 60;

	private AccountSeriesLoader() {
	}

	/** @param lists the account's follower lists: the number on each is the day's exported total */
	static FollowerHistory load(AccountDayStore accountDays, AudienceStore audience, JobDefinition.Account account, LocalDate from, LocalDate to,
			List<AudienceStore.FollowerSnapshot> lists) {
		LocalDate start = from.minusDays(BASELINE_DAYS);
		LocalDate end = to;
		JobDefinition.Anchor anchor = account.anchor();
		if (anchor != null) {
			start = anchor.date().isBefore(start) ? anchor.date() : start;
			end = anchor.date().isAfter(end) ? anchor.date() : end;
		}
		Map<LocalDate, Long> listTotals = new HashMap<>();
		for (AudienceStore.FollowerSnapshot list : lists) {
			if (list.day() != null) {
				listTotals.put(list.day(), (long) list.members().size());
			}
		}
		FollowerHistory full = FollowerHistory.of(accountDays.days(account.id(), start, end),
				audience.postDays(account.id(), start, end), listTotals, start, end, anchor == null ? null : anchor.date(),
				anchor == null ? 0 : anchor.followers());
		return full.cut(from.minusDays(BASELINE_DAYS), to);
	}
}
