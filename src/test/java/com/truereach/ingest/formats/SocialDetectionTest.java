package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.truereach.ingest.FormatReader;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;

/** Every social fixture is recognised by exactly one reader of the standard registry, the right one. */
class SocialDetectionTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"x/tweet_activity_metrics_truereach_20220901_20220930_en.csv | x-tweet-activity",
			"x/tweet_activity_favorites_crlf.csv | x-tweet-activity",
			"x/daily_tweet_activity_metrics_truereach_20210801_20210831_en.csv | x-daily-tweet-activity",
			"x/account_analytics_content_2026-07-24_2026-08-22.csv | x-premium-content",
			"x/content_2025_old_header.csv | x-premium-content", "x/follower.js | x-archive-follows",
			"x/follower-part1.js | x-archive-follows", "x/following.js | x-archive-follows",
			"instagram/followers_1.json | instagram-follows", "instagram/following.json | instagram-follows",
			"instagram/followers_old_wrapped.json | instagram-follows", "meta/Follows.csv | meta-insights",
			"meta/Reach.csv | meta-insights", "meta/Views.csv | meta-insights", "meta/Follows (1).csv | meta-insights",
			"meta/Audience.csv | meta-audience", "meta/Mar-01-2025_Mar-31-2025_1234567890.csv | meta-instagram-posts",
			"meta/Sep-01-2025_Oct-31-2025_100045700821521.csv | meta-facebook-posts",
			"meta/instagram_posts_subset.csv | meta-instagram-posts" })
	void exactlyOneReaderClaimsTheFile(String fixture, String id) throws IOException {
		Preview preview = Preview.of(Source.of(SocialFixtures.path(fixture)));

		assertThat(StandardFormats.registry().readers().stream().filter(reader -> reader.recognises(preview)))
			.extracting(FormatReader::id)
			.containsExactly(id);
	}
}
