package com.truereach.tooling.training;

import java.util.ArrayList;
import java.util.List;

import com.truereach.domain.FollowerProfile;
import com.truereach.quality.profile.ProfileClassifier;
import com.truereach.quality.profile.Profiles;

/**
 * Socialbakers' fake-follower rules as listed by Cresci et al. 2015 (arXiv:1509.04098,
 * section 3.3): any one rule that fires marks the account fake. From a profile we can check
 * friends:followers >= 50:1, never posted, and no bio, no location and following more than
 * 100. Not computable here and never firing: "default image after two months" (needs the
 * creation date, which the profile files do not carry), and the tweet-content rules (spam
 * phrases, the same post repeated more than three times, more than 90% retweets, more than
 * 90% links).
 */
public final class Socialbakers implements ProfileClassifier {

	@Override
	public String name() {
		return "Socialbakers";
	}

	@Override
	public boolean isFake(FollowerProfile profile) {
		return !fired(profile).isEmpty();
	}

	@Override
	public String explain(FollowerProfile profile) {
		List<String> fired = fired(profile);
		return name() + ": " + (fired.isEmpty() ? "human (no rule fired)" : "fake (" + String.join(", ", fired) + ")")
				+ " [followers=" + Profiles.count(profile.followers()) + " friends=" + Profiles.count(profile.friends())
				+ " statuses=" + Profiles.count(profile.statuses()) + "]";
	}

	/** The rules that fire; a rule whose fields were not exported does not fire. */
	public List<String> fired(FollowerProfile profile) {
		List<String> fired = new ArrayList<>();
		if (Boolean.TRUE.equals(Profiles.friendsPerFollowerAtLeast(profile, 50))) {
			fired.add("friends:followers>=50");
		}
		if (profile.statuses() != null && profile.statuses() == 0) {
			fired.add("never posted");
		}
		if (Boolean.TRUE.equals(Profiles.noBioNoLocation(profile, 101))) {
			fired.add("no bio, no location, following>100");
		}
		return fired;
	}
}
