package com.truereach.quality;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run of consecutive days whose net follower gain was a robust outlier with no rise in activity
 * to explain it.
 *
 * @param gain net followers gained over the episode
 * @param bought estimated followers bought: the gain in excess of {@code usualGain} on each day
 * @param lostSince estimated bought followers lost after the episode (excess unfollows)
 * @param usualGain median daily net gain of the trailing window before the episode
 * @param usualLoss median daily unfollows of that window, or null when unfollows are not exported
 * @param robustZ the largest robust z of the episode's days
 * @param stepShape true when the day after the episode fell back below {@code STEP_SHARE} of the
 *     peak excess (a step, not a decaying viral curve); null when that day is unknown
 * @param roundTo the largest of 5,000, 1,000, 500 that {@code bought} is close to a multiple of, or 0
 * @param activityRatios for each activity metric with a baseline, its largest (value + 1) /
 *     (trailing median + 1) on the episode's days and the day before them
 * @param attrition how {@code lostSince} is known; null until the losses are assessed
 */
public record BoughtEpisode(LocalDate from, LocalDate to, long gain, long bought, long lostSince, double usualGain,
		Double usualLoss, double robustZ, Boolean stepShape, int roundTo, Map<String, Double> activityRatios,
		Attrition attrition) {

	public BoughtEpisode {
		activityRatios = Collections.unmodifiableMap(new LinkedHashMap<>(activityRatios));
	}

	public BoughtEpisode(LocalDate from, LocalDate to, long gain, long bought, long lostSince, double usualGain,
			Double usualLoss, double robustZ, Boolean stepShape, int roundTo, Map<String, Double> activityRatios) {
		this(from, to, gain, bought, lostSince, usualGain, usualLoss, robustZ, stepShape, roundTo, activityRatios, null);
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

	BoughtEpisode withAttrition(Attrition attrition) {
		return new BoughtEpisode(this.from, this.to, this.gain, this.bought, this.bought - attrition.remaining(),
				this.usualGain, this.usualLoss, this.robustZ, this.stepShape, this.roundTo, this.activityRatios,
				attrition);
	}
}
