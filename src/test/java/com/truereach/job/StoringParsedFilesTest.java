package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.truereach.domain.Metric;
import com.truereach.history.AccountDayStore;
import com.truereach.history.AudienceStore;
import com.truereach.history.HistorySchema;
import com.truereach.history.InputFileStore;
import com.truereach.history.RevenueStore;
import com.truereach.ingest.FileParser;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.formats.StandardFormats;

/**
 * Newer export wins per day and kind, whatever order the files arrive in; the same file twice
 * changes nothing; an order exported again replaces the stored one and is counted.
 */
class StoringParsedFilesTest {

	static final String HEADER = "Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,"
			+ "Reposts,Profile visits,Create Post,Video views,Media views\n";

	@TempDir
	Path dir;

	SingleConnectionDataSource dataSource;

	InputFileStore files;

	AccountDayStore store;

	AudienceStore audience;

	RevenueStore revenueStore;

	Ingestion ingestion;

	@BeforeEach
	void database() {
		dataSource = new SingleConnectionDataSource("jdbc:h2:mem:days-" + System.nanoTime(), "sa", "", true);
		HistorySchema.migrate(dataSource);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		files = new InputFileStore(jdbc);
		store = new AccountDayStore(jdbc);
		audience = new AudienceStore(jdbc, store);
		revenueStore = new RevenueStore(jdbc);
		ingestion = new Ingestion(files, store, audience, revenueStore, StandardFormats.registry());
	}

	@AfterEach
	void close() {
		dataSource.destroy();
	}

	/** An X overview row whose impressions are {@code impressions} and new follows {@code follows}. */
	static String row(String date, long impressions, String follows) {
		return "\"" + date + "\"," + impressions + ",1,2,0,0," + follows + ",0,0,0,0,1,0,0\n";
	}

	Path export(String name, String content, String modified) throws IOException {
		Path file = Files.writeString(dir.resolve(name), HEADER + content);
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
		return file;
	}

	long ingest(Path file) {
		return ingest("acme-x", file);
	}

	long ingest(String owner, Path file) {
		ParsedFile parsed = new FileParser(StandardFormats.registry(), 0.05).parse(file).get(0);
		assertThat(parsed.usable()).as(parsed.message()).isTrue();
		long fileId = files.fileId(ParsedFileRecords.inputFile(parsed));
		return ingestion.storeRows(owner, ParsedFileRecords.export(parsed), fileId);
	}

	// old: Mar 1-3, new: Mar 2-4 (ends later, so newer); Mar 2 and 3 come from the new one
	Path older() throws IOException {
		return export("old.csv", row("Tue, Mar 3, 2026", 300, "30") + row("Mon, Mar 2, 2026", 200, "20")
				+ row("Sun, Mar 1, 2026", 100, "10"), "2026-03-05T00:00:00Z");
	}

	Path newer() throws IOException {
		return export("new.csv", row("Wed, Mar 4, 2026", 4000, "40") + row("Tue, Mar 3, 2026", 3000, "")
				+ row("Mon, Mar 2, 2026", 2000, "22"), "2026-03-04T00:00:00Z");
	}

	@Test
	void newerExportWinsInEitherOrder() throws IOException {
		assertThat(ingest(older())).isZero();
		assertThat(ingest(newer())).as("Mar 2 and 3 replaced").isEqualTo(2);
		TreeMap<LocalDate, AccountDayStore.StoredDay> oldFirst = store.days("acme-x", LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 4));

		database();
		assertThat(ingest(newer())).isZero();
		assertThat(ingest(older())).as("the older export replaces nothing").isZero();
		TreeMap<LocalDate, AccountDayStore.StoredDay> newFirst = store.days("acme-x", LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 4));

		for (TreeMap<LocalDate, AccountDayStore.StoredDay> days : List.of(oldFirst, newFirst)) {
			assertThat(days.keySet()).containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2),
					LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4));
			assertThat(days.get(LocalDate.of(2026, 3, 1)).get(Metric.IMPRESSIONS)).isEqualTo(100);
			assertThat(days.get(LocalDate.of(2026, 3, 2)).get(Metric.IMPRESSIONS)).isEqualTo(2000);
			assertThat(days.get(LocalDate.of(2026, 3, 2)).get(Metric.FOLLOWS_GAINED)).isEqualTo(22);
			// the newer row is used whole: its blank new-follows cell does not let the older 30 through
			assertThat(days.get(LocalDate.of(2026, 3, 3)).get(Metric.IMPRESSIONS)).isEqualTo(3000);
			assertThat(days.get(LocalDate.of(2026, 3, 3)).get(Metric.FOLLOWS_GAINED)).isNull();
			assertThat(days.get(LocalDate.of(2026, 3, 3)).sources()).singleElement()
				.satisfies(source -> assertThat(source).endsWith("new.csv:3"));
			assertThat(days.get(LocalDate.of(2026, 3, 4)).get(Metric.IMPRESSIONS)).isEqualTo(4000);
		}
	}

	/**
	 * Instagram's insights leave out days with 0: the newer export owns its whole period, so a
	 * day it leaves out is 0, not the older export's value. Old: Mar 1-4 with 10, 20, 30, 40 new
	 * follows; new: Mar 2 and Mar 5 only (ends later, so newer). Mar 3 and 4 are 0, Mar 1 keeps
	 * the old 10; the new export replaces Mar 2, 3 and 4 of the old one.
	 */
	@Test
	void newerExportOwnsTheDaysItLeavesOut() throws IOException {
		ingest(export("old.csv", row("Wed, Mar 4, 2026", 400, "40") + row("Tue, Mar 3, 2026", 300, "30")
				+ row("Mon, Mar 2, 2026", 200, "20") + row("Sun, Mar 1, 2026", 100, "10"), "2026-03-05T00:00:00Z"));
		long replaced = ingest(export("new.csv", row("Thu, Mar 5, 2026", 5000, "50")
				+ row("Mon, Mar 2, 2026", 2000, "22"), "2026-03-06T00:00:00Z"));

		TreeMap<LocalDate, AccountDayStore.StoredDay> days = store.days("acme-x", LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 5));
		assertThat(replaced).isEqualTo(3);
		assertThat(days.get(LocalDate.of(2026, 3, 1)).get(Metric.FOLLOWS_GAINED)).isEqualTo(10);
		assertThat(days.get(LocalDate.of(2026, 3, 2)).get(Metric.FOLLOWS_GAINED)).isEqualTo(22);
		for (int day : new int[] { 3, 4 }) {
			AccountDayStore.StoredDay leftOut = days.get(LocalDate.of(2026, 3, day));
			assertThat(leftOut.get(Metric.FOLLOWS_GAINED)).as("Mar " + day).isZero();
			assertThat(leftOut.get(Metric.IMPRESSIONS)).as("Mar " + day).isZero();
			assertThat(leftOut.get(Metric.FOLLOWERS)).isNull();
			assertThat(leftOut.sources()).singleElement()
				.satisfies(source -> assertThat(source).endsWith("new.csv: day not listed (0)"));
		}
		assertThat(days.get(LocalDate.of(2026, 3, 5)).get(Metric.FOLLOWS_GAINED)).isEqualTo(50);
		// the growth over the five days is the newer export's: 10 + 22 + 0 + 0 + 50
		assertThat(days.values().stream().mapToLong(d -> d.get(Metric.FOLLOWS_GAINED)).sum()).isEqualTo(82);
	}

	@Test
	void sameFileTwiceChangesNothing() throws IOException {
		Path file = older();
		ingest(file);
		assertThat(ingest(file)).isZero();
		TreeMap<LocalDate, AccountDayStore.StoredDay> days = store.days("acme-x", LocalDate.of(2026, 3, 2),
				LocalDate.of(2026, 3, 2));
		assertThat(days).hasSize(1);
		assertThat(days.get(LocalDate.of(2026, 3, 2)).sources()).hasSize(1);
		assertThat(days.get(LocalDate.of(2026, 3, 2)).metrics()).containsEntry(Metric.IMPRESSIONS, 200L)
			.containsEntry(Metric.FOLLOWS_GAINED, 20L);
		assertThat(store.lastDay("acme-x")).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM tr_day_series", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void rangeOutsideTheSeriesGivesNothing() throws IOException {
		ingest(older());
		assertThat(store.days("acme-x", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 9))).isEmpty();
		assertThat(store.days("other", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9))).isEmpty();
		assertThat(store.lastDay("other")).isNull();
		assertThat(Map.copyOf(store.days("acme-x", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 9))))
			.containsOnlyKeys(LocalDate.of(2026, 3, 3));
	}

	@Test
	void anOrderExportedAgainReplacesTheStoredOneOnce() throws IOException {
		String header = "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status,Customer Email,"
				+ "UTM Campaign,UTM Content,UTM Medium,UTM Source,UTM Term\n";
		Path march = Files.writeString(dir.resolve("march.csv"), header
				+ "ch_001,2026-03-02 10:15:00,19.99,0.00,usd,true,Paid,a@example.com,spring,,social,twitter,\n"
				+ "ch_002,2026-03-05 23:59:59,5.00,0.00,usd,true,Paid,b@example.com,,,,t.co,\n");
		// ch_002 again, now refunded: its sale is replaced and its refund is new
		Path april = Files.writeString(dir.resolve("april.csv"), header
				+ "ch_002,2026-03-05 23:59:59,5.00,5.00,usd,true,Refunded,b@example.com,,,,t.co,\n"
				+ "ch_003,2026-04-01 08:00:00,30.00,0.00,usd,true,Paid,c@example.com,,,,,\n");
		assertThat(ingest("stripe", march)).isZero();
		assertThat(ingest("stripe", march)).as("the same file again replaces nothing").isZero();
		assertThat(ingest("stripe", april)).isEqualTo(1);
		List<RevenueStore.StoredRevenue> revenue = revenueStore.revenue(List.of("stripe"), LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31));
		assertThat(revenue).extracting(r -> r.event().orderId() + " " + r.event().kind() + " " + r.event().amount().toPlainString())
			.containsExactlyInAnyOrder("ch_001 SALE 19.99", "ch_002 SALE 5", "ch_002 REFUND -5", "ch_003 SALE 30");
		// every stored order names the line it came from: ch_002 now from line 2 of april.csv
		assertThat(new JdbcTemplate(dataSource).queryForList("SELECT r.order_id || ' ' || r.kind || ' ' || f.path"
				+ " || ':' || r.line FROM tr_revenue r JOIN tr_input_file f ON f.id = r.file_id ORDER BY 1", String.class))
			.containsExactly("ch_001 SALE " + march + ":2", "ch_002 REFUND " + april + ":2",
					"ch_002 SALE " + april + ":2", "ch_003 SALE " + april + ":3");
	}

	@Test
	void aPostsExtraColumnsAreStoredAsJson() throws IOException {
		Path file = Files.writeString(dir.resolve("content.csv"), "Post id,Date,Post text,Post Link,Impressions,"
				+ "Likes,Detail Expands,URL Clicks,Hashtag Clicks,Permalink Clicks\n"
				+ "2091164775600881681,\"Sat, Aug 22, 2026\",hi,https://x.com/p/2091164775600881681,1938,21,20,4,-,0\n");

		ingest(file);

		// URL Clicks is a metric; the "-" Hashtag Clicks is not reported; the rest sorted by name
		assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT extra FROM tr_post", String.class))
			.isEqualTo("{\"Detail Expands\":20,\"Permalink Clicks\":0}");
		assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT line FROM tr_post", Long.class)).isEqualTo(2);
	}

	@Test
	void extrasBeyondTheColumnSizeAreLeftOffWholeSoThatTheJsonStaysReadable() throws IOException {
		StringBuilder header = new StringBuilder("Post id,Date,Post text,Post Link,Impressions");
		StringBuilder row = new StringBuilder("2091164775600881681,\"Sat, Aug 22, 2026\",hi,l,1");
		// 200 entries "Unknown column nnn":1 of 22 characters and a comma: 2 + 200 * 23 - 1 = 4601 > 4000
		for (int i = 100; i < 300; i++) {
			header.append(",Unknown column ").append(i);
			row.append(",1");
		}
		ingest(Files.writeString(dir.resolve("content.csv"), header + "\n" + row + "\n"));

		String extra = new JdbcTemplate(dataSource).queryForObject("SELECT extra FROM tr_post", String.class);

		assertThat(extra).hasSizeLessThanOrEqualTo(4000).startsWith("{\"Unknown column 100\":1,").endsWith(":1}");
		Map<String, Integer> stored = JsonMapper.builder().build().readValue(extra,
				new TypeReference<Map<String, Integer>>() {
				});
		// 2 + n * 23 - 1 <= 4000 for n <= 173: columns 100 to 272 are kept
		assertThat(stored).hasSize(173).containsKeys("Unknown column 100", "Unknown column 272")
			.doesNotContainKey("Unknown column 273");
	}

	@Test
	void aDatabaseCreatedBeforePostExtrasGainsTheColumn() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		// a database of that time had no Flyway history either
		jdbc.execute("DROP TABLE \"tr_schema_history\"");
		jdbc.execute("DROP TABLE tr_post");
		jdbc.execute("CREATE TABLE tr_post (account VARCHAR(200) NOT NULL, post_id VARCHAR(100) NOT NULL,"
				+ " published TIMESTAMP, text VARCHAR(4000), metrics VARCHAR(4000), file_id BIGINT NOT NULL,"
				+ " line BIGINT NOT NULL, PRIMARY KEY (account, post_id))");

		HistorySchema.migrate(dataSource);

		assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = 'TR_POST'",
				String.class)).contains("EXTRA");
	}

	@Test
	void aHeaderOnlyExportReplacesNothing() throws IOException {
		ingest(older());
		Path stripe = Files.writeString(dir.resolve("unified_payments.csv"),
				"id,Created date (UTC),Amount,Currency,Status\nch_1,2026-03-01 10:00:00,20.00,usd,Paid\n");
		ingest("shop", stripe);

		assertThat(ingest(export("quiet.csv", "", "2026-03-09T00:00:00Z"))).isZero();
		assertThat(ingest("shop", Files.writeString(dir.resolve("unified_payments (1).csv"),
				"id,Created date (UTC),Amount,Currency,Status\n"))).isZero();

		assertThat(store.days("acme-x", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3))).hasSize(3);
		assertThat(revenueStore.revenue(List.of("shop"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1))).hasSize(1);
	}

	/** The platform shown on the Data quality sheet: the file's own title, else its account's, never a reader's constant. */
	@Test
	void aFileIsRecordedWithTheTitlesPlatformElseItsAccountsAndItsSkippedRows() throws IOException {
		FileParser parser = new FileParser(StandardFormats.registry(), 0.05);
		ParsedFile sample = parser.parse(Files.writeString(dir.resolve("sample.csv"),
				"id,screen_name,followers_count,friends_count\n1,a,1,2\n")).get(0);
		sample.listedUnder(com.truereach.domain.Platform.INSTAGRAM);
		ParsedFile follows = parser.parse(Files.writeString(dir.resolve("Follows.csv"),
				"\"Facebook follows\"\n\"Date\",\"Primary\"\n\"2025-01-01T00:00:00\",\"3\"\n")).get(0);
		ParsedFile payments = parser.parse(Files.writeString(dir.resolve("payments.csv"),
				"id,Created date (UTC),Amount,Currency,Status\nch_1,2026-03-01 10:00:00,20.00,usd,Paid\n"
						+ ",2026-03-01 11:00:00,20.00,usd,requires_payment_method\n")).get(0);

		for (ParsedFile parsed : List.of(sample, follows, payments)) {
			files.recordRun(7, files.fileId(ParsedFileRecords.inputFile(parsed)), "owner",
					ParsedFileRecords.summary(parsed), 0);
		}

		assertThat(files.fileRuns(7)).extracting(InputFileStore.FileRun::path, InputFileStore.FileRun::platform,
				InputFileStore.FileRun::read, InputFileStore.FileRun::skipped)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(dir.resolve("sample.csv").toString(), "INSTAGRAM", 1L, 0L),
					org.assertj.core.groups.Tuple.tuple(dir.resolve("Follows.csv").toString(), "FACEBOOK", 1L, 0L),
					org.assertj.core.groups.Tuple.tuple(dir.resolve("payments.csv").toString(), "STRIPE", 2L, 1L));
	}
}
