package com.truereach.conversion;

import java.time.LocalDate;

/**
 * One day of an account as the revenue analysis needs it, built by the caller from the history:
 * followers as the platform reports them and as estimated real ({@code clean}), the day's gains,
 * interactions and link clicks. Null means not known for that day, never zero.
 */
public record AccountDaily(LocalDate day, Long reportedFollowers, Long cleanFollowers, Long gainsRaw,
		Long gainsClean, Long engagements, Long linkClicks) {
}
