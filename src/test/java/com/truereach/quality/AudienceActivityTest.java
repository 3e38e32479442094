package com.truereach.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.truereach.domain.Platform;

class AudienceActivityTest {

	private static final LocalDate FROM = LocalDate.of(2026, 3, 1);

	/** 14 days, 10,000 followers, one post a day, engagements 1 a day then {@code later} in the last 7 days. */
	private static AccountSeries flat(Platform platform, long engagements, long later) {
		List<SeriesPoint> points = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			points.add(new SeriesPoint(FROM.plusDays(i), 10_000L, null, null, 1L, null, 3_000L, (i < 7) ? engagements : later,
					null));
		}
		return new AccountSeries("a", platform, points, false);
	}

	@Test
	void perPostRateAgainstTheBaseline() {
		// engagements 7 * 1 + 7 * 1 = 14, posts 14, mean followers 10,000 -> rate 14 / 14 / 10,000 = 0.0001
		// X baseline 0.00035: inactive share = 1 - 0.0001 / 0.00035 = 1 - 0.285714 = 0.714286
		AudienceActivity activity = AudienceActivity.estimate(flat(Platform.X, 1, 1), FROM, FROM.plusDays(13), day -> 0);
		assertThat(activity.perPostRate()).isCloseTo(0.0001, within(1e-12));
		assertThat(activity.baseline()).isEqualTo(PlatformBaseline.X_RIVAL_IQ_2023);
		assertThat(activity.inactiveShare()).isCloseTo(0.714286, within(1e-6));
	}

	@Test
	void followersAlreadyCountedAsBoughtAreNotCountedAgain() {
		// 5,000 of the 10,000 already bought: clean rate 14 / 14 / 5,000 = 0.0002; share = 1 - 0.0002 / 0.00035 = 0.428571
		AudienceActivity activity = AudienceActivity.estimate(flat(Platform.X, 1, 1), FROM, FROM.plusDays(13), day -> 5_000);
		assertThat(activity.perPostRate()).isCloseTo(0.0001, within(1e-12));
		assertThat(activity.cleanPerPostRate()).isCloseTo(0.0002, within(1e-12));
		assertThat(activity.inactiveShare()).isCloseTo(0.428571, within(1e-6));
	}

	@Test
	void shareIsCappedAndTrendsCompareFirstAndLastPart() {
		// no interactions at all: 1 - 0 / 0.0047 = 1, capped at 0.9
		assertThat(AudienceActivity.inactiveShare(0, PlatformBaseline.INSTAGRAM_RIVAL_IQ_2023.rate())).isEqualTo(0.9);
		// 14 days -> parts of min(28, 7) = 7 days; engagements per follower 7 / 70,000 then 14 / 70,000 -> trend 2.0;
		// reach constant -> 1.0
		AudienceActivity activity = AudienceActivity.estimate(flat(Platform.X, 1, 2), FROM, FROM.plusDays(13), day -> 0);
		assertThat(activity.engagementTrend()).isCloseTo(2.0, within(1e-12));
		assertThat(activity.reachPerFollowerTrend()).isCloseTo(1.0, within(1e-12));
		assertThat(activity.reachMetric()).isEqualTo("reach");
	}

	@Test
	void noBaselineForYoutubeAndNothingForRelativeTotals() {
		AudienceActivity youtube = AudienceActivity.estimate(flat(Platform.YOUTUBE, 1, 1), FROM, FROM.plusDays(13), day -> 0);
		assertThat(youtube.perPostRate()).isNotNull();
		assertThat(youtube.inactiveShare()).isNull();
		AccountSeries series = flat(Platform.X, 1, 1);
		AudienceActivity relative = AudienceActivity.estimate(
				new AccountSeries("a", Platform.X, series.points(), true), FROM, FROM.plusDays(13), day -> 0);
		assertThat(relative.perPostRate()).isNull();
		assertThat(relative.inactiveShare()).isNull();
	}
}
