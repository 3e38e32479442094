package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.truereach.domain.AccountDay;
import com.truereach.domain.Metric;
import com.truereach.ingest.ParsedFile;

class XDailyTweetActivityReaderTest {

	@Test
	void readsOneAccountDayPerRowWithoutTheEngagementRate() {
		ParsedFile file = SocialFixtures.parse("x/daily_tweet_activity_metrics_truereach_20210801_20210831_en.csv");

		assertThat(file.format().id()).isEqualTo("x-daily-tweet-activity");
		assertThat(file.usable()).as(file.message()).isTrue();
		assertThat(file.days()).extracting(AccountDay::day)
			.containsExactly(LocalDate.of(2021, 8, 1), LocalDate.of(2021, 8, 2));
		AccountDay first = file.days().get(0);
		assertThat(first.metrics()).containsOnly(entry(Metric.POSTS, 2L), entry(Metric.IMPRESSIONS, 1938L),
				entry(Metric.ENGAGEMENTS, 57L), entry(Metric.REPOSTS, 4L), entry(Metric.REPLIES, 1L),
				entry(Metric.LIKES, 20L), entry(Metric.PROFILE_VISITS, 6L), entry(Metric.LINK_CLICKS, 3L),
				entry(Metric.FOLLOWS_GAINED, 1L));
		// other counts are kept under their header; the "-" promoted columns are not reported at all
		assertThat(first.extra()).containsEntry("detail expands", new BigDecimal("15.0"))
			.containsEntry("media views", new BigDecimal("12.0"))
			.doesNotContainKeys("engagement rate", "promoted impressions", "promoted engagement rate");
		assertThat(first.extra()).allSatisfy((name, value) -> assertThat(name).doesNotStartWith("promoted"));
	}

	@Test
	void rejectsABadCountWithLineAndColumn() {
		ParsedFile file = SocialFixtures.read(new DailyMetricsCsvReader(DailyMetricsFormat.X_DAILY_TWEET_ACTIVITY),
				"\"Date\",\"Tweets published\",\"impressions\",\"engagements\",\"engagement rate\"\n"
						+ "\"2021-08-01\",\"1\",\"many\",\"2\",\"0.5\"\n" + "\"2021-08-02\",\"1\",\"4\",\"2\",\"0.5\"\n");

		assertThat(file.rejects()).singleElement().satisfies(reject -> {
			assertThat(reject.line()).isEqualTo(2);
			assertThat(reject.column()).isEqualTo("impressions");
			assertThat(reject.value()).isEqualTo("many");
			assertThat(reject.reason()).isEqualTo("not a number");
		});
		assertThat(file.days()).singleElement()
			.satisfies(day -> assertThat(day.metrics()).containsEntry(Metric.IMPRESSIONS, 4L));
	}
}
