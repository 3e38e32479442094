package com.truereach.quality;

import java.time.LocalDate;

/**
 * How many of an episode's bought followers are still there on the last day of the series, and
 * what that rests on.
 *
 * @param asOf the last day of the series
 * @param remaining bought followers still there on {@code asOf}
 * @param low the low end of the interval on {@code remaining} (equal to it where measured)
 * @param high the high end of that interval
 * @param lostShare the share of the bought followers the attrition model lets leave in the end
 *     (null where the losses are measured day by day)
 * @param list the follower list the count rests on, or null
 * @param listMembers members of that list who followed on the episode's days, or null
 * @param listLeft follows of the episode's days not on that list any more, or null
 */
public record Attrition(Evidence evidence, LocalDate asOf, long remaining, long low, long high, Double lostShare,
		String list, LocalDate listDay, Long listMembers, Long listLeft) {

	public enum Evidence {
		/** Counted on a follower list downloaded after the episode; the days between follow the attrition model. */
		FOLLOWER_LIST,
		/** Summed from the exported unfollows, or the net change, day by day. */
		LOSSES,
		/** No list and no unfollows: the attrition model with its interval. */
		MODEL
	}
}
