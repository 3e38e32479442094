package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.truereach.ingest.FileParser;
import com.truereach.ingest.ParsedFile;
import com.truereach.domain.Reject;
import com.truereach.ingest.Source;
import com.truereach.ingest.TextFiles;

/**
 * A download that stopped inside the last row leaves a short row and no final line break. Every
 * CSV reader rejects that row with its line instead of reading its cells as plausible values
 * (a truncated Stripe amount of {@code 14.9} looks like a price). Each case is a complete export
 * cut before the last field of its last row.
 */
class CutOffLastRowTest {

	private static final FileParser PARSER = new FileParser(StandardFormats.registry(), 1.0);

	static Stream<Arguments> exports() {
		return Stream.of(
				fixture("x-premium-overview", "job/x/account_overview_analytics.csv", "overview.csv"),
				fixture("stripe-payments", "job/stripe/unified_payments.csv", "unified_payments.csv"),
				fixture("x-tweet-activity", "social/x/tweet_activity_metrics_truereach_20220901_20220930_en.csv", "t.csv"),
				fixture("x-daily-tweet-activity", "social/x/daily_tweet_activity_metrics_truereach_20210801_20210831_en.csv",
						"d.csv"),
				fixture("x-premium-content", "social/x/account_analytics_content_2026-07-24_2026-08-22.csv", "c.csv"),
				fixture("x-premium-content", "social/x/content_2025_old_header.csv", "old.csv"),
				fixture("meta-insights", "social/meta/Follows (1).csv", "Follows.csv"),
				fixture("meta-instagram-posts", "social/meta/Mar-01-2025_Mar-31-2025_1234567890.csv", "posts.csv"),
				fixture("meta-facebook-posts", "social/meta/Sep-01-2025_Oct-31-2025_100045700821521.csv", "fb.csv"),
				fixture("meta-audience", "social/meta/Audience.csv", "Audience.csv"),
				fixture("tiktok-studio-daily", "studio/tiktok/Overview.csv", "Overview_2026-01-03.csv"),
				fixture("tiktok-studio-content", "studio/tiktok/Content.csv", "Content_2025-09-05.csv"),
				fixture("tiktok-business-overview", "studio/tiktok/business_overview.csv", "overview.csv"),
				fixture("tiktok-business-followers", "studio/tiktok/business_followers.csv", "followers.csv"),
				fixture("youtube-totals", "studio/youtube/Totals.csv", "Totals.csv"),
				fixture("youtube-table-data", "studio/youtube/Table data.csv", "Table data.csv"),
				fixture("youtube-chart-data", "studio/youtube/Chart data.csv", "Chart data.csv"),
				fixture("follower-profiles-csv", "studio/profiles/sample.csv", "sample.csv"),
				Arguments.of("tiktok-business-content", "content.csv", """
						Video title,Video link,Post time,Video views,Likes,Comments,Shares,Add to Favorites
						a,https://www.tiktok.com/@shop/video/7401234567890000001,2025-10-30 08:15:00,1520,130,12,4,9
						b,https://www.tiktok.com/@shop/video/7401234567890000002,2025-10-31 09:00:00,880,20,1,1,0
						"""),
				Arguments.of("shopify-orders", "orders_export.csv", """
						Name,Email,Financial Status,Currency,Total,Created at,Lineitem quantity,Lineitem name
						#1001,a@example.com,paid,EUR,59.90,2026-04-05 21:06:21 +0400,1,Mug
						#1002,b@example.com,paid,EUR,20.00,2026-04-06 10:00:00 +0400,1,Cup
						"""),
				Arguments.of("generic-orders", "orders.csv", """
						date,order id,amount,currency,utm_source
						2026-04-05,A1,59.90,EUR,ig
						2026-04-06,A2,20.00,EUR,fb
						"""),
				Arguments.of("ga4-csv", "ga4.csv", """
						# Start date: 20260501
						# End date: 20260502
						Date,Session source / medium,Sessions,Key events
						20260501,ig / social,5,1
						20260502,fb / social,7,2
						"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("exports")
	void theCutOffLastRowIsRejectedWithItsLine(String format, String name, String export) {
		ParsedFile whole = parse(name, export);
		assertThat(whole.format().id()).isEqualTo(format);
		assertThat(whole.rejects()).noneMatch(reject -> reject.reason().contains("cut off"));

		String cutText = cutBeforeLastField(export);
		ParsedFile cut = parse(name, cutText);

		assertThat(cut.format().id()).isEqualTo(format);
		// the last record of every case is one line: the cut text's last line
		assertThat(cut.rejects()).filteredOn(reject -> reject.reason().contains("cut off"))
			.singleElement()
			.extracting(Reject::line)
			.isEqualTo(cutText.lines().count());
		assertThat(cut.rejected()).isEqualTo(whole.rejected() + 1);
	}

	private static ParsedFile parse(String name, String text) {
		return PARSER.parse(Source.of(name, text.getBytes(StandardCharsets.UTF_8)));
	}

	/** The text without its final line break and without the last field of its last line (outside quotes). */
	private static String cutBeforeLastField(String text) {
		String body = text.replaceAll("[\\r\\n]+$", "");
		int lineStart = Math.max(body.lastIndexOf('\n'), body.lastIndexOf('\r')) + 1;
		char delimiter = body.indexOf(';', lineStart) >= 0 && body.indexOf(',', lineStart) < 0 ? ';' : ',';
		int cut = -1;
		boolean quoted = false;
		for (int i = lineStart; i < body.length(); i++) {
			char c = body.charAt(i);
			quoted = c == '"' ? !quoted : quoted;
			if (c == delimiter && !quoted) {
				cut = i;
			}
		}
		assertThat(cut).as("the last line has a field to cut").isGreaterThan(lineStart);
		return body.substring(0, cut);
	}

	private static Arguments fixture(String format, String resource, String name) {
		try (InputStream in = CutOffLastRowTest.class.getResourceAsStream("/fixtures/" + resource);
				Reader reader = TextFiles.reader(in)) {
			StringWriter text = new StringWriter();
			reader.transferTo(text);
			return Arguments.of(format, name, text.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
