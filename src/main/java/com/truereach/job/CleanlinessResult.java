package com.truereach.job;

import com.truereach.history.FollowerHistory;
import com.truereach.quality.AccountQuality;
import com.truereach.quality.SampleEstimate;

/** What the cleanliness step keeps per account for the steps after it: the history, the verdict and the sample. */
public record CleanlinessResult(FollowerHistory history, AccountQuality quality, SampleEstimate sample) {
}
