package com.truereach.tooling.generate;

import java.time.LocalDate;

import com.truereach.domain.Platform;

/**
 * The behaviour of one simulated account: audience size and growth, posting rhythm, how much
 * reach and engagement a real follower gives, and how engagement turns into sales.
 *
 * @param folder path under the output folder, {@code <platform>/<handle>}
 * @param campaign prefix of the account's UTM campaigns ({@code nw_ig})
 * @param salesPerInteraction expected sales per interaction two days earlier
 */
public record AccountSpec(String id, Platform platform, String handle, String name, String brand, String folder,
		String campaign, int startFollowers, double gainsPerDay, double churnPerDay, double postsPerWeek,
		double reachPerFollower, double interactionsPerFollower, double salesPerInteraction, Bought bought,
		Viral viral) {

	/** Followers bought on {@code day}: a step of {@code size}, then {@code lossShare} of them removed over {@code lossDays}. */
	public record Bought(LocalDate day, int size, double lossShare, int lossDays) {
	}

	/** An organic viral post on {@code day}: reach times {@code factor}, decaying day by day. */
	public record Viral(LocalDate day, double factor, double followsPerFactor) {
	}

	/** The handle without a leading {@code @}, as it appears in folders, links and file names. */
	public String slug() {
		return handle.startsWith("@") ? handle.substring(1) : handle;
	}
}
