package com.truereach.history;

import java.time.LocalDate;

/**
 * One account-day as the analysis sees it: the end-of-day follower total (exported or
 * reconstructed), the day's follower changes and activity. Null means the platform did not
 * report it. {@code observed} is true when some export covers the day (the file lines behind it are
 * in the history, {@link AccountDayStore.StoredDay#sources()}; an account's every day carrying them
 * as text was most of the memory of a run).
 */
public record HistoryDay(LocalDate day, Long followers, Long gained, Long lost, Long net, Long posts,
		Long impressions, Long reach, Long engagements, Long profileVisits, Long linkClicks, boolean observed) {
}
