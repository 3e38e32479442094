package com.truereach.quality.profile;

import com.truereach.domain.FollowerProfile;

/** Hand-made profiles for the rule and model tests. */
public final class Fixtures {

	private Fixtures() {
	}

	/** An active person: posts, is followed back, listed, with a bio, a site and a place. */
	public static FollowerProfile activeHuman() {
		return new FollowerProfile("1", "Giulia Rossi", "giuliar", 5400L, 820L, 310L, 1200L, 25L, "http://giulia.example",
				"Milano", false, false, true, false, "Journalist, runner, coffee.");
	}

	/** A bought follower in Cresci's INT style: a few tweets, follows hundreds, followed by a handful. */
	public static FollowerProfile boughtFollower() {
		return new FollowerProfile("2", "pirfectmoses", "pirfectmoses", 24L, 4L, 588L, 0L, 0L, "", "", true, false,
				false, false, "");
	}

	public static FollowerProfile counts(Long statuses, Long followers, Long friends, Long listed) {
		return new FollowerProfile("3", "Test", "test", statuses, followers, friends, 0L, listed, "", "Roma", false,
				false, false, false, "bio");
	}

	/** Everything a tool might leave out is null; only the flags (which default to false) remain. */
	public static FollowerProfile nothingExported() {
		return new FollowerProfile("4", null, null, null, null, null, null, null, null, null, false, false, false,
				false, null);
	}
}
