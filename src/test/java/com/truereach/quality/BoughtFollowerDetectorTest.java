package com.truereach.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.truereach.domain.FollowerEntry;
import com.truereach.domain.Platform;

class BoughtFollowerDetectorTest {

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	private static final LocalDate END = LocalDate.of(2026, 4, 30);

	private static final LocalDate BUY = LocalDate.of(2026, 3, 14);

	@Test
	void purchaseIsFoundOnItsDayWithItsSizeAndLaterLosses() {
		// 5,000 bought on 14 March; from 16 March 50 extra unfollows a day for 25 days = 1,250 leave
		SyntheticSeries synthetic = new SyntheticSeries(START, END, 20_000);
		synthetic.add(synthetic.gained, BUY, 5_000).addEach(synthetic.lost, BUY.plusDays(2), 25, 50);

		BoughtFollowers bought = BoughtFollowerDetector.detect(synthetic.build("a", Platform.X), Set.of());

		assertThat(bought.episodes()).hasSize(1);
		BoughtEpisode episode = bought.episodes().get(0);
		assertThat(episode.from()).isBetween(BUY.minusDays(1), BUY.plusDays(1));
		assertThat(episode.bought()).isBetween(4_000L, 6_000L);
		assertThat(episode.lostSince()).isBetween(1_000L, 1_500L);
		assertThat(episode.stepShape()).isTrue();
		assertThat(episode.roundTo()).isEqualTo(5_000);
		assertThat(episode.activityRatios()).containsOnlyKeys("posts", "reach", "impressions", "profile visits");
		assertThat(bought.remainingOn(BUY.minusDays(1))).isZero();
		assertThat(bought.remainingOn(END)).isEqualTo(episode.bought() - episode.lostSince());
	}

	/**
	 * Gross follows only (Meta): the series cannot show anybody leaving, so the follower list
	 * downloaded 42 days after the purchase counts who is left. 14 March gains 40 - 3 + 5,000 =
	 * 5,037 against a usual 40: 4,997 bought. 3,790 on the list followed that day, so 5,037 -
	 * 3,790 = 1,247 have left and 4,997 - 1,247 = 3,750 are still there on the list's day. The
	 * model through both ends: a = (1 - 3,750 / 4,997) / (1 - e^-3) = 0.2626, and two weeks after
	 * the purchase 4,997 * (1 - 0.2626 * (1 - e^-1)) = 4,167 are still there.
	 */
	@Test
	void aLaterFollowerListCountsTheBoughtFollowersStillThere() {
		LocalDate listDay = BUY.plusDays(42);
		SyntheticSeries synthetic = new SyntheticSeries(START, listDay, 20_000);
		synthetic.add(synthetic.gained, BUY, 5_000);
		FollowerList list = new FollowerList("instagram/followers_1.json", listDay, members(3_790));

		BoughtFollowers bought = BoughtFollowerDetector.detect(synthetic.buildGross("ig", Platform.INSTAGRAM), Set.of(),
				list);

		BoughtEpisode episode = bought.episodes().get(0);
		assertThat(episode.gain()).isEqualTo(5_037);
		assertThat(episode.bought()).isEqualTo(4_997);
		assertThat(bought.remainingOn(BUY.minusDays(1))).isZero();
		assertThat(bought.remainingOn(BUY)).isEqualTo(4_997);
		assertThat(bought.remainingOn(BUY.plusDays(14))).isEqualTo(4_167);
		assertThat(bought.remainingOn(listDay)).isEqualTo(3_750);
		assertThat(episode.lostSince()).isEqualTo(1_247);
		assertThat(episode.attrition().evidence()).isEqualTo(Attrition.Evidence.FOLLOWER_LIST);
		assertThat(episode.attrition().listLeft()).isEqualTo(1_247);
		assertThat(episode.attrition().low()).isEqualTo(3_750);
		assertThat(episode.attrition().high()).isEqualTo(3_750);
		// falls every day after the purchase: bought followers do not come back
		for (LocalDate day = BUY.plusDays(1); !day.isAfter(listDay); day = day.plusDays(1)) {
			assertThat(bought.remainingOn(day)).isLessThan(bought.remainingOn(day.minusDays(1)));
		}
		assertThat(FlagWriter.bought(episode).sentence()).endsWith("the follower list followers_1.json of 2026-04-25 "
				+ "still names 3,790 who followed then, so about 1,247 of them have left since.");
	}

	/**
	 * A range ending before the list's day: the list bounds the count (at least the 3,750 still
	 * there on its day, at most all 4,997), and the model between gives 4,167 two weeks after.
	 */
	@Test
	void aRangeEndingBeforeTheListIsModelledBetweenItsBounds() {
		SyntheticSeries synthetic = new SyntheticSeries(START, BUY.plusDays(14), 20_000);
		synthetic.add(synthetic.gained, BUY, 5_000);
		FollowerList list = new FollowerList("followers_1.json", BUY.plusDays(42), members(3_790));

		BoughtFollowers bought = BoughtFollowerDetector.detect(synthetic.buildGross("ig", Platform.INSTAGRAM), Set.of(),
				list);

		Attrition attrition = bought.episodes().get(0).attrition();
		assertThat(attrition.remaining()).isEqualTo(4_167);
		assertThat(attrition.low()).isEqualTo(3_750);
		assertThat(attrition.high()).isEqualTo(4_997);
		assertThat(FlagWriter.bought(bought.episodes().get(0)).sentence()).contains(
				"(1,247 of the new follows of those days had left by 2026-04-25); the attrition model puts about 830 of "
						+ "them gone by 2026-03-28 (4,167 still there, between 3,750 and 4,997).");
	}

	/**
	 * Gross follows only and no list: nothing measures the leaving, so the attrition model with
	 * a = 25% (0% to 50%): 47 days after, 4,997 * (1 - 0.25 * (1 - e^(-47/14))) = 3,791 still
	 * there, between 4,997 * (1 - 0.5 * (1 - e^(-47/14))) = 2,586 and all 4,997; the day after,
	 * 4,997 * (1 - 0.25 * (1 - e^(-1/14))) = 4,911.
	 */
	@Test
	void withoutListOrUnfollowsTheAttritionModelGivesItsInterval() {
		SyntheticSeries synthetic = new SyntheticSeries(START, END, 20_000);
		synthetic.add(synthetic.gained, BUY, 5_000);

		BoughtFollowers bought = BoughtFollowerDetector.detect(synthetic.buildGross("ig", Platform.INSTAGRAM), Set.of());

		BoughtEpisode episode = bought.episodes().get(0);
		assertThat(bought.remainingOn(BUY.plusDays(1))).isEqualTo(4_911);
		assertThat(bought.remainingOn(END)).isEqualTo(3_791);
		assertThat(episode.lostSince()).isEqualTo(4_997 - 3_791);
		assertThat(episode.attrition().evidence()).isEqualTo(Attrition.Evidence.MODEL);
		assertThat(episode.attrition().low()).isEqualTo(2_586);
		assertThat(episode.attrition().high()).isEqualTo(4_997);
		assertThat(FlagWriter.bought(episode).sentence()).endsWith("; no follower list or unfollows show them leaving: "
				+ "the attrition model puts about 1,206 of them gone by 2026-04-30 (3,791 still there, between 2,586 and 4,997).");
	}

	/** 3,790 members who followed on the purchase day, and 5 the day before. */
	private static List<FollowerEntry> members(int onPurchaseDay) {
		List<FollowerEntry> members = new ArrayList<>();
		Instant purchase = BUY.atTime(10, 0).toInstant(ZoneOffset.UTC);
		for (int i = 0; i < onPurchaseDay; i++) {
			members.add(new FollowerEntry(FollowerEntry.ListKind.FOLLOWERS, "bought" + i, purchase.plusSeconds(i)));
		}
		for (int i = 0; i < 5; i++) {
			members.add(new FollowerEntry(FollowerEntry.ListKind.FOLLOWERS, "fan" + i, purchase.minusSeconds(86_400)));
		}
		return members;
	}

	@Test
	void viralGrowthWithMorePostsAndReachIsNotFlagged() {
		SyntheticSeries synthetic = new SyntheticSeries(START, END, 20_000);
		synthetic.add(synthetic.gained, BUY, 3_000).add(synthetic.gained, BUY.plusDays(1), 1_500)
			.add(synthetic.gained, BUY.plusDays(2), 700);
		synthetic.add(synthetic.posts, BUY, 3).addEach(synthetic.reach, BUY, 3, 27_000).addEach(synthetic.visits, BUY, 3, 700);

		BoughtFollowers bought = BoughtFollowerDetector.detect(synthetic.build("a", Platform.X), Set.of());

		assertThat(bought.episodes()).isEmpty();
		assertThat(bought.remainingOn(END)).isZero();
	}

	@Test
	void reachPeakTheDayBeforeExplainsTheGain() {
		// reach 10x on 13 March, followers arrive on the 14th: a one-day lag is still organic
		SyntheticSeries synthetic = new SyntheticSeries(START, END, 20_000);
		synthetic.add(synthetic.reach, BUY.minusDays(1), 27_000).add(synthetic.gained, BUY, 2_000);

		assertThat(BoughtFollowerDetector.detect(synthetic.build("a", Platform.X), Set.of()).episodes()).isEmpty();
	}

	@Test
	void withoutActivityMetricsTheSpikeIsStillReported() {
		SyntheticSeries synthetic = new SyntheticSeries(START, END, 20_000).withoutActivity();
		synthetic.add(synthetic.gained, BUY, 1_000);

		List<BoughtEpisode> episodes = BoughtFollowerDetector.detect(synthetic.build("a", Platform.X), Set.of()).episodes();

		assertThat(episodes).singleElement().satisfies(episode -> {
			assertThat(episode.from()).isEqualTo(BUY);
			assertThat(episode.activityRatios()).isEmpty();
			assertThat(FlagWriter.bought(episode).sentence()).contains("no posts, reach, impressions or profile visits were exported");
		});
	}

	@Test
	void fiveThousandInADayOnASlowVolatileAccount() {
		// net gains cycle 0, 1,000, 2,000: median 1,000 < 1,500; |x - 1,000| is 1,000 on two days of three -> MAD 1,000,
		// scale 1,482.6; 5,500 on day 40 has z = 4,500 / 1,482.6 = 3.04 < 5 but is >= 5,000 on a slow account
		List<SeriesPoint> points = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			long gained = (i == 40) ? 5_500 : 1_000L * (i % 3);
			points.add(new SeriesPoint(START.plusDays(i), null, gained, 0L, null, null, null, null, null));
		}
		List<BoughtEpisode> episodes = BoughtFollowerDetector
			.detect(new AccountSeries("a", Platform.X, points, false), Set.of()).episodes();

		assertThat(episodes).singleElement().satisfies(episode -> {
			assertThat(episode.from()).isEqualTo(START.plusDays(40));
			assertThat(episode.robustZ()).isBetween(3.0, 3.1);
			assertThat(episode.bought()).isEqualTo(4_500);
		});
	}

	@Test
	void purgeDayLossIsNotALossOfBoughtFollowers() {
		SyntheticSeries synthetic = new SyntheticSeries(START, END, 20_000);
		synthetic.add(synthetic.gained, BUY, 5_000).add(synthetic.lost, BUY.plusDays(10), 1_500);

		BoughtFollowers asPurge = BoughtFollowerDetector.detect(synthetic.build("a", Platform.X), Set.of(BUY.plusDays(10)));
		BoughtFollowers asLoss = BoughtFollowerDetector.detect(synthetic.build("a", Platform.X), Set.of());

		// the wobble of the unfollows adds up to at most a few followers a week
		assertThat(asPurge.episodes().get(0).lostSince()).isLessThan(50);
		assertThat(asLoss.episodes().get(0).lostSince()).isGreaterThan(1_450);
	}

	@Test
	void roundSizes() {
		// 5,040: |5,040 - 5,000| = 40 <= max(10, 50.4); 2,500 is nearest 5,000 and 3,000 for the larger units;
		// 2,730 is 230 from 2,500 > 27.3
		assertThat(BoughtFollowerDetector.roundTo(5_000)).isEqualTo(5_000);
		assertThat(BoughtFollowerDetector.roundTo(5_040)).isEqualTo(5_000);
		assertThat(BoughtFollowerDetector.roundTo(3_000)).isEqualTo(1_000);
		assertThat(BoughtFollowerDetector.roundTo(2_500)).isEqualTo(500);
		assertThat(BoughtFollowerDetector.roundTo(2_730)).isZero();
		assertThat(BoughtFollowerDetector.roundTo(20)).isZero();
	}
}
