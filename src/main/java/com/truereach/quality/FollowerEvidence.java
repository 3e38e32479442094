package com.truereach.quality;

import java.time.LocalDate;

/**
 * What an account's followers themselves show, beside its daily series: a follower sample with
 * the day it describes, its latest follower list and the one before it. Any part may be null.
 *
 * @param sampleDay the day the sample was taken; null means the last day of the series
 * @param earlierList the list before the latest, to tell who joined and who left in between
 */
public record FollowerEvidence(SampleEstimate sample, LocalDate sampleDay, FollowerList latestList,
		FollowerList earlierList) {

	public static final FollowerEvidence NONE = new FollowerEvidence(null, null, null, null);

	/** True when the sample was taken on or before {@code to}, so that a range ending then may use it. */
	public boolean sampleDescribes(LocalDate to) {
		return this.sample != null && (this.sampleDay == null || !this.sampleDay.isAfter(to));
	}
}
