package com.truereach.quality;

import java.time.LocalDate;

/**
 * Bought followers still there {@code d} days after the last day of their episode:
 * {@code bought * (1 - a * (1 - exp(-d / 14)))}, {@code a} the share that leaves in the end,
 * two thirds of it in the first two weeks (fast at first, then slowly, as docs/methods.md's "spike
 * shape" has it). A follower list downloaded after the episode counts those still there on its
 * day and fixes {@code a}; without one, {@code a} is {@link BoughtFollowerDetector#MODEL_LOST_SHARE}
 * with the interval 0 to {@link BoughtFollowerDetector#MODEL_LOST_SHARE_HIGH}
 * (formulas/quality.md, "Bought followers leaving").
 */
final class AttritionModel {

	private final BoughtEpisode episode;

	private final double lostShare;

	private final FollowerList list;

	private final long listMembers;

	private final long listLeft;

	private final long atList;

	private AttritionModel(BoughtEpisode episode, double lostShare, FollowerList list, long listMembers, long listLeft,
			long atList) {
		this.episode = episode;
		this.lostShare = lostShare;
		this.list = list;
		this.listMembers = listMembers;
		this.listLeft = listLeft;
		this.atList = atList;
	}

	/**
	 * On a list downloaded after the episode, the follows of the episode's days that are not on
	 * it any more have left: {@code left = gain - members who followed then}, the same count the
	 * FOLLOWER_LIST finding gives, and {@code bought - left} are still there on the list's day.
	 *
	 * @param list the latest follower list, or null
	 */
	static AttritionModel of(BoughtEpisode episode, FollowerList list) {
		Long members = list == null || list.day() == null || !list.day().isAfter(episode.to()) ? null
				: list.followedBetween(episode.from(), episode.to());
		if (members == null) {
			return new AttritionModel(episode, BoughtFollowerDetector.MODEL_LOST_SHARE, null, 0, 0, 0);
		}
		long bought = episode.bought();
		long left = Math.max(0, episode.gain() - members);
		long atList = Math.max(0, bought - left);
		double share = bought == 0 ? 0 : Math.min(1, (1 - atList / (double) bought) / fall(episode.to(), list.day()));
		return new AttritionModel(episode, share, list, members, left, atList);
	}

	/** {@code 1 - exp(-d / 14)}: the part of the eventual loss gone {@code d} days after {@code from}. */
	static double fall(LocalDate from, LocalDate day) {
		long days = day.toEpochDay() - from.toEpochDay();
		return days <= 0 ? 0 : 1 - Math.exp(-days / BoughtFollowerDetector.ATTRITION_DAYS);
	}

	/** Bought followers still there on a day after the episode (0 before it; the episode's days are the caller's). */
	long remainingOn(LocalDate day) {
		if (day.isBefore(this.episode.from())) {
			return 0;
		}
		return remaining(day, this.lostShare);
	}

	private long remaining(LocalDate day, double share) {
		return Math.round(this.episode.bought() * (1 - share * fall(this.episode.to(), day)));
	}

	/** The count on the series' last day with its interval and what it rests on. */
	Attrition at(LocalDate asOf) {
		long remaining = remainingOn(asOf);
		long bought = this.episode.bought();
		if (this.list == null) {
			return new Attrition(Attrition.Evidence.MODEL, asOf, remaining,
					remaining(asOf, BoughtFollowerDetector.MODEL_LOST_SHARE_HIGH), bought, this.lostShare, null, null,
					null, null);
		}
		// bought followers only ever leave: before the list's day there are at least as many as on
		// it and at most all; after it at most as many, and at least what the fitted model leaves in the end
		long low = asOf.isBefore(this.list.day()) ? this.atList : Math.round(bought * (1 - this.lostShare));
		long high = asOf.isBefore(this.list.day()) ? bought : this.atList;
		if (asOf.equals(this.list.day())) {
			low = this.atList;
		}
		return new Attrition(Attrition.Evidence.FOLLOWER_LIST, asOf, remaining, low, high, this.lostShare,
				this.list.file(), this.list.day(), this.listMembers, this.listLeft);
	}
}
