package com.truereach.quality;

import java.time.LocalDate;

/**
 * One day of an account's series as the cleanliness analysis reads it. A null means the platform
 * does not export that metric (never zero). {@code followers} is the end-of-day total the caller
 * reconstructed; see {@link AccountSeries#followersRelative()}.
 */
public record SeriesPoint(LocalDate day, Long followers, Long gained, Long lost, Long posts, Long impressions,
		Long reach, Long engagements, Long profileVisits) {
}
