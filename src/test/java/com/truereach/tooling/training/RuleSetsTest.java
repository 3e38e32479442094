package com.truereach.tooling.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.truereach.domain.FollowerProfile;
import com.truereach.quality.profile.Fixtures;

class RuleSetsTest {

	@Test
	void singleRulesOnTheirThresholds() {
		assertThat(SingleRule.FOLLOWERS_30.isFake(Fixtures.counts(100L, 29L, 10L, 0L))).isTrue();
		assertThat(SingleRule.FOLLOWERS_30.isFake(Fixtures.counts(100L, 30L, 10L, 0L))).isFalse();
		assertThat(SingleRule.STATUSES_50.isFake(Fixtures.counts(49L, 100L, 10L, 0L))).isTrue();
		assertThat(SingleRule.STATUSES_50.isFake(Fixtures.counts(50L, 100L, 10L, 0L))).isFalse();
		assertThat(SingleRule.LISTED_1.isFake(Fixtures.counts(50L, 100L, 10L, 0L))).isTrue();
		assertThat(SingleRule.LISTED_1.isFake(Fixtures.counts(50L, 100L, 10L, 1L))).isFalse();
		// 2*50 = 100 >= 100 friends: human; 2*50 < 101: fake
		assertThat(SingleRule.FOLLOWERS_TWICE_FRIENDS.isFake(Fixtures.counts(50L, 50L, 100L, 0L))).isFalse();
		assertThat(SingleRule.FOLLOWERS_TWICE_FRIENDS.isFake(Fixtures.counts(50L, 50L, 101L, 0L))).isTrue();
		// 500/10 = 50: fake; 499/10 = 49.9: human; no followers but some friends: an infinite ratio
		assertThat(SingleRule.FRIENDS_FOLLOWERS_50.isFake(Fixtures.counts(50L, 10L, 500L, 0L))).isTrue();
		assertThat(SingleRule.FRIENDS_FOLLOWERS_50.isFake(Fixtures.counts(50L, 10L, 499L, 0L))).isFalse();
		assertThat(SingleRule.FRIENDS_FOLLOWERS_50.isFake(Fixtures.counts(50L, 0L, 3L, 0L))).isTrue();
		assertThat(SingleRule.FRIENDS_FOLLOWERS_50.isFake(Fixtures.counts(50L, 0L, 0L, 0L))).isFalse();
		assertThat(SingleRule.ZERO_STATUSES.isFake(Fixtures.counts(0L, 10L, 10L, 0L))).isTrue();
		assertThat(SingleRule.ZERO_STATUSES.isFake(Fixtures.counts(1L, 10L, 10L, 0L))).isFalse();
	}

	@Test
	void noBioNoLocationNeedsAllThree() {
		FollowerProfile bare = new FollowerProfile("1", "n", "s", 10L, 5L, 100L, 0L, 0L, "", " ", false, false,
				false, false, "");
		FollowerProfile withBio = new FollowerProfile("1", "n", "s", 10L, 5L, 100L, 0L, 0L, "", "", false, false,
				false, false, "hi");
		FollowerProfile fewFriends = new FollowerProfile("1", "n", "s", 10L, 5L, 99L, 0L, 0L, "", "", false, false,
				false, false, "");
		assertThat(SingleRule.NO_BIO_NO_LOCATION_FRIENDS_100.isFake(bare)).isTrue();
		assertThat(SingleRule.NO_BIO_NO_LOCATION_FRIENDS_100.isFake(withBio)).isFalse();
		assertThat(SingleRule.NO_BIO_NO_LOCATION_FRIENDS_100.isFake(fewFriends)).isFalse();
		// Socialbakers wants more than 100 followings, Cresci's rule at least 100
		assertThat(new Socialbakers().fired(bare)).isEmpty();
	}

	@Test
	void missingFieldsNeverFireARule() {
		FollowerProfile nothing = Fixtures.nothingExported();
		for (SingleRule rule : SingleRule.all()) {
			assertThat(rule.isFake(nothing)).as(rule.name()).isFalse();
		}
		assertThat(SingleRule.FOLLOWERS_30.explain(nothing))
			.isEqualTo("followers>=30: human (fields not exported, rule not applicable) [followers=n/a]");
		assertThat(new Socialbakers().isFake(nothing)).isFalse();
	}

	@Test
	void explainNamesTheRuleAndTheValues() {
		assertThat(SingleRule.FOLLOWERS_30.explain(Fixtures.boughtFollower())).isEqualTo("followers>=30: fake [followers=4]");
		assertThat(SingleRule.FOLLOWERS_TWICE_FRIENDS.explain(Fixtures.activeHuman()))
			.isEqualTo("2*followers>=friends: human [followers=820 friends=310]");
	}

	@Test
	void camisaniCalzolariCountsOnlyTheComputableCriteria() {
		CamisaniCalzolari scheme = new CamisaniCalzolari();
		// bought follower: name, image (not default) -> 2 human; no location, no bio, followers 4 < 30,
		// listed 0, statuses 24 < 50, no URL, 2*4 < 588 -> 7 bot; geo off costs nothing
		CamisaniCalzolari.Score bought = scheme.score(Fixtures.boughtFollower());
		assertThat(bought.human()).isEqualTo(2);
		assertThat(bought.bot()).isEqualTo(7);
		assertThat(bought.fake()).isTrue();
		// active human meets all ten: 10 human points, 0 bot points
		CamisaniCalzolari.Score human = scheme.score(Fixtures.activeHuman());
		assertThat(human.human()).isEqualTo(10);
		assertThat(human.bot()).isZero();
		assertThat(scheme.isFake(Fixtures.activeHuman())).isFalse();
		// nothing exported: image met (flag false), geo failed (0 points), the other eight unknown: 1 vs 0
		CamisaniCalzolari.Score nothing = scheme.score(Fixtures.nothingExported());
		assertThat(nothing.human()).isEqualTo(1);
		assertThat(nothing.bot()).isZero();
		assertThat(nothing.unknown()).hasSize(8);
		assertThat(scheme.explain(Fixtures.boughtFollower())).startsWith("Camisani-Calzolari: fake (human 2 vs bot 7 points;");
	}

	@Test
	void camisaniCalzolariTieIsHuman() {
		// name, image, location, bio, geo-enabled = 5 human; followers 10 < 30, listed 0, statuses 10 < 50,
		// no URL, 2*10 < 21 friends = 5 bot: a tie, human. Without the bio: 4 human vs 6 bot, fake
		FollowerProfile tie = new FollowerProfile("1", "Ann", "ann", 10L, 10L, 21L, 0L, 0L, "", "Oslo", false, false,
				true, false, "hello");
		FollowerProfile noBio = new FollowerProfile("1", "Ann", "ann", 10L, 10L, 21L, 0L, 0L, "", "Oslo", false,
				false, true, false, "");
		assertThat(new CamisaniCalzolari().score(tie)).extracting("human", "bot").containsExactly(5, 5);
		assertThat(new CamisaniCalzolari().isFake(tie)).isFalse();
		assertThat(new CamisaniCalzolari().score(noBio)).extracting("human", "bot").containsExactly(4, 6);
		assertThat(new CamisaniCalzolari().isFake(noBio)).isTrue();
	}

	@Test
	void socialbakersAnyRuleMarksFake() {
		Socialbakers rules = new Socialbakers();
		assertThat(rules.fired(Fixtures.activeHuman())).isEmpty();
		assertThat(rules.fired(Fixtures.counts(0L, 10L, 20L, 0L))).containsExactly("never posted");
		assertThat(rules.fired(Fixtures.counts(5L, 2L, 100L, 0L))).containsExactly("friends:followers>=50");
		FollowerProfile bare = new FollowerProfile("1", "n", "s", 10L, 5L, 101L, 0L, 0L, "", "", false, false,
				false, false, "");
		assertThat(rules.fired(bare)).containsExactly("no bio, no location, following>100");
		assertThat(rules.explain(bare)).startsWith("Socialbakers: fake (no bio, no location, following>100)");
	}
}
