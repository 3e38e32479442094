package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.truereach.domain.AccountDay;
import com.truereach.domain.Metric;
import com.truereach.ingest.ParsedFile;

class MetaInsightsReaderTest {

	@Test
	void fixtureIsReallyUtf16LeWithBom() throws IOException {
		byte[] bytes = Files.readAllBytes(SocialFixtures.path("meta/Follows.csv"));
		assertThat(bytes[0] & 0xFF).isEqualTo(0xFF);
		assertThat(bytes[1] & 0xFF).isEqualTo(0xFE);
		// 's' then a zero byte: little-endian UTF-16
		assertThat(bytes[2]).isEqualTo((byte) 's');
		assertThat(bytes[3]).isZero();
	}

	@Test
	void readsSparseInstagramFollowsFromUtf16DateOnly() {
		ParsedFile file = SocialFixtures.parse("meta/Follows.csv");

		assertThat(file.format().id()).isEqualTo("meta-insights");
		assertThat(file.usable()).as(file.message()).isTrue();
		// the absent days (Jan 2, Jan 3, ...) are 0 and are not made up; 2025-03-30T02:00 is still Mar 30
		assertThat(file.days()).containsExactly(day(2025, 1, 1, Metric.FOLLOWS_GAINED, 3),
				day(2025, 1, 4, Metric.FOLLOWS_GAINED, 1), day(2025, 3, 30, Metric.FOLLOWS_GAINED, 2));
		assertThat(file.dayLines()).containsExactly(4L, 5L, 6L);
	}

	@Test
	void readsFacebookReachWithCrlfAndGroupedThousands() {
		ParsedFile file = SocialFixtures.parse("meta/Reach.csv");

		assertThat(file.format().id()).isEqualTo("meta-insights");
		assertThat(file.platform()).isEqualTo(com.truereach.domain.Platform.FACEBOOK);
		assertThat(file.days()).containsExactly(day(2025, 1, 1, Metric.REACH, 0), day(2025, 1, 2, Metric.REACH, 1234),
				day(2025, 1, 3, Metric.REACH, 87));
	}

	@Test
	void readsViewsWhoseTitleNamesNoPlatform() {
		ParsedFile file = SocialFixtures.parse("meta/Views.csv");

		assertThat(file.format().id()).isEqualTo("meta-insights");
		// nothing in the file says whose it is: the account it is listed under will
		assertThat(file.platform()).isNull();
		file.listedUnder(com.truereach.domain.Platform.INSTAGRAM);
		assertThat(file.platform()).isEqualTo(com.truereach.domain.Platform.INSTAGRAM);
		assertThat(file.days()).containsExactly(day(2025, 1, 1, Metric.VIEWS, 5000), day(2025, 1, 2, Metric.VIEWS, 4000));
	}

	@Test
	void readsTheExcelResaveWithSemicolonsAndNoSepLine() throws IOException {
		byte[] bytes = Files.readAllBytes(SocialFixtures.path("meta/Follows (1).csv"));
		assertThat(new String(bytes, 0, 18, StandardCharsets.UTF_8)).isEqualTo("Facebook follows;\r");

		ParsedFile file = SocialFixtures.parse("meta/Follows (1).csv");

		assertThat(file.format().id()).isEqualTo("meta-insights");
		// titled Facebook follows: Facebook, whatever account it is listed under
		assertThat(file.platform()).isEqualTo(com.truereach.domain.Platform.FACEBOOK);
		file.listedUnder(com.truereach.domain.Platform.INSTAGRAM);
		assertThat(file.platform()).isEqualTo(com.truereach.domain.Platform.FACEBOOK);
		assertThat(file.days()).containsExactly(day(2025, 10, 31, Metric.FOLLOWS_GAINED, 4),
				day(2025, 11, 1, Metric.FOLLOWS_GAINED, 0));
	}

	@ParameterizedTest
	@CsvSource({ "Instagram follows, FOLLOWS_GAINED", "Facebook reach, REACH", "Views, VIEWS",
			"Facebook visits, PROFILE_VISITS", "Instagram profile visits, PROFILE_VISITS",
			"Instagram interactions, ENGAGEMENTS", "Facebook link clicks, LINK_CLICKS", "Link clicks, LINK_CLICKS",
			"Facebook unfollows, UNFOLLOWS" })
	void titleDecidesTheMetric(String title, Metric metric) {
		assertThat(MetaInsightsReader.metric(title)).isEqualTo(metric);
	}

	@Test
	void aTitleWithoutMetricIsKeptAsExtra() {
		ParsedFile file = SocialFixtures.read(new MetaInsightsReader(),
				"sep=,\n\"Facebook Page likes\"\n\"Date\",\"Primary\"\n\"2025-01-01T01:00:00\",\"12\"\n");

		assertThat(file.days()).containsExactly(
				new AccountDay(LocalDate.of(2025, 1, 1), Map.of(), Map.of("Facebook Page likes", new BigDecimal("12"))));
	}

	@Test
	void rejectsBadDateBadNumberAndMissingValue() {
		ParsedFile file = SocialFixtures.read(new MetaInsightsReader(),
				("sep=,\n\"Instagram reach\"\n\"Date\",\"Primary\"\n\"2025-01-01T01:00:00\",\"7\"\n"
						+ "\"someday\",\"1\"\n\"2025-01-03T01:00:00\",\"lots\"\n\"2025-01-04T01:00:00\",\"\"\n")
					.getBytes(StandardCharsets.UTF_16));

		assertThat(file.rejects()).extracting(r -> r.line() + " " + r.column() + " " + r.value() + " " + r.reason())
			.containsExactly("5 Date someday not a date in any known spelling", "6 Primary lots not a number",
					"7 Primary  no value for the day");
		assertThat(file.days()).containsExactly(day(2025, 1, 1, Metric.REACH, 7));
	}

	@Test
	void audienceTablesAreSummaryRowsNotDays() {
		ParsedFile file = SocialFixtures.parse("meta/Audience.csv");

		assertThat(file.format().id()).isEqualTo("meta-audience");
		assertThat(file.usable()).as(file.message()).isTrue();
		// data rows: 2 age rows + 2 countries + 1 city; titles, headers, blank lines and sep= are not rows
		assertThat(file.summaryRows()).isEqualTo(5);
		assertThat(file.read()).isZero();
		assertThat(file.days()).isEmpty();
	}

	private static AccountDay day(int year, int month, int dayOfMonth, Metric metric, long value) {
		return new AccountDay(LocalDate.of(year, month, dayOfMonth), Map.of(metric, value));
	}
}
