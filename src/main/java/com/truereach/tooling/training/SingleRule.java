package com.truereach.tooling.training;

import java.util.List;
import java.util.function.Function;

import com.truereach.domain.FollowerProfile;
import com.truereach.quality.profile.ProfileClassifier;
import com.truereach.quality.profile.Profiles;

/**
 * The single profile rules that Cresci et al. 2015 (arXiv:1509.04098, table 7) evaluated one
 * by one. Each is a test on one or two counts; a rule whose fields were not exported does not
 * fire (human).
 */
public final class SingleRule implements ProfileClassifier {

	/** At least 30 followers is human. */
	public static final SingleRule FOLLOWERS_30 = new SingleRule("followers>=30",
			p -> p.followers() == null ? null : p.followers() < 30, p -> "followers=" + Profiles.count(p.followers()));

	/** At least 50 tweets is human. */
	public static final SingleRule STATUSES_50 = new SingleRule("statuses>=50",
			p -> p.statuses() == null ? null : p.statuses() < 50, p -> "statuses=" + Profiles.count(p.statuses()));

	/** Listed at least once is human. */
	public static final SingleRule LISTED_1 = new SingleRule("listed>=1",
			p -> p.listed() == null ? null : p.listed() < 1, p -> "listed=" + Profiles.count(p.listed()));

	/** Twice the followers at least the friends is human. */
	public static final SingleRule FOLLOWERS_TWICE_FRIENDS = new SingleRule("2*followers>=friends",
			p -> p.followers() == null || p.friends() == null ? null : 2 * p.followers() < p.friends(),
			SingleRule::followersAndFriends);

	/** friends:followers of 50 or more is fake. */
	public static final SingleRule FRIENDS_FOLLOWERS_50 = new SingleRule("friends:followers>=50",
			p -> Profiles.friendsPerFollowerAtLeast(p, 50), SingleRule::followersAndFriends);

	/** No bio, no location and at least 100 friends is fake. */
	public static final SingleRule NO_BIO_NO_LOCATION_FRIENDS_100 = new SingleRule("no bio+location,friends>=100",
			p -> Profiles.noBioNoLocation(p, 100), p -> "bio=" + Profiles.present(p.description()) + " location="
					+ Profiles.present(p.location()) + " friends=" + Profiles.count(p.friends()));

	/** Never tweeted is fake. */
	public static final SingleRule ZERO_STATUSES = new SingleRule("statuses=0",
			p -> p.statuses() == null ? null : p.statuses() == 0, p -> "statuses=" + Profiles.count(p.statuses()));

	private final String name;

	private final Function<FollowerProfile, Boolean> fake;

	private final Function<FollowerProfile, String> evidence;

	private SingleRule(String name, Function<FollowerProfile, Boolean> fake,
			Function<FollowerProfile, String> evidence) {
		this.name = name;
		this.fake = fake;
		this.evidence = evidence;
	}

	/** The rules in the order of the paper's table. */
	public static List<SingleRule> all() {
		return List.of(FOLLOWERS_30, STATUSES_50, LISTED_1, FOLLOWERS_TWICE_FRIENDS, FRIENDS_FOLLOWERS_50,
				NO_BIO_NO_LOCATION_FRIENDS_100, ZERO_STATUSES);
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public boolean isFake(FollowerProfile profile) {
		return Boolean.TRUE.equals(fake.apply(profile));
	}

	@Override
	public String explain(FollowerProfile profile) {
		Boolean verdict = fake.apply(profile);
		String outcome = verdict == null ? "human (fields not exported, rule not applicable)"
				: verdict ? "fake" : "human";
		return name + ": " + outcome + " [" + evidence.apply(profile) + "]";
	}

	@Override
	public String toString() {
		return name;
	}

	private static String followersAndFriends(FollowerProfile p) {
		return "followers=" + Profiles.count(p.followers()) + " friends=" + Profiles.count(p.friends());
	}
}
