package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import com.truereach.domain.Metric;
import com.truereach.domain.PostMetrics;
import com.truereach.ingest.ParsedFile;

class XPremiumContentReaderTest {

	@Test
	void publishedTimeComesFromTheSnowflakeId() {
		// 1567898765432109876 >> 22 = 373816195829; + 1288834974657 = 1662651170486 ms = 2022-09-08T15:32:50.486Z
		assertThat(XPremiumContentReader.published("1567898765432109876"))
			.isEqualTo(LocalDateTime.of(2022, 9, 8, 15, 32, 50, 486_000_000));
	}

	@Test
	void readsNewerHeaderUnsortedWithNewlineInText() {
		ParsedFile file = SocialFixtures.parse("x/account_analytics_content_2026-07-24_2026-08-22.csv");

		assertThat(file.format().id()).isEqualTo("x-premium-content");
		assertThat(file.usable()).as(file.message()).isTrue();
		assertThat(file.posts()).extracting(PostMetrics::postId)
			.containsExactly("2090340556600246277", "2091164775600881681", "1567898765432109876");
		PostMetrics second = file.posts().get(1);
		// (2091164775600881681 >> 22) + 1288834974657 = 498572534466 + 1288834974657 = 1787407509123 ms
		assertThat(second.published()).isEqualTo(LocalDateTime.of(2026, 8, 22, 14, 5, 9, 123_000_000));
		assertThat(second.text()).isEqualTo("A post, with a comma\nand a second line");
		assertThat(second.metrics()).containsOnly(entry(Metric.IMPRESSIONS, 1938L), entry(Metric.LIKES, 21L),
				entry(Metric.ENGAGEMENTS, 60L), entry(Metric.SAVES, 2L), entry(Metric.SHARES, 1L),
				entry(Metric.FOLLOWS_GAINED, 0L), entry(Metric.REPLIES, 3L), entry(Metric.REPOSTS, 2L),
				entry(Metric.PROFILE_VISITS, 5L), entry(Metric.LINK_CLICKS, 4L));
		// the three click columns X counts but TrueReach has no metric for
		assertThat(second.extra()).containsOnly(entry("Detail Expands", new BigDecimal("20")),
				entry("Hashtag Clicks", new BigDecimal("1")), entry("Permalink Clicks", new BigDecimal("0")));
		assertThat(file.first()).isEqualTo("2022-09-08");
		assertThat(file.last()).isEqualTo("2026-08-22");
	}

	@Test
	void readsOlderHeaderWithShareAndCrlf() {
		ParsedFile file = SocialFixtures.parse("x/content_2025_old_header.csv");

		assertThat(file.format().id()).isEqualTo("x-premium-content");
		assertThat(file.posts()).hasSize(2);
		PostMetrics first = file.posts().get(0);
		assertThat(first.postId()).isEqualTo("1902763364971446275");
		// (1902763364971446275 >> 22) + 1288834974657 = 1742489112500 ms = 2025-03-20T16:45:12.500Z
		assertThat(first.published()).isEqualTo(LocalDateTime.of(2025, 3, 20, 16, 45, 12, 500_000_000));
		assertThat(first.text()).isEqualTo("Spring sale is live");
		assertThat(first.metrics()).contains(entry(Metric.SHARES, 2L), entry(Metric.LINK_CLICKS, 5L),
				entry(Metric.IMPRESSIONS, 700L));
		// lower-case "Url clicks" is the mapped URL Clicks, not an extra
		assertThat(first.extra()).containsOnly(entry("Detail expands", new BigDecimal("11")),
				entry("Hashtag clicks", new BigDecimal("0")), entry("Permalink clicks", new BigDecimal("1")));
	}

	@Test
	void rejectsAnIdThatDisagreesWithTheDateAndABadCount() {
		String header = "Post id,Date,Post text,Post Link,Impressions,Likes\n";
		ParsedFile file = SocialFixtures.read(new XPremiumContentReader(),
				header + "12345,\"Sat, Aug 22, 2026\",not a snowflake,l,1,1\n"
						+ "2091164775600881681,\"Sat, Aug 22, 2026\",t,l,1,lots\n"
						+ "2091164775600881681,\"Sat, Aug 22, 2026\",t,l,5,\n");

		assertThat(file.rejects()).hasSize(2);
		assertThat(file.rejects().get(0).line()).isEqualTo(2);
		assertThat(file.rejects().get(0).column()).isEqualTo("Post id");
		assertThat(file.rejects().get(0).reason()).contains("does not match Date");
		assertThat(file.rejects().get(1).line()).isEqualTo(3);
		assertThat(file.rejects().get(1).column()).isEqualTo("Likes");
		assertThat(file.rejects().get(1).value()).isEqualTo("lots");
		// a blank Likes is not reported, so the metric is absent rather than 0
		assertThat(file.posts()).singleElement()
			.satisfies(post -> assertThat(post.metrics()).containsOnly(entry(Metric.IMPRESSIONS, 5L)));
	}
}
