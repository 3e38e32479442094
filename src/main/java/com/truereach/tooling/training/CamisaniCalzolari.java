package com.truereach.tooling.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.truereach.domain.FollowerProfile;
import com.truereach.quality.profile.ProfileClassifier;
import com.truereach.quality.profile.Profiles;

/**
 * Camisani-Calzolari's 22-criterion point scheme (2012), as reviewed by Cresci et al. 2015
 * (arXiv:1509.04098, section 3.1), restricted to the criteria a profile can answer. A
 * satisfied criterion earns human points, a failed one bot points; the account is fake when
 * its bot points exceed its human points.
 *
 * <p>Computable: 1 name, 2 image (not the default one), 3 location, 4 bio, 5 followers >= 30,
 * 6 listed >= 1, 7 statuses >= 50, 8 geo-localised (read from the {@code geo_enabled} flag, a
 * proxy: the original looks for a geotagged tweet), 9 URL, 19 2*followers >= friends. Not
 * computable from a profile and scored neither way: 10 favourited by others (the profile's
 * favourites count is the account's own likes), 11 punctuation, 12 hashtags, 13-17 iPhone,
 * Android, Foursquare, Instagram and twitter.com clients, 18 mentions, 20 not only URLs,
 * 21 retweeted, 22 several clients, and the extra two bot points for "only uses the API". A
 * criterion whose field was not exported is also scored neither way.
 */
public final class CamisaniCalzolari implements ProfileClassifier {

	private static final List<Criterion> CRITERIA = List.of(
			new Criterion(1, "name", 1, 1, p -> Profiles.present(p.name())),
			new Criterion(2, "image", 1, 1, p -> !p.defaultProfileImage()),
			new Criterion(3, "location", 1, 1, p -> Profiles.present(p.location())),
			new Criterion(4, "bio", 1, 1, p -> Profiles.present(p.description())),
			new Criterion(5, "followers>=30", 1, 1, p -> p.followers() == null ? null : p.followers() >= 30),
			new Criterion(6, "listed>=1", 1, 1, p -> p.listed() == null ? null : p.listed() >= 1),
			new Criterion(7, "statuses>=50", 1, 1, p -> p.statuses() == null ? null : p.statuses() >= 50),
			new Criterion(8, "geo-enabled", 1, 0, FollowerProfile::geoEnabled),
			new Criterion(9, "url", 1, 1, p -> Profiles.present(p.url())),
			new Criterion(19, "2*followers>=friends", 1, 1,
					p -> p.followers() == null || p.friends() == null ? null : 2 * p.followers() >= p.friends()));

	@Override
	public String name() {
		return "Camisani-Calzolari";
	}

	@Override
	public boolean isFake(FollowerProfile profile) {
		return score(profile).fake();
	}

	@Override
	public String explain(FollowerProfile profile) {
		Score score = score(profile);
		return name() + ": " + (score.fake() ? "fake" : "human") + " (human " + score.human() + " vs bot "
				+ score.bot() + " points; failed " + (score.failed().isEmpty() ? "none" : score.failed())
				+ (score.unknown().isEmpty() ? "" : "; not exported " + score.unknown()) + ")";
	}

	/** Points of the computable criteria; bot points above human points is fake. */
	public Score score(FollowerProfile profile) {
		int human = 0;
		int bot = 0;
		List<String> failed = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (Criterion criterion : CRITERIA) {
			Boolean met = criterion.test().apply(profile);
			if (met == null) {
				unknown.add(criterion.label());
			}
			else if (met) {
				human += criterion.humanPoints();
			}
			else {
				bot += criterion.botPoints();
				failed.add(criterion.label());
			}
		}
		return new Score(human, bot, List.copyOf(failed), List.copyOf(unknown));
	}

	public record Score(int human, int bot, List<String> failed, List<String> unknown) {

		public boolean fake() {
			return bot > human;
		}
	}

	private record Criterion(int number, String name, int humanPoints, int botPoints,
			Function<FollowerProfile, Boolean> test) {

		String label() {
			return number + " " + name;
		}
	}
}
