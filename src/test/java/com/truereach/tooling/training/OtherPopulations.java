package com.truereach.tooling.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import com.truereach.domain.FollowerProfile;
import com.truereach.quality.profile.LabelledProfile;

/**
 * Synthetic "other populations" made by perturbing the labelled Cresci profiles with a fixed
 * seed, for a robustness check that no other labelled data here allows. They are guesses at
 * what other humans and other vendors look like, not measurements: a model that holds up on
 * them has passed a plausibility test, not a validation.
 */
final class OtherPopulations {

	private static final String[] BIOS = { "Mom of two. Coffee first.", "Football, music and good food",
			"Digital marketing | travel | photography", "Living my best life", "Entrepreneur. Dreamer. Doer.",
			"Follow me and I follow back!", "Official fan page", "Just here for the memes",
			"Student at the university of life", "Love, peace and happiness" };

	private OtherPopulations() {
	}

	/**
	 * Real people who barely use the platform (lurkers, new sign-ups): each Cresci human with
	 * its activity cut to 0.5-5% of the tweets, 5-30% of the followers, no lists and mostly no
	 * site or bio. By profile these are close to bought followers; the hard case for any rule.
	 */
	static List<LabelledProfile> lowActivityHumans(List<LabelledProfile> humans, long seed) {
		return perturb(humans, seed, (p, r) -> new FollowerProfile(p.id(), p.name(), p.screenName(),
				scale(p.statuses(), r, 0.005, 0.05), scale(p.followers(), r, 0.05, 0.3), scale(p.friends(), r, 0.3, 1.0),
				scale(p.favourites(), r, 0, 0.1), 0L, r.nextDouble() < 0.8 ? "" : p.url(), p.location(),
				r.nextDouble() < 0.5 || p.defaultProfile(), p.defaultProfileImage(), p.geoEnabled(), p.verified(),
				r.nextDouble() < 0.6 ? p.description() : ""));
	}

	/**
	 * Humans like the followers of a very large account (Cresci's held-out set with MCC 0.862):
	 * younger and less connected, tweets and followers at 10-50%, lists at a third, themes more
	 * often left at the default.
	 */
	static List<LabelledProfile> casualHumans(List<LabelledProfile> humans, long seed) {
		return perturb(humans, seed, (p, r) -> new FollowerProfile(p.id(), p.name(), p.screenName(),
				scale(p.statuses(), r, 0.1, 0.5), scale(p.followers(), r, 0.1, 0.5), p.friends(), p.favourites(),
				scale(p.listed(), r, 0.33, 0.34), p.url(), p.location(), r.nextDouble() < 0.7, p.defaultProfileImage(),
				p.geoEnabled(), p.verified(), p.description()));
	}

	/**
	 * Fakes of a vendor that dresses its accounts a little: each Cresci fake given an English bio
	 * and 30-120 followers (bought accounts following each other), activity unchanged.
	 */
	static List<LabelledProfile> dressedFakes(List<LabelledProfile> fakes, long seed) {
		return perturb(fakes, seed, (p, r) -> new FollowerProfile(p.id(), p.name(), p.screenName(), p.statuses(),
				30L + r.nextInt(91), p.friends(), p.favourites(), p.listed(), p.url(), p.location(), p.defaultProfile(),
				p.defaultProfileImage(), p.geoEnabled(), false, BIOS[r.nextInt(BIOS.length)]));
	}

	/**
	 * Fakes of a careful vendor: each Cresci fake given an English bio, 50-400 followers (a
	 * follow-back farm), 100-2,000 tweets, some likes, sometimes a site and a customised theme.
	 * By profile alone these are people; only behaviour (timing, content, the network) could tell.
	 */
	static List<LabelledProfile> disguisedFakes(List<LabelledProfile> fakes, long seed) {
		return perturb(fakes, seed, (p, r) -> new FollowerProfile(p.id(), p.name(), p.screenName(),
				100L + r.nextInt(1900), 50L + r.nextInt(350), p.friends(), (long) r.nextInt(300), (long) r.nextInt(3),
				r.nextDouble() < 0.3 ? "http://bit.ly/x" + r.nextInt(1000) : "", p.location(), r.nextDouble() < 0.5,
				p.defaultProfileImage(), p.geoEnabled(), false, BIOS[r.nextInt(BIOS.length)]));
	}

	/** Fakes of a cruder vendor: never posted, no bio or place, following 100-1,500, followed by almost nobody. */
	static List<LabelledProfile> emptyFakes(List<LabelledProfile> fakes, long seed) {
		return perturb(fakes, seed, (p, r) -> new FollowerProfile(p.id(), p.name(), p.screenName(), 0L,
				(long) r.nextInt(10), 100L + r.nextInt(1400), 0L, 0L, "", "", true, r.nextDouble() < 0.5, false, false,
				""));
	}

	private static List<LabelledProfile> perturb(List<LabelledProfile> rows, long seed,
			BiFunction<FollowerProfile, Random, FollowerProfile> change) {
		Random random = new Random(seed);
		List<LabelledProfile> out = new ArrayList<>();
		for (LabelledProfile row : rows) {
			out.add(new LabelledProfile(change.apply(row.profile(), random), row.fake(), row.file(), row.line()));
		}
		return out;
	}

	private static Long scale(Long count, Random random, double low, double high) {
		return count == null ? null : Math.round(count * (low + (high - low) * random.nextDouble()));
	}
}
