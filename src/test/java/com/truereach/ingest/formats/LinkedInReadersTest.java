package com.truereach.ingest.formats;

import static com.truereach.ingest.formats.StudioFixtures.day;
import static com.truereach.ingest.formats.StudioFixtures.parseOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.domain.Metric;
import com.truereach.domain.PostMetrics;
import com.truereach.domain.Reject;
import com.truereach.ingest.ParsedFile;

class LinkedInReadersTest {

	@TempDir
	Path dir;

	@Test
	void binaryXlsFollowersWithTextNumbersTextDatesAndRealDateCells() throws Exception {
		Path file;
		try (Workbook workbook = new HSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("New followers");
			row(sheet, 0, "Date", "Sponsored followers", "Organic followers", "Auto-invited followers", "Total followers");
			// numbers stored as text cells, date as MM/DD/YYYY text
			row(sheet, 1, "08/01/2025", "0", "12", "1", "13");
			Row real = sheet.createRow(2);
			dateCell(workbook, real.createCell(0), LocalDate.of(2025, 8, 2));
			real.createCell(1).setCellValue(1);
			real.createCell(2).setCellValue(5);
			real.createCell(3).setCellValue(0);
			real.createCell(4).setCellValue(6);
			audienceSheet(workbook, "Location", "Berlin", "Paris");
			audienceSheet(workbook, "Job function", "Engineering", "Sales", "Marketing");
			file = save(workbook, "acme_followers_1722556800000.xls");
		}

		ParsedFile parsed = parseOne(file);

		assertThat(parsed.format().id()).isEqualTo("linkedin-followers");
		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.read()).isEqualTo(2);
		// Location 2 rows + Job function 3 rows below their headers are audience snapshots
		assertThat(parsed.summaryRows()).isEqualTo(5);
		assertThat(day(parsed, LocalDate.of(2025, 8, 1)).metrics()).containsOnly(entry(Metric.FOLLOWS_GAINED, 13L));
		assertThat(day(parsed, LocalDate.of(2025, 8, 1)).extra()).containsOnly(
				entry("Sponsored followers", BigDecimal.ZERO), entry("Organic followers", new BigDecimal("12")),
				entry("Auto-invited followers", BigDecimal.ONE));
		assertThat(day(parsed, LocalDate.of(2025, 8, 2)).metrics()).containsOnly(entry(Metric.FOLLOWS_GAINED, 6L));
	}

	@Test
	void xlsxFollowersWithoutAutoInvitedColumnAndABadRow() throws Exception {
		Path file;
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("New followers");
			row(sheet, 0, "Date", "Sponsored followers", "Organic followers", "Total followers");
			for (int r = 1; r <= 20; r++) {
				row(sheet, r, String.format("08/%02d/2025", r), "0", String.valueOf(r), String.valueOf(r));
			}
			row(sheet, 21, "08/32/2025", "0", "1", "1");
			row(sheet, 22, "08/22/2025", "0", "1", "one");
			file = save(workbook, "page.xlsx");
		}

		ParsedFile parsed = parseOne(file);

		assertThat(parsed.format().id()).isEqualTo("linkedin-followers");
		// Excel rows 22 and 23 (1-based); the column is the header name
		assertThat(parsed.rejects()).extracting(Reject::line, Reject::column, Reject::value).containsExactly(
				org.assertj.core.groups.Tuple.tuple(22L, "Date", "08/32/2025"),
				org.assertj.core.groups.Tuple.tuple(23L, "Total followers", "one"));
		assertThat(parsed.rejects().get(0).file()).endsWith("page.xlsx sheet 'New followers'");
		// 2 of 22 rejected = 9.1 % > 5 %
		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.FAILED);
		assertThat(day(parsed, LocalDate.of(2025, 8, 20)).metrics()).containsOnly(entry(Metric.FOLLOWS_GAINED, 20L));
		assertThat(day(parsed, LocalDate.of(2025, 8, 20)).extra()).doesNotContainKey("Auto-invited followers");
	}

	@Test
	void contentMetricsAndAllPostsFromOneWorkbookCountTheirRowsApart() throws Exception {
		Path file;
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet metrics = workbook.createSheet("Metrics");
			row(metrics, 0, "Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)",
					"Unique impressions (organic)", "Clicks (organic)", "Clicks (sponsored)", "Clicks (total)",
					"Reactions (organic)", "Reactions (sponsored)", "Reactions (total)", "Comments (total)",
					"Reposts (total)", "Engagement rate (total)");
			row(metrics, 1, "09/01/2025", "100", "50", "150", "80", "4", "2", "6", "9", "1", "10", "2", "1", "0.125");
			row(metrics, 2, "09/02/2025", "70", "0", "70", "60", "1", "0", "1", "3", "0", "3", "0", "0", "1.5%");
			Sheet posts = workbook.createSheet("All posts");
			row(posts, 0, "All posts: organic and sponsored posts published in the period");
			row(posts, 1, "Post title", "Post link", "Post type", "Posted by", "Created date", "Impressions",
					"Views (excluding off-site video views)", "Clicks", "Click through rate (CTR)", "Likes", "Comments",
					"Reposts", "Follows", "Engagement rate");
			row(posts, 2, "Launch, finally", "https://www.linkedin.com/feed/update/urn:li:activity:7234567890123456789",
					"Organic", "Ann", "09/01/2025", "1200", "", "30", "0.025", "40", "5", "3", "2", "0.065");
			row(posts, 3, "No link", "", "Organic", "Ann", "09/02/2025", "10", "", "0", "0", "0", "0", "0", "0", "0");
			audienceSheet(workbook, "Industry", "Software");
			file = save(workbook, "acme_content_1725148800000.xlsx");
		}

		ParsedFile parsed = parseOne(file);

		assertThat(parsed.format().id()).isEqualTo("linkedin-content");
		// Metrics rows 2-3 and All posts rows 3-4 share numbers but are four rows: 2 days + 1 post + 1 reject
		assertThat(parsed.read()).isEqualTo(4);
		assertThat(parsed.accepted()).isEqualTo(3);
		assertThat(parsed.summaryRows()).isEqualTo(1);
		assertThat(day(parsed, LocalDate.of(2025, 9, 1)).metrics()).containsOnly(entry(Metric.IMPRESSIONS, 150L),
				entry(Metric.REACH, 80L), entry(Metric.LINK_CLICKS, 6L), entry(Metric.LIKES, 10L),
				entry(Metric.COMMENTS, 2L), entry(Metric.REPOSTS, 1L));
		assertThat(day(parsed, LocalDate.of(2025, 9, 1)).extra()).containsEntry("Impressions (organic)",
				new BigDecimal("100")).containsEntry("Engagement rate (total)", new BigDecimal("0.125"));
		// a percent text is the same fraction as a number cell: 1.5 % = 0.015
		assertThat(day(parsed, LocalDate.of(2025, 9, 2)).extra()).containsEntry("Engagement rate (total)",
				new BigDecimal("0.015"));
		PostMetrics post = parsed.posts().get(0);
		assertThat(post.postId()).isEqualTo("urn:li:activity:7234567890123456789");
		assertThat(post.published()).isEqualTo(LocalDateTime.of(2025, 9, 1, 0, 0));
		assertThat(post.text()).isEqualTo("Launch, finally");
		assertThat(post.metrics()).containsOnly(entry(Metric.IMPRESSIONS, 1200L), entry(Metric.LINK_CLICKS, 30L),
				entry(Metric.LIKES, 40L), entry(Metric.COMMENTS, 5L), entry(Metric.REPOSTS, 3L),
				entry(Metric.FOLLOWS_GAINED, 2L));
		// the two rates are fractions without a metric; "Organic", "Ann" and the blank Views are not extra
		assertThat(post.extra()).containsOnly(entry("Click through rate (CTR)", new BigDecimal("0.025")),
				entry("Engagement rate", new BigDecimal("0.065")));
		assertThat(parsed.rejects()).singleElement().satisfies(reject -> {
			assertThat(reject.line()).isEqualTo(4);
			assertThat(reject.column()).isEqualTo("Post link");
			assertThat(reject.file()).endsWith("sheet 'All posts'");
		});
	}

	@Test
	void olderContentWithSharesAndNoTotalColumnsSumsOrganicAndSponsored() throws Exception {
		Path file;
		try (Workbook workbook = new HSSFWorkbook()) {
			Sheet metrics = workbook.createSheet("Metrics");
			row(metrics, 0, "Date", "Impressions (organic)", "Impressions (sponsored)", "Unique impressions (organic)",
					"Shares (organic)", "Shares (sponsored)");
			row(metrics, 1, "03/05/2024", "100", "25", "90", "2", "1");
			file = save(workbook, "old.xls");
		}

		ParsedFile parsed = parseOne(file);

		// 100 + 25 = 125 impressions; reposts 2 + 1 = 3; reach is the organic unique impressions alone
		assertThat(day(parsed, LocalDate.of(2024, 3, 5)).metrics()).containsOnly(entry(Metric.IMPRESSIONS, 125L),
				entry(Metric.REACH, 90L), entry(Metric.REPOSTS, 3L));
		assertThat(day(parsed, LocalDate.of(2024, 3, 5)).extra()).isEmpty();
	}

	@Test
	void visitorsPageViewsAreProfileVisits() throws Exception {
		Path file;
		try (Workbook workbook = new HSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Visitor metrics");
			row(sheet, 0, "Date", "Overview page views (desktop)", "Overview page views (mobile)",
					"Overview page views (total)", "Total page views (desktop)", "Total page views (mobile)",
					"Total page views (total)", "Total unique visitors (total)");
			row(sheet, 1, "10/07/2025", "3", "4", "7", "5", "6", "11", "8");
			audienceSheet(workbook, "Seniority", "Senior", "Entry");
			file = save(workbook, "acme_visitors_1728259200000.xls");
		}

		ParsedFile parsed = parseOne(file);

		assertThat(parsed.format().id()).isEqualTo("linkedin-visitors");
		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(day(parsed, LocalDate.of(2025, 10, 7)).metrics()).containsOnly(entry(Metric.PROFILE_VISITS, 11L));
		assertThat(day(parsed, LocalDate.of(2025, 10, 7)).extra()).containsEntry("Total unique visitors (total)",
				new BigDecimal("8")).containsEntry("Overview page views (total)", new BigDecimal("7"))
			.doesNotContainKey("Total page views (total)");
		assertThat(parsed.summaryRows()).isEqualTo(2);
	}

	@Test
	void aWorkbookWithoutTheDailySheetIsNotLinkedIn() throws Exception {
		Path file;
		try (Workbook workbook = new XSSFWorkbook()) {
			row(workbook.createSheet("Location"), 0, "Location", "Total followers");
			file = save(workbook, "acme_followers.xlsx");
		}

		ParsedFile parsed = parseOne(file);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.UNRECOGNISED);
		assertThat(parsed.message()).contains("[Location]");
	}

	/**
	 * A member's own analytics export: period totals in DISCOVERY, days in ENGAGEMENT, new
	 * followers per day under a follower total in FOLLOWERS, posts and audience without days.
	 */
	@Test
	void creatorAnalyticsGiveDailyImpressionsEngagementsNewFollowersAndTheFollowerTotal() throws Exception {
		Path file;
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet discovery = workbook.createSheet("DISCOVERY");
			row(discovery, 0, "Overall Performance", "11/1/2026 - 11/4/2026");
			row(discovery, 1, "Impressions", "2,310");
			row(discovery, 2, "Members reached", "1,402");
			Sheet engagement = workbook.createSheet("ENGAGEMENT");
			row(engagement, 0, "Date", "Impressions", "Engagements");
			row(engagement, 1, "11/1/2026", "520", "14");
			row(engagement, 2, "11/2/2026", "1,100", "31");
			row(engagement, 3, "11/3/2026", "690", "many");
			Sheet posts = workbook.createSheet("TOP POSTS");
			row(posts, 0, "Maximum of 50 posts available to include in this list");
			row(posts, 2, "Post URL", "Post publish date", "Engagements", "", "Post URL", "Post publish date", "Impressions");
			row(posts, 3, "https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001", "11/2/2026", "31", "",
					"https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001", "11/2/2026", "1100");
			Sheet followers = workbook.createSheet("FOLLOWERS");
			row(followers, 0, "Total followers on 11/4/2026:", "1,234");
			row(followers, 2, "Date", "New followers");
			row(followers, 3, "11/1/2026", "3");
			row(followers, 4, "11/2/2026", "5");
			row(followers, 5, "11/4/2026", "2");
			Sheet demographics = workbook.createSheet("DEMOGRAPHICS");
			row(demographics, 0, "Top Demographics", "Value", "Percentage");
			row(demographics, 1, "Job titles", "Barista", "0.12");
			row(demographics, 2, "Locations", "Oslo", "0.4");
			file = save(workbook, "Content_2026-11-01_2026-11-04_Kari.xlsx");
		}

		ParsedFile parsed = parseOne(file);

		assertThat(parsed.format().id()).isEqualTo("linkedin-creator");
		assertThat(parsed.platform()).isEqualTo(com.truereach.domain.Platform.LINKEDIN);
		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.FAILED);
		assertThat(parsed.rejects()).extracting(Reject::line, Reject::column, Reject::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "Engagements", "many"));
		assertThat(parsed.first()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(parsed.last()).isEqualTo(LocalDate.of(2026, 11, 4));
		assertThat(day(parsed, LocalDate.of(2026, 11, 1)).metrics()).containsOnly(entry(Metric.IMPRESSIONS, 520L),
				entry(Metric.ENGAGEMENTS, 14L), entry(Metric.FOLLOWS_GAINED, 3L));
		assertThat(day(parsed, LocalDate.of(2026, 11, 2)).metrics()).containsOnly(entry(Metric.IMPRESSIONS, 1100L),
				entry(Metric.ENGAGEMENTS, 31L), entry(Metric.FOLLOWS_GAINED, 5L));
		// a day only in FOLLOWERS, with the total of that day
		assertThat(day(parsed, LocalDate.of(2026, 11, 4)).metrics()).containsOnly(entry(Metric.FOLLOWS_GAINED, 2L),
				entry(Metric.FOLLOWERS, 1234L));
		// the post at the top of both tables is one post with both metrics
		assertThat(parsed.posts()).singleElement().satisfies(post -> {
			assertThat(post.postId()).isEqualTo("urn:li:activity:7260000000000000001");
			assertThat(post.published()).isEqualTo(LocalDateTime.of(2026, 11, 2, 0, 0));
			assertThat(post.metrics()).containsOnly(entry(Metric.ENGAGEMENTS, 31L), entry(Metric.IMPRESSIONS, 1100L));
		});
		// ENGAGEMENT 3 rows (one rejected), TOP POSTS 1 row, FOLLOWERS 3 rows and the total line; DISCOVERY 2 and
		// DEMOGRAPHICS 2 rows below their first line are totals and snapshots
		assertThat(parsed.read()).isEqualTo(8);
		assertThat(parsed.accepted()).isEqualTo(7);
		assertThat(parsed.summaryRows()).isEqualTo(4);
	}

	@Test
	void creatorAnalyticsWithATotalOnAnEngagementDayGiveItThere() throws Exception {
		Path file;
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet engagement = workbook.createSheet("ENGAGEMENT");
			row(engagement, 0, "Date", "Impressions", "Engagements");
			row(engagement, 1, "11/4/2026", "400", "9");
			Sheet followers = workbook.createSheet("FOLLOWERS");
			row(followers, 0, "Total followers on 11/4/2026:", "1234");
			row(followers, 2, "Date", "New followers");
			file = save(workbook, "creator.xlsx");
		}

		ParsedFile parsed = parseOne(file);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.days()).singleElement().satisfies(d -> assertThat(d.metrics()).containsOnly(
				entry(Metric.IMPRESSIONS, 400L), entry(Metric.ENGAGEMENTS, 9L), entry(Metric.FOLLOWERS, 1234L)));
		assertThat(parsed.read()).isEqualTo(2);
	}

	/** The follower total on a line of its own below its label, as some exports give it. */
	@Test
	void creatorFollowerTotalBelowItsLabelIsTheTotalOfTheLabelsDay() throws Exception {
		Path file;
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet engagement = workbook.createSheet("ENGAGEMENT");
			row(engagement, 0, "Date", "Impressions", "Engagements");
			row(engagement, 1, "9/30/2026", "400", "9");
			Sheet followers = workbook.createSheet("FOLLOWERS");
			row(followers, 0, "Total followers on 9/30/2026:", "");
			row(followers, 1, "Total followers", "812");
			row(followers, 3, "Date", "New followers");
			row(followers, 4, "9/30/2026", "4");
			file = save(workbook, "creator.xlsx");
		}

		ParsedFile parsed = parseOne(file);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.days()).singleElement().satisfies(d -> assertThat(d.metrics()).containsOnly(
				entry(Metric.IMPRESSIONS, 400L), entry(Metric.ENGAGEMENTS, 9L), entry(Metric.FOLLOWS_GAINED, 4L),
				entry(Metric.FOLLOWERS, 812L)));
		// the ENGAGEMENT row, the FOLLOWERS row and the total (its label's line)
		assertThat(parsed.read()).isEqualTo(3);
		assertThat(parsed.rejected()).isZero();
	}

	/**
	 * TOP POSTS' two rankings side by side, of different lengths and not listing the same posts:
	 * one post per link, with the metrics of every table that lists it, its day, and each row
	 * accounted for.
	 */
	@Test
	void creatorTopPostsAreReadAsPostsWithTheirDayAndTheMetricsOfBothTables() throws Exception {
		String a = "https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001";
		String b = "https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000002";
		String c = "https://www.linkedin.com/posts/kari_coffee-share-7260000000000000003-Ab?trk=public_post";
		Path file;
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet engagement = workbook.createSheet("ENGAGEMENT");
			row(engagement, 0, "Date", "Impressions", "Engagements");
			row(engagement, 1, "11/2/2026", "1,100", "31");
			Sheet posts = workbook.createSheet("TOP POSTS");
			row(posts, 0, "Maximum of 50 posts available to include in this list");
			row(posts, 2, "Post URL", "Post Publish Date", "Engagements", "", "Post URL", "Post Publish Date", "Impressions");
			row(posts, 3, a, "11/2/2026", "31", "", b, "10/28/2026", "2400");
			row(posts, 4, b, "10/28/2026", "12", "", a, "11/2/2026", "1100");
			// the impressions ranking is longer: posts seen but not engaged with
			row(posts, 5, "", "", "", "", c, "11/3/2026", "90");
			row(posts, 6, "", "", "", "", "https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000004",
					"someday", "40");
			Row real = posts.createRow(7);
			real.createCell(4).setCellValue("https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000005");
			dateCell(workbook, real.createCell(5), LocalDate.of(2026, 11, 1));
			real.createCell(6).setCellValue(12);
			Sheet followers = workbook.createSheet("FOLLOWERS");
			row(followers, 0, "Total followers on 11/4/2026:", "1,234");
			row(followers, 2, "Date", "New followers");
			file = save(workbook, "Content_2026-10-06_2026-11-04_Kari.xlsx");
		}

		ParsedFile parsed = parseOne(file);

		assertThat(parsed.posts()).extracting(PostMetrics::postId, PostMetrics::published, PostMetrics::metrics)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("urn:li:activity:7260000000000000001", LocalDateTime.of(2026, 11, 2, 0, 0),
							java.util.Map.of(Metric.ENGAGEMENTS, 31L, Metric.IMPRESSIONS, 1100L)),
					org.assertj.core.groups.Tuple.tuple("urn:li:activity:7260000000000000002", LocalDateTime.of(2026, 10, 28, 0, 0),
							java.util.Map.of(Metric.ENGAGEMENTS, 12L, Metric.IMPRESSIONS, 2400L)),
					org.assertj.core.groups.Tuple.tuple("https://www.linkedin.com/posts/kari_coffee-share-7260000000000000003-Ab",
							LocalDateTime.of(2026, 11, 3, 0, 0), java.util.Map.of(Metric.IMPRESSIONS, 90L)),
					org.assertj.core.groups.Tuple.tuple("urn:li:activity:7260000000000000005", LocalDateTime.of(2026, 11, 1, 0, 0),
							java.util.Map.of(Metric.IMPRESSIONS, 12L)));
		assertThat(parsed.rejects()).singleElement().satisfies(reject -> {
			assertThat(reject.file()).endsWith("sheet 'TOP POSTS'");
			assertThat(reject.line()).isEqualTo(7);
			assertThat(reject.column()).isEqualTo("Post Publish Date");
			assertThat(reject.value()).isEqualTo("someday");
		});
		// ENGAGEMENT 1 row, TOP POSTS 5 rows (one rejected), the follower total
		assertThat(parsed.read()).isEqualTo(parsed.accepted() + parsed.rejected() + parsed.skipped()).isEqualTo(7);
		assertThat(parsed.rejected()).isEqualTo(1);
		assertThat(parsed.first()).isEqualTo(LocalDate.of(2026, 10, 28));
		assertThat(parsed.message()).doesNotContain("TOP POSTS lists");
	}

	/** At LinkedIn's 50-post cap the period's other posts are missing, and the file says so. */
	@Test
	void creatorTopPostsAtTheirCapSayThePostsPerDayAreALowerBound() throws Exception {
		Path file;
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet engagement = workbook.createSheet("ENGAGEMENT");
			row(engagement, 0, "Date", "Impressions", "Engagements");
			row(engagement, 1, "11/2/2026", "1100", "31");
			Sheet posts = workbook.createSheet("TOP POSTS");
			row(posts, 0, "Post URL", "Post publish date", "Engagements", "", "Post URL", "Post publish date", "Impressions");
			for (int i = 1; i <= 50; i++) {
				String link = "https://www.linkedin.com/feed/update/urn:li:activity:72600000000000" + (10000 + i);
				row(posts, i, link, "11/2/2026", String.valueOf(100 - i), "", i <= 20 ? link : "", i <= 20 ? "11/2/2026" : "",
						i <= 20 ? String.valueOf(5000 - i) : "");
			}
			workbook.createSheet("FOLLOWERS");
			file = save(workbook, "creator.xlsx");
		}

		ParsedFile parsed = parseOne(file);

		assertThat(parsed.posts()).hasSize(50);
		assertThat(parsed.message()).contains("TOP POSTS lists LinkedIn's maximum of 50 posts by engagements: the period's "
				+ "other posts are not in the file, so its posts per day are a lower bound");
		assertThat(parsed.message()).doesNotContain("by impressions");
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	private static void audienceSheet(Workbook workbook, String name, String... values) {
		Sheet sheet = workbook.createSheet(name);
		row(sheet, 0, name, "Total followers");
		for (int i = 0; i < values.length; i++) {
			row(sheet, i + 1, values[i], String.valueOf(10 * (i + 1)));
		}
	}

	private static void dateCell(Workbook workbook, Cell cell, LocalDate day) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
		cell.setCellValue(day);
		cell.setCellStyle(style);
	}

	private Path save(Workbook workbook, String name) throws Exception {
		Path file = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}
}
