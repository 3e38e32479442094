package com.truereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code inspect} on the export variants of issue 12: format, platform, dates, read = accepted + rejected + skipped. */
class InspectCommandTest {

	@TempDir
	Path dir;

	@Test
	void eachVariantShowsItsFormatPlatformDatesAndRowCounts() throws IOException {
		Path stripe = write("unified_payments.csv", "id,Created date (UTC),Amount,Currency,Status\n"
				+ "ch_1,2026-03-01 10:00:00,20.00,usd,Paid\n,2026-03-01 11:00:00,20.00,usd,requires_payment_method\n"
				+ ",2026-03-02 11:00:00,20.00,usd,canceled\n");
		Path shopify = write("orders_export.csv", "Name,Email,Financial Status,Paid at,Currency,Total,Created at\n");
		Path tiktok = write("content.csv", "Video title,Video link,Post time,Video views,Likes,Comments,Shares,Add to Favorites\n"
				+ "a,https://www.tiktok.com/@shop/video/7401234567890000001,2025-10-30 08:15:00,1520,130,12,4,9\n");
		Path ga4 = write("snapshot.csv", "# ----------------------------------------\n# Reports snapshot\n# Start date: 20261101\n"
				+ "# End date: 20261102\nNth day,Active users\n0000,12\n0001,13\n\n# Start date: 20261101\n# End date: 20261102\n"
				+ "Nth day,Sessions\n0000,20\n0001,22\n");
		Path follows = write("Follows.csv", "\"Facebook follows\"\n\"Date\",\"Primary\"\n\"2025-01-01T00:00:00\",\"3\"\n");
		Path studio = dir.resolve("tiktok_studio_2026-01-03.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(studio))) {
			zip.putNextEntry(new ZipEntry("Overview.csv"));
			zip.write("\"Date\",\"Video Views\"\n\"January 2\",\"5\"\n\"December 30\",\"4\"".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		Path creator = creatorWorkbook();
		Path quietDay = write("payments.csv", "id,Description,Created (UTC),Amount,Amount Refunded,Currency,Status,Captured\r\n");
		String preamble = "# ----------------------------------------\n# User acquisition\n# Start date: 20261101\n"
				+ "# End date: 20261130\n";
		Path withSessions = write("user_acquisition.csv", preamble
				+ "First user source / medium,New users,Sessions,Key events,Total revenue\nig / social,21,39,2,64.00\n"
				+ "Grand total,21,39,2,64.00\n");
		Path withoutSessions = write("user_acquisition_2.csv", preamble
				+ "First user primary channel group (Default Channel Group),New users,Key events,Total revenue\n"
				+ "Organic Social,21,2,64.00\nDirect,50,3,120.50\n");

		String out = run("inspect", "--json", stripe.toString(), shopify.toString(), tiktok.toString(), ga4.toString(),
				follows.toString(), studio.toString(), creator.toString(), quietDay.toString(), withSessions.toString(),
				withoutSessions.toString());

		List<Map<String, Object>> files = out.lines().map(InspectCommandTest::json).toList();
		assertThat(files).extracting(f -> f.get("format"), f -> f.get("platform"), f -> f.get("from"), f -> f.get("to"))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("stripe-payments", "Stripe", "2026-03-01", "2026-03-01"),
					org.assertj.core.groups.Tuple.tuple("shopify-orders", "Shopify", null, null),
					org.assertj.core.groups.Tuple.tuple("tiktok-business-content", "TikTok", "2025-10-30", "2025-10-30"),
					org.assertj.core.groups.Tuple.tuple("ga4-csv", "GA4", "2026-11-01", "2026-11-02"),
					org.assertj.core.groups.Tuple.tuple("meta-insights", "Facebook", "2025-01-01", "2025-01-01"),
					org.assertj.core.groups.Tuple.tuple("tiktok-studio-daily", "TikTok", "2025-12-30", "2026-01-02"),
					org.assertj.core.groups.Tuple.tuple("linkedin-creator", "LinkedIn", "2026-11-01", "2026-11-02"),
					org.assertj.core.groups.Tuple.tuple("stripe-payments", "Stripe", null, null),
					org.assertj.core.groups.Tuple.tuple("ga4-csv", "GA4", "2026-11-01", "2026-11-30"),
					org.assertj.core.groups.Tuple.tuple("ga4-csv", "GA4", null, null));
		assertThat(files).allSatisfy(f -> {
			assertThat(f.get("status")).isEqualTo("OK");
			assertThat(number(f, "read")).isEqualTo(number(f, "accepted") + number(f, "rejected") + number(f, "skipped"));
		});
		assertThat(files.get(0)).containsEntry("read", 3).containsEntry("skipped", 2);
		assertThat(files.get(1)).containsEntry("read", 0);
		assertThat((String) files.get(1).get("notes")).contains("header only");
		assertThat(files.get(3)).containsEntry("read", 4).containsEntry("skipped", 2);
		assertThat((String) files.get(5).get("notes")).contains("the download's name 'tiktok_studio_2026-01-03.zip!/Overview.csv'");
		// ENGAGEMENT 1 day, TOP POSTS 1 post, FOLLOWERS 1 day and the total
		assertThat(files.get(6)).containsEntry("read", 4).containsEntry("accepted", 4);
		assertThat(files.get(7)).containsEntry("read", 0);
		assertThat((String) files.get(7).get("notes")).contains("header only");
		assertThat(files.get(8)).containsEntry("read", 1).containsEntry("accepted", 1).containsEntry("summaryRows", 1);
		assertThat((String) files.get(8).get("notes")).contains("stored as totals of 2026-11-01 .. 2026-11-30",
				"by first user source");
		assertThat(files.get(9)).containsEntry("read", 2).containsEntry("skipped", 2);
		assertThat((String) files.get(9).get("notes")).contains("revenue, key events, users by the source that first "
				+ "brought each user for 2026-11-01 .. 2026-11-30; not used", "would count them twice");

		String text = run("inspect", stripe.toString(), studio.toString());

		assertThat(text).contains("format:   stripe-payments (Stripe)", "dates:    2026-03-01 to 2026-03-01",
				"rows:     3 read = 1 accepted + 0 rejected + 2 skipped", "skipped:  2 rows: not revenue",
				"notes:    years of the dates inferred from the export day 2026-01-03");
		assertThat(text).containsOnlyOnce("not revenue");
	}

	@Test
	void aYearlessFileTakesTheExportDayGivenOnTheCommandLineAndSaysSo() throws IOException {
		Path overview = write("Overview.csv", "\"Date\",\"Video Views\"\n\"January 2\",\"5\"\n\"December 30\",\"4\"");

		List<Map<String, Object>> without = run("inspect", "--json", overview.toString()).lines().map(InspectCommandTest::json).toList();
		List<Map<String, Object>> with = run("inspect", "--json", "--exported-on", "2026-01-03", overview.toString())
			.lines().map(InspectCommandTest::json).toList();

		assertThat(without.get(0)).containsEntry("status", "ERROR");
		assertThat((String) without.get(0).get("error")).contains("export date is unknown");
		assertThat(with.get(0)).containsEntry("status", "OK").containsEntry("from", "2025-12-30").containsEntry("to", "2026-01-02");
		assertThat((String) with.get(0).get("notes")).contains("the exportedOn given for this file");
	}

	/** Files that cannot be used say why: a cut-off download, a year-less export whose export day is unknown. */
	@Test
	void aCutOffDownloadAndAnUndatedCopyShowWhyTheyAreNotUsed() throws IOException {
		Path cut = write("unified_payments.csv", "id,Created date (UTC),Amount,Currency,Status\n"
				+ "ch_1,2026-03-01 10:00:00,20.00,usd,Paid\nch_2,2026-03-01 11:00:00,14.9");
		Path copy = dir.resolve("copy.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(copy))) {
			ZipEntry entry = new ZipEntry("Overview.csv");
			// an archive tool's 1980 stamp: never the year of the dates
			entry.setTime(java.time.LocalDateTime.of(1980, 1, 1, 0, 0).atZone(java.time.ZoneId.systemDefault())
				.toInstant()
				.toEpochMilli());
			zip.putNextEntry(entry);
			zip.write("\"Date\",\"Video Views\"\n\"November 23\",\"5\"\n\"November 24\",\"4\"".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}

		List<Map<String, Object>> files = run("inspect", "--json", cut.toString(), copy.toString()).lines()
			.map(InspectCommandTest::json)
			.toList();

		assertThat(files.get(0)).containsEntry("format", "stripe-payments").containsEntry("status", "FAILED")
			.containsEntry("read", 2).containsEntry("accepted", 1).containsEntry("rejected", 1);
		assertThat(files.get(0).get("firstRejects")).asString().contains("unified_payments.csv:3 column 'Amount' value '14.9'",
				"cut off");
		assertThat(files.get(1)).containsEntry("format", "tiktok-studio-daily").containsEntry("status", "ERROR");
		assertThat((String) files.get(1).get("error")).contains("export date is unknown");

		Map<String, Object> dated = json(run("inspect", "--json", "--exported-on", "2026-11-25", copy.toString()).strip());
		assertThat(dated).containsEntry("status", "OK").containsEntry("from", "2026-11-23").containsEntry("to", "2026-11-24");
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content);
	}

	private Path creatorWorkbook() throws IOException {
		Path file = dir.resolve("creator.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet engagement = workbook.createSheet("ENGAGEMENT");
			row(engagement, 0, "Date", "Impressions", "Engagements");
			row(engagement, 1, "11/1/2026", "520", "14");
			Sheet posts = workbook.createSheet("TOP POSTS");
			row(posts, 0, "Maximum of 50 posts available to include in this list");
			row(posts, 2, "Post URL", "Post publish date", "Engagements", "", "Post URL", "Post publish date", "Impressions");
			row(posts, 3, "https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001", "11/1/2026", "14", "",
					"https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001", "11/1/2026", "520");
			Sheet followers = workbook.createSheet("FOLLOWERS");
			row(followers, 0, "Total followers on 11/2/2026:", "1234");
			row(followers, 2, "Date", "New followers");
			row(followers, 3, "11/1/2026", "3");
			workbook.write(out);
		}
		return file;
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	private static long number(Map<String, Object> file, String key) {
		return ((Number) file.get(key)).longValue();
	}

	private static Map<String, Object> json(String line) {
		return JsonMapper.builder().build().readValue(line, new TypeReference<Map<String, Object>>() {
		});
	}

	/** The command prints to standard output, so that is where its lines are read from. */
	private static String run(String... args) {
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			Cli.commandLine().execute(args);
		}
		finally {
			System.setOut(original);
		}
		return captured.toString(StandardCharsets.UTF_8);
	}
}
