package com.truereach.domain;

import java.time.Instant;

/**
 * One member of a follower or following list snapshot (X archive, Instagram download). Ids
 * are strings; {@code followedAt} is null where the export has no date (the X archive).
 */
public record FollowerEntry(ListKind list, String followerId, Instant followedAt) {

	public enum ListKind {
		/** People who follow the account. */
		FOLLOWERS,
		/** People the account follows. */
		FOLLOWING
	}
}
