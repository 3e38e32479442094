package com.truereach.domain;

/**
 * Canonical account-day metrics. Every format maps its columns onto these; columns with no
 * canonical meaning are kept under their own header in {@link AccountDay#extra()}.
 */
public enum Metric {
	/** Follower total at the end of the day, where the platform exports it. */
	FOLLOWERS,
	FOLLOWS_GAINED,
	UNFOLLOWS,
	/** Net change of followers that day, where only the net is exported. */
	NET_FOLLOWS,
	POSTS,
	IMPRESSIONS,
	VIEWS,
	REACH,
	ENGAGEMENTS,
	LIKES,
	COMMENTS,
	SHARES,
	SAVES,
	REPLIES,
	REPOSTS,
	PROFILE_VISITS,
	LINK_CLICKS
}
