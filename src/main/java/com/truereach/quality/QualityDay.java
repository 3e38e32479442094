package com.truereach.quality;

import java.time.LocalDate;

/**
 * One account-day of the cleanliness result. {@code reported} and {@code clean} are null when the
 * follower total is unknown (relative totals or no point that day);
 * {@code clean = reported - suspectBought - suspectFake - suspectInactive}, never below 0.
 * {@code flagged} marks the days of a bought-follower episode or a platform purge.
 */
public record QualityDay(LocalDate day, Long reported, long suspectBought, long suspectFake, long suspectInactive,
		Long clean, boolean flagged) {
}
