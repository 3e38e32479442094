package com.truereach.quality.profile;

import com.truereach.domain.FollowerProfile;

/**
 * Tells a fake follower from a human one by profile fields alone. A classifier that cannot
 * judge a profile because the fields it needs were not exported says human: missing data is
 * no evidence of fakeness, and {@link #explain} says so.
 */
public interface ProfileClassifier {

	String name();

	boolean isFake(FollowerProfile profile);

	/** One line a person can check: the verdict and the fields that led to it. */
	String explain(FollowerProfile profile);
}
