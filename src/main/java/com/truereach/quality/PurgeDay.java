package com.truereach.quality;

import java.time.LocalDate;

import com.truereach.domain.Platform;

/**
 * A day on which a platform removed accounts platform-wide: {@code accountsAffected} of the
 * analysed accounts of that platform dropped, by a median share {@code medianDropShare} of their
 * previous total (null when no account's total is known); {@code known} when the day is one of the
 * platform's announced clean-ups.
 */
public record PurgeDay(Platform platform, LocalDate day, int accountsAffected, Double medianDropShare, boolean known) {
}
