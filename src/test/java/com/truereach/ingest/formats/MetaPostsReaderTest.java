package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.truereach.domain.Metric;
import com.truereach.domain.Platform;
import com.truereach.domain.PostMetrics;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;

class MetaPostsReaderTest {

	@Test
	void readsInstagramExportWithBomAndNewlinesInCaptions() throws IOException {
		byte[] bytes = Files.readAllBytes(SocialFixtures.path("meta/Mar-01-2025_Mar-31-2025_1234567890.csv"));
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);

		ParsedFile file = SocialFixtures.parse("meta/Mar-01-2025_Mar-31-2025_1234567890.csv");

		assertThat(file.format().id()).isEqualTo("meta-instagram-posts");
		assertThat(file.format().platform()).isEqualTo(Platform.INSTAGRAM);
		assertThat(file.usable()).as(file.message()).isTrue();
		assertThat(file.accountHints()).containsExactly("studio.stone");
		PostMetrics first = file.posts().get(0);
		assertThat(first.postId()).isEqualTo("18045678901234567");
		assertThat(first.published()).isEqualTo(LocalDateTime.of(2025, 3, 18, 9, 48));
		assertThat(first.text()).isEqualTo("New piece, finally done!\nSwipe for the \"before\" shot");
		assertThat(first.metrics()).containsOnly(entry(Metric.VIEWS, 5120L), entry(Metric.REACH, 3100L),
				entry(Metric.LIKES, 230L), entry(Metric.SHARES, 12L), entry(Metric.COMMENTS, 18L),
				entry(Metric.SAVES, 40L), entry(Metric.FOLLOWS_GAINED, 3L));
		// Duration (sec) is the only numeric column without a metric; ids, "IG carousel" and "Lifetime" are not extra
		assertThat(first.extra()).containsOnly(entry("Duration (sec)", new BigDecimal("0")));
		assertThat(file.posts().get(1).extra()).containsOnly(entry("Duration (sec)", new BigDecimal("27")));
		// the caption of the first post spans lines 2-3, so the second post is on line 4
		assertThat(file.posts().get(1).postId()).isEqualTo("18045678901234999");
		assertThat(file.rejects()).isEmpty();
	}

	@Test
	void readsFacebookExportUsingTheFirstOfTheTwoViewsColumnsAndKeepingTheSecondAsExtra() {
		ParsedFile file = SocialFixtures.parse("meta/Sep-01-2025_Oct-31-2025_100045700821521.csv");

		assertThat(file.format().id()).isEqualTo("meta-facebook-posts");
		assertThat(file.format().platform()).isEqualTo(Platform.FACEBOOK);
		assertThat(file.accountHints()).containsExactly("Studio Stone Creative");
		PostMetrics first = file.posts().get(0);
		assertThat(first.postId()).isEqualTo("100045700821521_1827720132094663");
		assertThat(first.published()).isEqualTo(LocalDateTime.of(2025, 9, 28, 18, 12));
		assertThat(first.text()).isEqualTo("An autumn favourite is back!\n\nCooler days, \"really\".");
		// Views 4611 (not the second Views, 999); Reactions -> likes; the combined column -> engagements
		assertThat(first.metrics()).containsOnly(entry(Metric.VIEWS, 4611L), entry(Metric.REACH, 2892L),
				entry(Metric.ENGAGEMENTS, 19L), entry(Metric.LIKES, 12L), entry(Metric.COMMENTS, 4L),
				entry(Metric.SHARES, 3L), entry(Metric.LINK_CLICKS, 7L));
		// Caption type "N/A" is not reported, the blank label columns are absent
		assertThat(first.extra()).containsOnly(entry("Duration (sec)", new BigDecimal("0")),
				entry("Is crosspost", new BigDecimal("0")), entry("Is share", new BigDecimal("0")),
				entry("Total clicks", new BigDecimal("40")), entry("Other Clicks", new BigDecimal("33")),
				entry("Views (second column)", new BigDecimal("999")));
		// a video has a Title and no Description
		assertThat(file.posts().get(1).text()).isEqualTo("Video title");
		assertThat(file.posts().get(1).metrics()).containsEntry(Metric.VIEWS, 800L);
		assertThat(file.posts().get(1).extra()).containsEntry("Duration (sec)", new BigDecimal("42"))
			.containsEntry("Views (second column)", new BigDecimal("120"));
	}

	@Test
	void readsAnyColumnSubsetInAnyOrderAfterAnExcelResave() {
		ParsedFile file = SocialFixtures.parse("meta/instagram_posts_subset.csv");

		assertThat(file.format().id()).isEqualTo("meta-instagram-posts");
		assertThat(file.posts()).singleElement().satisfies(post -> {
			assertThat(post.postId()).isEqualTo("18045678901230000");
			assertThat(post.published()).isEqualTo(LocalDateTime.of(2025, 4, 2, 7, 3));
			assertThat(post.text()).isNull();
			assertThat(post.metrics()).containsOnly(entry(Metric.REACH, 300L), entry(Metric.LIKES, 12L));
			assertThat(post.extra()).isEmpty();
		});
	}

	@Test
	void anUnknownColumnIsKeptWhenNumericAndLeftOutWhenNot() {
		ParsedFile file = SocialFixtures.read(new MetaPostsReader(Platform.INSTAGRAM),
				"\"Post ID\",\"Account ID\",\"Publish time\",Views,\"Skip rate\",Audience\n"
						+ "1,2,\"03/18/2025 09:48\",5,\"12,5%\",Adults\n" + "2,2,\"03/18/2025 09:48\",6,--,\n");

		// read = accepted: neither the text "Adults" nor the "--" rejects its post; "12,5%" is 12.5 like any percent
		assertThat(file.rejects()).isEmpty();
		assertThat(file.posts()).extracting(PostMetrics::extra)
			.containsExactly(Map.of("Skip rate", new BigDecimal("12.5")), Map.of());
	}

	@Test
	void aPageNameWithoutPageIdIsEnoughToRecogniseFacebook() throws IOException {
		Preview preview = Preview.of(Source.of("p.csv",
				"Publish time,\"Post ID\",\"Page name\",Reach\n".getBytes(StandardCharsets.UTF_8)));

		assertThat(StandardFormats.registry().detect(preview))
			.hasValueSatisfying(reader -> assertThat(reader.id()).isEqualTo("meta-facebook-posts"));
		assertThat(new MetaPostsReader(Platform.INSTAGRAM).recognises(preview)).isFalse();
	}

	@Test
	void rejectsBadPublishTimeBadIdAndBadCount() {
		ParsedFile file = SocialFixtures.read(new MetaPostsReader(Platform.INSTAGRAM),
				"\"Post ID\",\"Account ID\",\"Account username\",\"Publish time\",Date,Views\n"
						+ "1,2,me,\"18.03.2025 09:48\",Lifetime,5\n" + "1.8E+16,2,me,\"03/18/2025 09:48\",Lifetime,5\n"
						+ "3,2,me,\"03/18/2025 09:48\",Lifetime,5.5\n" + "4,2,me,\"03/18/2025 09:48\",Lifetime,6\n");

		assertThat(file.rejects()).extracting(r -> r.line() + " " + r.column() + " " + r.value())
			.containsExactly("2 Publish time 18.03.2025 09:48", "3 Post ID 1.8E+16", "4 Views 5.5");
		assertThat(file.rejects().get(0).reason()).isEqualTo("not a time like 03/18/2025 09:48");
		assertThat(file.posts()).extracting(PostMetrics::postId).containsExactly("4");
	}
}
