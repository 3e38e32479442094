package com.truereach.quality;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run of consecutive days whose net follower gain was a robust outlier, like a bought episode,
 * but with posts, reach, impressions or profile visits at {@code >= ACTIVITY_RISE} times their
 * usual level that day or the day before: growth the account earned (a post went viral, a mention).
 *
 * @param gain net followers gained over the run
 * @param excess the gain above the usual daily gain, summed over the run
 * @param usualGain median daily net gain of the trailing window before the run
 * @param activityRatios each activity metric's largest (value + 1) / (trailing median + 1)
 */
public record OrganicSpike(LocalDate from, LocalDate to, long gain, long excess, double usualGain, double robustZ,
		Map<String, Double> activityRatios) {

	public OrganicSpike {
		activityRatios = Collections.unmodifiableMap(new LinkedHashMap<>(activityRatios));
	}
}
