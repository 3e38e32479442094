package com.truereach.quality;

/** What a {@link Flag} reports. */
public enum FlagKind {

	BOUGHT_FOLLOWERS, PLATFORM_PURGE, ENGAGEMENT_DECOUPLING, INACTIVE_AUDIENCE, RELATIVE_TOTALS,

	/** What the account's follower lists (Instagram download, X archive) show: busiest follow day, joined and left. */
	FOLLOWER_LIST,

	/** The follower sample was taken after the range ends, so the range takes no fake share from it. */
	SAMPLE_AFTER_RANGE,

	/** A follower spike the account's own activity explains (a viral post): earned, not bought. */
	ORGANIC_SPIKE

}
