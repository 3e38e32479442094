package com.truereach.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

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
