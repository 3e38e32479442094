package com.truereach.job;

import java.util.List;

import com.truereach.quality.PurgeDay;

/**
 * The platform purges found across all accounts, kept once per run for the cleanliness
 * partitions, each of which sees only its own accounts.
 */
record PlatformPurges(List<PurgeDay> days) {

	static final String STEP = "platformPurges";

	/** One result for all accounts; this is its key. */
	static final String ALL = "*";
}
