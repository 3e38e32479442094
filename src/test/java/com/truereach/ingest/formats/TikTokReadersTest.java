package com.truereach.ingest.formats;

import static com.truereach.ingest.formats.StudioFixtures.bytes;
import static com.truereach.ingest.formats.StudioFixtures.copy;
import static com.truereach.ingest.formats.StudioFixtures.day;
import static com.truereach.ingest.formats.StudioFixtures.parseOne;
import static com.truereach.ingest.formats.StudioFixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.domain.Metric;
import com.truereach.domain.PostMetrics;
import com.truereach.domain.Reject;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.FileContext;
import com.truereach.ingest.ParsedFile;

class TikTokReadersTest {

	@TempDir
	Path dir;

	@Test
	void overviewInAZipTakesTheExportDateFromTheZipNameAndWrapsPastFirstJanuary() throws Exception {
		Path zip = StudioFixtures.zip(dir, "tiktok_studio_overview_2026-01-03.zip",
				Map.of("TIKTOK_RAW.csv", bytes("tiktok/Overview.csv")));

		List<ParsedFile> results = StudioFixtures.PARSER.parse(zip);

		assertThat(results).hasSize(1);
		ParsedFile file = results.get(0);
		assertThat(file.format().id()).isEqualTo("tiktok-studio-daily");
		assertThat(file.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(file.read()).isEqualTo(5);
		// export day 2026-01-03 is absent: Jan 2 and Jan 1 are before it in 2026, Dec 31 and Dec 30
		// come after 01-03 in the calendar so they are 2025, and January 3 itself is a year back
		assertThat(file.days()).extracting(d -> d.day()).containsExactly(LocalDate.of(2026, 1, 2),
				LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 30),
				LocalDate.of(2025, 1, 3));
		assertThat(day(file, LocalDate.of(2026, 1, 2)).metrics()).containsOnly(entry(Metric.VIEWS, 120L),
				entry(Metric.PROFILE_VISITS, 8L), entry(Metric.LIKES, 15L), entry(Metric.COMMENTS, 2L),
				entry(Metric.SHARES, 1L));
		// "undefined" is not known, so missing rather than zero
		assertThat(day(file, LocalDate.of(2026, 1, 1)).metrics()).doesNotContainKey(Metric.VIEWS)
			.containsEntry(Metric.PROFILE_VISITS, 5L);
		assertThat(day(file, LocalDate.of(2025, 12, 31)).metrics()).containsEntry(Metric.VIEWS, -3L);
	}

	@Test
	void theFileModifiedTimeNeverGivesTheYear() throws Exception {
		Path file = copy("tiktok/FollowerHistory_es.csv", dir, "Follows (1).csv");
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-03-09T10:00:00Z")));

		ParsedFile parsed = parseOne(file);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.ERROR);
		assertThat(parsed.message()).contains("export date is unknown", "exportedOn");
	}

	/** A re-zipped copy: entries stamped 1980 (or any day) while the zip's name still carries the export day. */
	@Test
	void zipEntryTimestampsNeverGiveTheYear() throws Exception {
		Path renamed = dir.resolve("tiktok.zip");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(renamed))) {
			java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry("Overview.csv");
			entry.setTime(java.time.LocalDateTime.of(1980, 1, 1, 0, 0).atZone(java.time.ZoneId.systemDefault())
				.toInstant().toEpochMilli());
			out.putNextEntry(entry);
			out.write(bytes("tiktok/Overview.csv"));
			out.closeEntry();
		}
		Path dated = Files.copy(renamed, dir.resolve("tiktok_studio_2026-01-03.zip"));

		assertThat(StudioFixtures.PARSER.parse(renamed)).singleElement().satisfies(file -> {
			assertThat(file.status()).isEqualTo(ParsedFile.Status.ERROR);
			assertThat(file.message()).contains("export date is unknown");
		});
		assertThat(StudioFixtures.PARSER.parse(dated)).singleElement().satisfies(file -> {
			assertThat(file.first()).isEqualTo(LocalDate.of(2025, 1, 3));
			assertThat(file.last()).isEqualTo(LocalDate.of(2026, 1, 2));
			assertThat(file.message()).contains("export day 2026-01-03",
					"the download's name 'tiktok_studio_2026-01-03.zip!/Overview.csv'");
		});
	}

	/** The folders around a download are a person's, not TikTok's: a dated folder name is no export day. */
	@Test
	void aDateInAFolderNameIsNotTheDownloadsName() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("2024-05-01"));

		ParsedFile parsed = parseOne(copy("tiktok/Overview.csv", folder, "Overview.csv"));

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.ERROR);
	}

	@Test
	void withoutADateInItsNameTheYearComesFromTheNewestDayOfAnotherExportOfTheAccount() throws Exception {
		Path history = copy("tiktok/FollowerHistory_es.csv", dir, "Follows (1).csv");
		Path other = Files.writeString(dir.resolve("followers.csv"), """
				Date,New followers,Total followers,Reached audience,Engaged audience
				2026/03/07,1,1502,800,75
				2026/03/08,0,1500,800,75
				""");
		FileContext context = new FileContext(List.of(other), LocalDate.of(2020, 6, 1));

		ParsedFile parsed = StudioFixtures.PARSER.parse(history, context).get(0);

		assertThat(parsed.format().id()).isEqualTo("tiktok-studio-daily");
		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.days()).extracting(d -> d.day()).containsExactly(LocalDate.of(2026, 3, 8),
				LocalDate.of(2026, 3, 7), LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31));
		assertThat(day(parsed, LocalDate.of(2026, 3, 8)).metrics()).containsOnly(entry(Metric.FOLLOWERS, 1500L),
				entry(Metric.NET_FOLLOWS, -2L));
		assertThat(day(parsed, LocalDate.of(2026, 1, 1)).metrics()).containsOnly(entry(Metric.FOLLOWERS, 1497L));
		// the other export is preferred to the definition's exportedOn, which only comes last
		assertThat(parsed.message()).contains("export day 2026-03-09",
				"the day after the newest day (2026-03-08) of another export of the account, 'followers.csv'");
		// the other export by its own name: the folders around it are the machine's, not the analyst's
		assertThat(parsed.message()).doesNotContain(dir.toString());
	}

	@Test
	void withNothingElseTheYearComesFromTheDefinitionsExportedOn() throws Exception {
		Path history = copy("tiktok/FollowerHistory_es.csv", dir, "Follows (1).csv");
		Path sample = Files.writeString(dir.resolve("sample.csv"), "id,screen_name,followers_count,friends_count\n1,a,1,2\n");

		ParsedFile parsed = StudioFixtures.PARSER.parse(history, new FileContext(List.of(sample), LocalDate.of(2026, 3, 9)))
			.get(0);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.last()).isEqualTo(LocalDate.of(2026, 3, 8));
		assertThat(parsed.message()).contains("export day 2026-03-09", "the exportedOn given for this file");
	}

	@Test
	void theDownloadsNameWinsOverEverythingTheJobKnows() throws Exception {
		Path history = copy("tiktok/FollowerHistory_es.csv", dir, "follower_history_20250309.csv");
		Path other = Files.writeString(dir.resolve("followers.csv"),
				"Date,New followers,Total followers,Reached audience,Engaged audience\n2026/03/08,0,1500,800,75\n");

		ParsedFile parsed = StudioFixtures.PARSER.parse(history, new FileContext(List.of(other), LocalDate.of(2026, 3, 9)))
			.get(0);

		assertThat(parsed.last()).isEqualTo(LocalDate.of(2025, 3, 8));
		assertThat(parsed.message()).contains("the download's name 'follower_history_20250309.csv'");
	}

	@Test
	void businessContentExportGivesOnePostPerVideoWithItsDay() {
		ParsedFile parsed = parseText("content.csv", """
				Video title,Video link,Post time,Video views,Likes,Comments,Shares,Add to Favorites
				"Morning brew, part 1",https://www.tiktok.com/@northwind.coffee/video/7401234567890000001,2025-10-30 08:15:00,1520,130,12,4,9
				Latte art,https://www.tiktok.com/@northwind.coffee/video/7401234567890000002,2025/10/31,880,NAN,--,1,0
				""");

		assertThat(parsed.format().id()).isEqualTo("tiktok-business-content");
		assertThat(parsed.platform()).isEqualTo(com.truereach.domain.Platform.TIKTOK);
		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.read()).isEqualTo(2);
		assertThat(parsed.first()).isEqualTo(LocalDate.of(2025, 10, 30));
		assertThat(parsed.last()).isEqualTo(LocalDate.of(2025, 10, 31));
		assertThat(parsed.accountHints()).containsExactly("@northwind.coffee");
		assertThat(parsed.posts()).extracting(PostMetrics::postId).containsExactly("7401234567890000001",
				"7401234567890000002");
		PostMetrics first = parsed.posts().get(0);
		assertThat(first.published()).isEqualTo(LocalDateTime.of(2025, 10, 30, 8, 15));
		assertThat(first.text()).isEqualTo("Morning brew, part 1");
		assertThat(first.metrics()).containsOnly(entry(Metric.VIEWS, 1520L), entry(Metric.LIKES, 130L),
				entry(Metric.COMMENTS, 12L), entry(Metric.SHARES, 4L), entry(Metric.SAVES, 9L));
		assertThat(first.extra()).isEmpty();
		assertThat(parsed.posts().get(1).metrics()).containsOnly(entry(Metric.VIEWS, 880L), entry(Metric.SHARES, 1L),
				entry(Metric.SAVES, 0L));
		// full dates: no year inferred, so no note about one
		assertThat(parsed.message()).isEmpty();
	}

	@Test
	void viewersAreReachWithNewAndReturningInExtra() throws Exception {
		ParsedFile parsed = parseOne(copy("tiktok/Viewers.csv", dir, "viewers_20250902.csv"));

		assertThat(parsed.format().id()).isEqualTo("tiktok-studio-daily");
		assertThat(day(parsed, LocalDate.of(2025, 9, 1)).metrics()).containsOnly(entry(Metric.REACH, 310L));
		assertThat(day(parsed, LocalDate.of(2025, 9, 1)).extra()).containsOnly(
				entry("New Viewers", new BigDecimal("200")), entry("Returning Viewers", new BigDecimal("110")));
		assertThat(day(parsed, LocalDate.of(2025, 8, 28)).extra()).containsOnlyKeys("Returning Viewers");
	}

	@Test
	void contentGivesOnePostPerVideoWithTheIdFromTheLink() throws Exception {
		ParsedFile parsed = parseOne(copy("tiktok/Content.csv", dir, "Content_2025-09-05.csv"));

		assertThat(parsed.format().id()).isEqualTo("tiktok-studio-content");
		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.accountHints()).containsExactly("@tinyshop");
		PostMetrics first = parsed.posts().get(0);
		assertThat(first.postId()).isEqualTo("7301234567890123456");
		assertThat(first.published()).isEqualTo(LocalDateTime.of(2025, 8, 28, 18, 5, 12));
		assertThat(first.text()).isEqualTo("Day 1, \"the\" start\nsecond line");
		assertThat(first.metrics()).containsOnly(entry(Metric.LIKES, 140L), entry(Metric.COMMENTS, 12L),
				entry(Metric.SHARES, 3L), entry(Metric.VIEWS, 2300L));
		PostMetrics second = parsed.posts().get(1);
		// Post time undefined: the day comes from Time, its year inferred from 2025-09-05
		assertThat(second.published()).isEqualTo(LocalDateTime.of(2025, 8, 30, 0, 0));
		assertThat(second.metrics()).doesNotContainKey(Metric.COMMENTS).containsEntry(Metric.VIEWS, 410L);
		// every column of Content.csv is read as a metric, the id, the title or the time
		assertThat(parsed.posts()).allSatisfy(post -> assertThat(post.extra()).isEmpty());
	}

	@Test
	void aContentColumnTikTokAddsLaterIsKeptAsExtra() {
		ParsedFile parsed = parseText("Content_2025-09-05.csv", """
				"Time","Video title","Video link","Post time","Total likes","Total comments","Total shares","Total views","Total saves","Sound"
				"August 31","a","https://www.tiktok.com/@tinyshop/video/7301234567890000002","undefined","1","0","0","10","4","original sound"
				"August 31","b","https://www.tiktok.com/@tinyshop/video/7301234567890000003","undefined","1","0","0","10","undefined","5\"""");

		// "original sound" is text and "undefined" not reported: absent, and neither video is rejected
		assertThat(parsed.rejects()).isEmpty();
		assertThat(parsed.posts()).extracting(PostMetrics::extra).containsExactly(
				Map.of("Total saves", new BigDecimal("4")), Map.of("Sound", new BigDecimal("5")));
	}

	@Test
	void spanishContentHeadersAndDates() {
		ParsedFile parsed = parseText("contenido_2025-09-05.csv", """
				"Hora","Título del video","Enlace del video","Hora de publicación","Total de me gusta","Total de comentarios","Total de veces compartido","Total de visualizaciones"
				"30 de agosto","Hola","https://www.tiktok.com/@tienda/video/7301234567890000001","undefined","7","1","0","99\"""");

		assertThat(parsed.format().id()).isEqualTo("tiktok-studio-content");
		assertThat(parsed.posts()).singleElement().satisfies(post -> {
			assertThat(post.published()).isEqualTo(LocalDateTime.of(2025, 8, 30, 0, 0));
			assertThat(post.metrics()).containsOnly(entry(Metric.LIKES, 7L), entry(Metric.COMMENTS, 1L),
					entry(Metric.SHARES, 0L), entry(Metric.VIEWS, 99L));
		});
	}

	@Test
	void rowsThatCannotBeReadAreRejectedWithLineColumnAndReason() {
		ParsedFile history = parseText("h_2026-03-09.csv", """
				"Fecha","Seguidores","Diferencia de seguidores con respecto al día anterior"
				"8 de marzo","1500","-2"
				"32 de marzo","1490","0"
				"6 de marzo","lots","0\"""");
		ParsedFile content = parseText("c_2025-09-05.csv", """
				"Time","Video title","Video link","Post time","Total likes","Total comments","Total shares","Total views"
				"August 31","broken","https://www.tiktok.com/@tinyshop/","undefined","1","0","0","10\"""");

		assertThat(history.rejects()).extracting(Reject::line, Reject::column, Reject::value).containsExactly(
				org.assertj.core.groups.Tuple.tuple(3L, "Fecha", "32 de marzo"),
				org.assertj.core.groups.Tuple.tuple(4L, "Seguidores", "lots"));
		// 2 of 3 rows rejected is over the 5 % threshold
		assertThat(history.status()).isEqualTo(ParsedFile.Status.FAILED);
		assertThat(history.read()).isEqualTo(3);
		assertThat(content.rejects()).singleElement().satisfies(reject -> {
			assertThat(reject.line()).isEqualTo(2);
			assertThat(reject.column()).isEqualTo("Video link");
			assertThat(reject.reason()).contains("no video id");
		});
	}

	@Test
	void withoutAnExportDateTheFileIsAnErrorThatSaysHowToFixIt() {
		ParsedFile parsed = parseText("Overview.csv", "\"Date\",\"Video Views\"\n\"March 3\",\"5\"");

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.ERROR);
		assertThat(parsed.message()).contains("tiktok-studio-daily", "without a year", "export date is unknown");
	}

	@Test
	void monthNamesInEnglishAndSpanishInEitherOrder() {
		assertThat(TikTokDates.monthDay("d", "February 28")).isEqualTo(MonthDay.of(2, 28));
		assertThat(TikTokDates.monthDay("d", "28 August")).isEqualTo(MonthDay.of(8, 28));
		assertThat(TikTokDates.monthDay("d", "8 de marzo")).isEqualTo(MonthDay.of(3, 8));
		assertThat(TikTokDates.monthDay("d", "3 Sept.")).isEqualTo(MonthDay.of(9, 3));
		assertThat(TikTokDates.monthDay("d", "1 de SEPTIEMBRE")).isEqualTo(MonthDay.of(9, 1));
		assertThatThrownBy(() -> TikTokDates.monthDay("d", "31 de febrero")).isInstanceOf(BadValue.class);
		assertThatThrownBy(() -> TikTokDates.monthDay("d", "Brumaire 3")).isInstanceOf(BadValue.class);
	}

	@Test
	void twentyNinthOfFebruaryNeedsALeapYearAndFullDatesKeepTheirYear() {
		// export 2025-03-10: February 29 is before 03-10, so 2025, which has no 29 February
		TikTokDates dates = new TikTokDates(LocalDate.of(2025, 3, 10), "a test");
		assertThatThrownBy(() -> dates.parse("Date", "February 29")).isInstanceOf(BadValue.class)
			.hasMessageContaining("not a leap year");
		assertThat(new TikTokDates(LocalDate.of(2024, 3, 10), "a test").parse("Date", "February 29"))
			.isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(dates.parse("Date", "2023-05-01")).isEqualTo(LocalDate.of(2023, 5, 1));
	}

	@Test
	void businessOverviewWithTrailingSpaceHeaderAndNanMissingValues() throws Exception {
		ParsedFile parsed = parseOne(copy("tiktok/business_overview.csv", dir, "bok-analytics.csv"));

		assertThat(parsed.format().id()).isEqualTo("tiktok-business-overview");
		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(day(parsed, LocalDate.of(2025, 10, 31)).metrics()).containsOnly(entry(Metric.VIEWS, 1200L),
				entry(Metric.REACH, 800L), entry(Metric.PROFILE_VISITS, 30L), entry(Metric.LIKES, 90L),
				entry(Metric.SHARES, 4L), entry(Metric.COMMENTS, 7L), entry(Metric.NET_FOLLOWS, -2L),
				entry(Metric.FOLLOWS_GAINED, 3L), entry(Metric.UNFOLLOWS, 5L));
		// NAN and -- are missing; the trailing space of "Phone number clicks " is not part of the name
		assertThat(day(parsed, LocalDate.of(2025, 10, 31)).extra()).isEmpty();
		assertThat(day(parsed, LocalDate.of(2025, 10, 30)).extra()).containsOnly(
				entry("Phone number clicks", BigDecimal.ONE), entry("Leads submission", BigDecimal.ZERO));
		assertThat(day(parsed, LocalDate.of(2025, 10, 30)).metrics()).doesNotContainKeys(Metric.VIEWS, Metric.REACH);
	}

	@Test
	void businessFollowersGiveTheTotalAndNewFollowers() throws Exception {
		ParsedFile parsed = parseOne(copy("tiktok/business_followers.csv", dir, "followers.csv"));

		assertThat(parsed.format().id()).isEqualTo("tiktok-business-followers");
		assertThat(day(parsed, LocalDate.of(2025, 10, 31)).metrics()).containsOnly(
				entry(Metric.FOLLOWS_GAINED, 3L), entry(Metric.FOLLOWERS, 5120L), entry(Metric.REACH, 800L));
		assertThat(day(parsed, LocalDate.of(2025, 10, 31)).extra()).containsOnly(
				entry("Engaged audience", new BigDecimal("75")));
		assertThat(day(parsed, LocalDate.of(2025, 11, 1)).metrics()).containsOnly(entry(Metric.FOLLOWERS, 5118L));
	}
}
