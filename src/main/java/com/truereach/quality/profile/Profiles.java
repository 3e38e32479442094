package com.truereach.quality.profile;

import com.truereach.domain.FollowerProfile;

/** Small readings of profile fields shared by the rule sets; null means "not exported". */
public final class Profiles {

	private Profiles() {
	}

	/** Null when the text was not exported, else whether it has any non-blank content. */
	public static Boolean present(String text) {
		return text == null ? null : !text.isBlank();
	}

	/**
	 * friends:followers >= ratio, read literally: with no followers any friend at all makes the
	 * ratio infinite, so it fires; with neither friends nor followers it does not (0/0).
	 */
	public static Boolean friendsPerFollowerAtLeast(FollowerProfile p, long ratio) {
		if (p.friends() == null || p.followers() == null) {
			return null;
		}
		return p.followers() == 0 ? p.friends() > 0 : p.friends() >= ratio * p.followers();
	}

	/** No bio and no location (both exported) and at least {@code minFriends} friends. */
	public static Boolean noBioNoLocation(FollowerProfile p, long minFriends) {
		Boolean bio = present(p.description());
		Boolean location = present(p.location());
		if (bio == null || location == null || p.friends() == null) {
			return null;
		}
		return !bio && !location && p.friends() >= minFriends;
	}

	public static String count(Long value) {
		return value == null ? "n/a" : value.toString();
	}
}
