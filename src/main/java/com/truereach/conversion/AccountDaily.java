package com.truereach.conversion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One day of an account as the revenue analysis needs it, built by the caller from the history:
 * followers as the platform reports them and as estimated real ({@code clean}), the day's gains,
 * interactions and link clicks. Null means not known for that day, never zero.
 */
public record AccountDaily(LocalDate day, Long reportedFollowers, Long cleanFollowers, Long gainsRaw,
		Long gainsClean, Long engagements, Long linkClicks) {

	/**
	 * A day of the account's history with its clean followers: {@code net} is the day's net change
	 * of reported followers.
	 */
	public record Observed(LocalDate day, Long reportedFollowers, Long cleanFollowers, Long net, Long engagements,
			Long linkClicks) {
	}

	/**
	 * The range's days of {@code days} (the history in day order, with the days before the range
	 * that it holds): the raw gain is the day's net change of reported followers, the clean gain the
	 * change of clean followers since the day before it in the history, unknown when either is.
	 */
	public static List<AccountDaily> inRange(List<Observed> days, LocalDate from, LocalDate to) {
		List<AccountDaily> result = new ArrayList<>();
		Long previousClean = null;
		for (Observed day : days) {
			Long clean = day.cleanFollowers();
			if (!day.day().isBefore(from) && !day.day().isAfter(to)) {
				Long cleanGain = clean == null || previousClean == null ? null : clean - previousClean;
				result.add(new AccountDaily(day.day(), day.reportedFollowers(), clean, day.net(), cleanGain,
						day.engagements(), day.linkClicks()));
			}
			previousClean = clean;
		}
		return result;
	}
}
