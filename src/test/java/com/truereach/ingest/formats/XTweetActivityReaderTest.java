package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.truereach.domain.Metric;
import com.truereach.domain.PostMetrics;
import com.truereach.domain.Reject;
import com.truereach.ingest.ParsedFile;

class XTweetActivityReaderTest {

	@Test
	void readsFortyColumnExportWithFloatCountsEscapedTextAndPromotedDashes() {
		ParsedFile file = SocialFixtures.parse("x/tweet_activity_metrics_truereach_20220901_20220930_en.csv");

		assertThat(file.format().id()).isEqualTo("x-tweet-activity");
		assertThat(file.usable()).as(file.message()).isTrue();
		assertThat(file.read()).isEqualTo(2);
		PostMetrics first = file.posts().get(0);
		assertThat(first.postId()).isEqualTo("1567898765432109876");
		assertThat(first.published()).isEqualTo(LocalDateTime.of(2022, 9, 8, 15, 32));
		assertThat(first.text()).isEqualTo("Launch day & thanks!\nRead more: https://t.co/abc <3");
		// "1938.0" -> 1938; the engagement rate is no count, the "-" promoted columns are not reported
		assertThat(first.metrics()).containsOnly(entry(Metric.IMPRESSIONS, 1938L), entry(Metric.ENGAGEMENTS, 112L),
				entry(Metric.REPOSTS, 7L), entry(Metric.REPLIES, 3L), entry(Metric.LIKES, 41L),
				entry(Metric.PROFILE_VISITS, 12L), entry(Metric.LINK_CLICKS, 9L), entry(Metric.FOLLOWS_GAINED, 2L));
		// the unmapped columns as written ("30.0" stays 30.0); permalink and text are not extra, "-" is absent
		assertThat(first.extra()).containsOnly(entry("engagement rate", new BigDecimal("0.0577915376676987")),
				entry("hashtag clicks", new BigDecimal("0.0")), entry("detail expands", new BigDecimal("30.0")),
				entry("permalink clicks", new BigDecimal("5.0")), entry("app opens", BigDecimal.ZERO),
				entry("app installs", BigDecimal.ZERO), entry("email tweet", BigDecimal.ZERO),
				entry("dial phone", BigDecimal.ZERO), entry("media views", BigDecimal.ZERO),
				entry("media engagements", BigDecimal.ZERO));
		PostMetrics second = file.posts().get(1);
		assertThat(second.postId()).isEqualTo("812345678901234567");
		assertThat(second.published()).isEqualTo(LocalDateTime.of(2016, 12, 23, 18, 50));
		// one pass of unescaping: the literal "&amp;" the author typed survives as "&amp;"
		assertThat(second.text()).isEqualTo("He said \"hi\", &amp; left");
		// promoted numbers of a promoted post are not added to the organic ones
		assertThat(second.metrics()).contains(entry(Metric.IMPRESSIONS, 250L), entry(Metric.LIKES, 4L));
		// ... they are kept apart in extra: 420 promoted impressions, 6 promoted likes; every cell is a number,
		// so extra has 40 columns - 4 id, link, text and time - 8 mapped to a metric = 28
		assertThat(second.extra()).containsEntry("promoted impressions", new BigDecimal("420"))
			.containsEntry("promoted likes", new BigDecimal("6"))
			.containsEntry("promoted engagement rate", new BigDecimal("0.0357"))
			.hasSize(28);
	}

	@Test
	void olderFilesSayFavoritesAndUseCrlf() {
		ParsedFile file = SocialFixtures.parse("x/tweet_activity_favorites_crlf.csv");

		assertThat(file.format().id()).isEqualTo("x-tweet-activity");
		assertThat(file.posts()).singleElement().satisfies(post -> {
			assertThat(post.postId()).isEqualTo("805052377577787392");
			assertThat(post.published()).isEqualTo(LocalDateTime.of(2016, 12, 3, 14, 1));
			assertThat(post.metrics()).contains(entry(Metric.LIKES, 3L), entry(Metric.IMPRESSIONS, 77L));
		});
	}

	@Test
	void timeWithAnOffsetIsConvertedToUtc() {
		// 2016-12-23 20:50 at +0200 is 18:50 UTC
		assertThat(XTweetActivityReader.time("2016-12-23 20:50 +0200")).isEqualTo(LocalDateTime.of(2016, 12, 23, 18, 50));
	}

	@Test
	void unescapesNumericEntitiesAndLeavesUnknownOnesAlone() {
		assertThat(XTweetActivityReader.unescape("caf&#233; &#x1F600; &nbsp; &#99999999;"))
			.isEqualTo("café \uD83D\uDE00 &nbsp; &#99999999;");
	}

	@Test
	void badCellsRejectTheirRowWithLineColumnAndReason() {
		String header = "\"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\",\"engagements\",\"likes\"\n";
		ParsedFile file = SocialFixtures.read(new XTweetActivityReader(), header
				+ "\"1\",\"p\",\"two\nlines\",\"2016-12-23 18:50 +0000\",\"12.5\",\"1\",\"1\"\n"
				+ "\"1.56789876543211E+18\",\"p\",\"t\",\"2016-12-23 18:50 +0000\",\"1\",\"1\",\"1\"\n"
				+ "\"3\",\"p\",\"t\",\"yesterday\",\"1\",\"1\",\"1\"\n"
				+ "\"4\",\"p\",\"t\",\"2016-12-23 18:50 +0000\",\"1\",\"1\",\"1\"\n");

		// the first row spans lines 2-3, so the next rows start on lines 4, 5 and 6
		assertThat(file.rejects()).extracting(Reject::line, Reject::column, Reject::value)
			.containsExactly(tuple(2L, "impressions", "12.5"),
					tuple(4L, "Tweet id", "1.56789876543211E+18"),
					tuple(5L, "time", "yesterday"));
		assertThat(file.rejects().get(0).reason()).isEqualTo("not a whole number");
		assertThat(file.rejects().get(1).reason()).contains("not a post id");
		assertThat(file.posts()).extracting(PostMetrics::postId).containsExactly("4");
		assertThat(file.read()).isEqualTo(4);
		assertThat(file.posts().get(0).metrics()).isEqualTo(Map.of(Metric.IMPRESSIONS, 1L, Metric.ENGAGEMENTS, 1L,
				Metric.LIKES, 1L));
	}
}
