package com.truereach.history;

import java.time.LocalDate;
import java.util.List;

/**
 * One account-day as the analysis sees it: the end-of-day follower total (exported or
 * reconstructed), the day's follower changes and activity. Null means the platform did not
 * report it. {@code sources} are the file lines behind the numbers.
 */
public record HistoryDay(LocalDate day, Long followers, Long gained, Long lost, Long net, Long posts,
		Long impressions, Long reach, Long engagements, Long profileVisits, Long linkClicks, List<String> sources) {
}
