package com.truereach.tooling.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.domain.Metric;
import com.truereach.domain.RevenueEvent;
import com.truereach.ingest.FileParser;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.formats.StandardFormats;

class DemoGeneratorTest {

	private static final LocalDate END = LocalDate.of(2026, 11, 24);

	/** 60 days keep the test quick; the bought day is then END - 30 and the viral day END - 45. */
	private static final int DAYS = 60;

	@TempDir
	static Path first;

	private static DemoGenerator.Truth truth;

	@BeforeAll
	static void generate() throws IOException {
		truth = new DemoGenerator(first.resolve("input"), first.resolve("jobs/nightly.yml"), 42, END, DAYS).generate();
	}

	@Test
	void sameSeedAndArgumentsGiveIdenticalBytes(@TempDir Path second) throws IOException {
		new DemoGenerator(second.resolve("input"), second.resolve("jobs/nightly.yml"), 42, END, DAYS).generate();

		Map<String, byte[]> a = contents(first);
		Map<String, byte[]> b = contents(second);
		assertThat(b.keySet()).isEqualTo(a.keySet());
		assertThat(a).hasSizeGreaterThan(25);
		a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
	}

	@Test
	void anotherSeedGivesOtherNumbers(@TempDir Path other) throws IOException {
		new DemoGenerator(other.resolve("input"), other.resolve("jobs/nightly.yml"), 7, END, DAYS).generate();

		assertThat(Files.readAllBytes(other.resolve("input/revenue/stripe/unified_payments.csv")))
			.isNotEqualTo(Files.readAllBytes(first.resolve("input/revenue/stripe/unified_payments.csv")));
	}

	@Test
	void xOverviewIsNewestFirstWithoutTrailingNewlineAndReadWithoutRejects() throws IOException {
		Path file = first.resolve("input/x/northwind/account_overview_analytics_2026-09-26_2026-11-24.csv");
		String text = Files.readString(file);
		List<String> lines = text.lines().toList();

		assertThat(lines.get(0)).isEqualTo("Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,"
				+ "Replies,Reposts,Profile visits,Create Post,Video views,Media views");
		assertThat(lines.get(1)).startsWith("\"Tue, Nov 24, 2026\",");
		assertThat(lines.get(lines.size() - 1)).startsWith("\"Sat, Sep 26, 2026\",");
		assertThat(text).doesNotEndWith("\n");

		ParsedFile parsed = parse(file);
		DailySeries x = series("nw-x");
		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.format().id()).isEqualTo("x-premium-overview");
		assertThat(parsed.rejected()).isZero();
		assertThat(parsed.days()).hasSize(DAYS);
		// newest first: row 1 is END, and its follows are the simulated gains of the last day
		assertThat(parsed.days().get(0).day()).isEqualTo(END);
		assertThat(parsed.days().get(0).metrics().get(Metric.FOLLOWS_GAINED)).isEqualTo((long) x.gained[DAYS - 1]);
		long unfollows = parsed.days().stream().mapToLong(d -> d.metrics().get(Metric.UNFOLLOWS)).sum();
		assertThat(unfollows).isEqualTo(Arrays.stream(x.lost).sum());
	}

	@Test
	void stripeExportIsReadWithoutRejectsAndMatchesThePayments() throws IOException {
		Path file = first.resolve("input/revenue/stripe/unified_payments.csv");
		ParsedFile parsed = parse(file);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.format().id()).isEqualTo("stripe-payments");
		assertThat(parsed.rejected()).isZero();
		assertThat(parsed.read()).isEqualTo(truth.payments());
		List<String> rows = Files.readAllLines(file);
		long captured = rows.stream().skip(1).filter(r -> r.split(",")[5].equals("true")).count();
		assertThat(parsed.revenue().stream().filter(e -> e.kind() == RevenueEvent.Kind.SALE)).hasSize((int) captured);
		assertThat(rows.stream().skip(1).map(r -> r.split(",")[4]).distinct()).containsExactly("usd");
		assertThat(rows.stream().skip(1).map(r -> r.split(",")[13]).distinct())
			.containsAnyOf("Paid", "Failed", "Refunded", "requires_payment_method");
		assertThat(parsed.revenue().stream().filter(e -> !e.utm().source().isEmpty()).map(e -> e.utm().source()))
			.isNotEmpty()
			.allMatch(s -> List.of("ig", "instagram", "l.instagram.com", "fb", "facebook", "l.facebook.com",
					"m.facebook.com", "lm.facebook.com", "{{site_source_name}}", "t.co", "twitter", "x", "linkedin",
					"lnkd.in", "com.linkedin.android", "tiktok", "tt", "vm.tiktok.com", "yt", "youtube", "youtube.com",
					"youtu.be", "google", "newsletter").contains(s));
	}

	@Test
	void metaInsightsAreUtf16WithBomSepLineAndTitle() throws IOException {
		byte[] bytes = Files.readAllBytes(first.resolve("input/instagram/fjordtea/Follows.csv"));
		assertThat(bytes[0] & 0xFF).isEqualTo(0xFF);
		assertThat(bytes[1] & 0xFF).isEqualTo(0xFE);
		String text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		assertThat(text).startsWith("sep=,\n\"Instagram follows\"\n\"Date\",\"Primary\"\n");
		// Instagram leaves out days without follows: the small account has some
		List<String> rows = text.lines().skip(3).toList();
		assertThat(rows).hasSizeLessThan(DAYS).allMatch(r -> r.matches("\"2026-\\d\\d-\\d\\dT0[01]:00:00\",\"[1-9]\\d*\""));

		String views = decode(first.resolve("input/facebook/northwindcoffee/Views.csv"));
		assertThat(views.lines().skip(1).findFirst()).contains("\"Views\"");
		String reach = decode(first.resolve("input/facebook/northwindcoffee/Reach.csv"));
		assertThat(reach.lines().skip(3)).hasSize(DAYS);
	}

	@Test
	void oneFacebookFileIsTheExcelResave() throws IOException {
		String text = Files.readString(first.resolve("input/facebook/northwindcoffee/Follows (1).csv"));
		assertThat(text).startsWith("Facebook follows;\r\nDate;Primary\r\n2026-09-26T00:00:00;");
		assertThat(text.lines()).hasSize(DAYS + 2);
	}

	@Test
	void instagramPostExportHasBomExactHeaderAndLineBreaksInsideDescriptions() throws IOException {
		Path dir = first.resolve("input/instagram/northwindcoffee");
		Path file;
		try (Stream<Path> files = Files.list(dir)) {
			file = files.filter(p -> p.getFileName().toString().startsWith("Sep-26-2026_Nov-24-2026_")).findFirst().orElseThrow();
		}
		byte[] bytes = Files.readAllBytes(file);
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\"Post ID\",\"Account ID\",\"Account username\",\"Account name\",Description,"
				+ "\"Duration (sec)\",\"Publish time\",Permalink,\"Post type\",\"Data comment\",Date,Views,Reach,Likes,"
				+ "Shares,Comments,Saves,Follows\n");
		assertThat(text).contains(",Lifetime,").containsPattern("\"[^\"]*\n\n[^\"]*\"");
		assertThat(text).containsPattern("\"\\d\\d/\\d\\d/2026 \\d\\d:\\d\\d\"");
	}

	@Test
	void tiktokZipHasQuotedYearlessFilesWithBomNoTrailingNewlineAndNoExportDay() throws IOException {
		Path zip = first.resolve("input/tiktok/northwind.coffee/tiktok_studio_northwind_coffee_2026-11-25.zip");
		Map<String, String> entries = new TreeMap<>();
		try (ZipFile file = new ZipFile(zip.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(file.entries())) {
				try (InputStream in = file.getInputStream(entry)) {
					byte[] bytes = in.readAllBytes();
					assertThat(Arrays.copyOf(bytes, 3)).as(entry.getName()).containsExactly(0xEF, 0xBB, 0xBF);
					entries.put(entry.getName(), new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
				}
			}
		}
		assertThat(entries).containsOnlyKeys("Overview.csv", "FollowerHistory.csv", "Viewers.csv", "Content.csv");
		String history = entries.get("FollowerHistory.csv");
		assertThat(history).startsWith("\"Date\",\"Followers\",\"Difference in followers from previous day\"\n"
				+ "\"September 26\",").doesNotEndWith("\n").doesNotContain("November 25").endsWith(
						"\"November 24\",\"" + series("nw-tt").finalFollowers() + "\",\""
								+ (series("nw-tt").followers(DAYS - 1) - series("nw-tt").followers(DAYS - 2)) + "\"");
		assertThat(entries.get("Viewers.csv")).contains("\"undefined\"");
		assertThat(entries.get("Overview.csv")).startsWith(
				"\"Date\",\"Video Views\",\"Profile Views\",\"Likes\",\"Comments\",\"Shares\"\n");
	}

	@Test
	void youtubeZipHasNetTotalsAndATotalRowFirst() throws IOException {
		Path zip = first.resolve("input/youtube/northwindcoffee/Content 2026-09-26_2026-11-24 Northwind Coffee.zip");
		try (ZipFile file = new ZipFile(zip.toFile())) {
			String totals = new String(file.getInputStream(file.getEntry("Totals.csv")).readAllBytes(), StandardCharsets.UTF_8);
			String table = new String(file.getInputStream(file.getEntry("Table data.csv")).readAllBytes(), StandardCharsets.UTF_8);
			DailySeries yt = series("nw-yt");
			assertThat(totals).startsWith("Date,Subscribers\n2026-09-26," + (yt.gained[0] - yt.lost[0]) + "\n");
			assertThat(table.lines().skip(1).findFirst().orElseThrow()).startsWith("Total,,,,");
			assertThat(file.getEntry("Chart data.csv")).isNotNull();
		}
	}

	@Test
	void linkedinWorkbooksHaveTheirSheetsAndSomeNumbersAsText() throws IOException {
		Path dir = first.resolve("input/linkedin/northwind-coffee");
		List<Path> books;
		try (Stream<Path> files = Files.list(dir)) {
			books = files.sorted().toList();
		}
		assertThat(books).extracting(p -> p.getFileName().toString())
			.allMatch(n -> n.matches("northwind-coffee_(content|followers)_\\d{13}\\.xlsx"));
		try (Workbook followers = WorkbookFactory.create(books.get(1).toFile(), null, true)) {
			Sheet sheet = followers.getSheet("New followers");
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Total followers");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("09/26/2026");
			// row 6 is day index 5: 5 % 11 == 5, stored as text
			assertThat(sheet.getRow(6).getCell(4).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(series("nw-li").gained[1]);
		}
		try (Workbook content = WorkbookFactory.create(books.get(0).toFile(), null, true)) {
			assertThat(content.getSheet("Metrics").getRow(0).getCell(1).getStringCellValue())
				.isEqualTo("Impressions (organic)");
			assertThat(content.getSheet("All posts").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Post title");
		}
	}

	@Test
	void shopifyRevenueAndGa4KeepTheirLayouts() throws IOException {
		String shopify = Files.readString(first.resolve("input/revenue/shopify/orders_export_1.csv"));
		assertThat(shopify.lines().findFirst().orElseThrow().split(",")).hasSize(79);
		assertThat(shopify).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+0[12]00")
			.contains(",'").contains("\"UTM source: ").contains(",voided,").contains(",refunded,");
		String ga4 = Files.readString(first.resolve("input/revenue/ga4/traffic_acquisition_session_source_medium.csv"));
		assertThat(ga4).contains("# Start date: 20260926\n# End date: 20261124\nSession source / medium,Sessions,")
			.contains("\nGrand total,").contains("\n\n# ").contains("\nDate,Sessions\n20260926,");
	}

	@Test
	void jobAnchorsAreTheTrueFinalTotalsAndTheEpisodesAreWhereTheReadmeSays() throws IOException {
		String job = Files.readString(first.resolve("jobs/nightly.yml"));
		assertThat(job).contains("    files: [\"../input/x/northwind/*.csv\"]\n    followersAnchor: { date: 2026-11-24, followers: "
				+ series("nw-x").finalFollowers() + " }\n");
		assertThat(job).contains("  - { utmCampaign: \"nw_ig_*\", account: nw-ig }");

		DailySeries ig = series("nw-ig");
		int b = ig.index(truth.boughtDay());
		assertThat(truth.boughtDay()).isEqualTo(END.minusDays(30));
		assertThat(ig.gained[b]).isGreaterThanOrEqualTo(5000);
		// the step moves followers, not reach: reach that day stays below twice the day before's
		assertThat(ig.reach[b]).isLessThan(2 * Math.max(ig.reach[b - 1], ig.reach[b - 2]));
		assertThat(ig.boughtAt(b)).isEqualTo(5000);
		// 29 of the 42 removal days fit in this short run, the fast ones first: most of the 1,250 are gone
		assertThat(ig.boughtAt(DAYS - 1)).isBetween(5000 - 1250, 5000 - 1000);

		String readme = Files.readString(first.resolve("input/README.md"));
		assertThat(readme).contains(truth.boughtDay().toString()).contains(truth.viralDay().toString());
		long sampleRows = Files.readAllLines(first.resolve("input/x/northwind/follower_sample_northwind.csv")).size();
		assertThat(sampleRows).isEqualTo(201);
	}

	private static DailySeries series(String id) {
		return truth.accounts().stream().filter(s -> s.spec().id().equals(id)).findFirst().orElseThrow();
	}

	private static ParsedFile parse(Path file) {
		List<ParsedFile> parsed = new FileParser(StandardFormats.registry(), 0.05).parse(file);
		assertThat(parsed).hasSize(1);
		return parsed.get(0);
	}

	private static String decode(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
	}

	private static Map<String, byte[]> contents(Path root) throws IOException {
		Map<String, byte[]> contents = new TreeMap<>();
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).forEach(files::add);
		}
		for (Path file : files) {
			contents.put(root.relativize(file).toString(), Files.readAllBytes(file));
		}
		return contents;
	}

}
