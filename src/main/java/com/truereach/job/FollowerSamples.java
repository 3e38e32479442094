package com.truereach.job;

import java.util.List;
import java.util.Optional;

import com.truereach.domain.FollowerProfile;
import com.truereach.quality.SampleEstimate;

/** Estimates an account's fake share from its sampled follower profiles, where it has any. */
public interface FollowerSamples {

	Optional<SampleEstimate> estimate(List<FollowerProfile> sample);
}
