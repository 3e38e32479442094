package com.truereach.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.domain.AccountDay;
import com.truereach.domain.Metric;
import com.truereach.domain.Reject;
import com.truereach.domain.RevenueEvent;

import com.truereach.ingest.formats.StandardFormats;

/**
 * Input as a hostile user or a flaky machine hands it over (issue 11, items 2 to 8, and the
 * hostile files that must keep failing cleanly): each ends as rejected rows or a file status
 * with its reason, and nothing of it reaches the history or stops the others.
 */
class IngestFaultsTest {

	static final String X_HEADER = "Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,"
			+ "Reposts,Profile visits,Create Post,Video views,Media views\n";

	static final String STRIPE_HEADER = "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status,"
			+ "Customer Email,UTM Campaign,UTM Content,UTM Medium,UTM Source,UTM Term\n";

	/** The run's clock: 10 March 2026, so tomorrow is 11 March. */
	static final ReadLimits LIMITS = new ReadLimits(
			Clock.fixed(LocalDate.of(2026, 3, 10).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
			ReadLimits.DEFAULT_MAX_FILE_BYTES, ReadLimits.DEFAULT_MAX_ZIP_RATIO);

	@TempDir
	Path dir;

	static String xRow(String date, String newFollows) {
		return "\"" + date + "\",1000,10,20,1,1," + newFollows + ",1,1,1,5,1,3,4\n";
	}

	static String stripeRow(String id, String amount) {
		return id + ",2026-03-02 10:15:00," + amount + ",0.00,usd,true,Paid,a@example.com,spring,,social,twitter,\n";
	}

	ParsedFile parseOne(Path file, double threshold) {
		List<ParsedFile> parsed = new FileParser(StandardFormats.registry(), threshold, LIMITS).parse(file);
		assertThat(parsed).hasSize(1);
		return parsed.get(0);
	}

	Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content);
	}

	// item 2 and issue 15 item 5: a day outside what the data can mean

	@Test
	void aDayInTheYear9999OrBefore2000IsARejectedRowAndMovesNothing() throws IOException {
		Path file = write("overview.csv", X_HEADER + xRow("Tue, Mar 10, 2026", "5") + xRow("Fri, Dec 31, 9999", "6")
				+ xRow("Fri, Dec 31, 1999", "7") + xRow("Mon, Mar 9, 2026", "8"));

		ParsedFile parsed = parseOne(file, 0.9);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.first()).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(parsed.last()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(parsed.days()).extracting(AccountDay::day)
			.containsExactlyInAnyOrder(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9));
		assertThat(parsed.read()).isEqualTo(4);
		assertThat(parsed.accepted()).isEqualTo(2);
		assertThat(parsed.rejects()).extracting(Reject::file, Reject::line, Reject::column, Reject::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(file.toString(), 3L, "Date", "9999-12-31"),
					org.assertj.core.groups.Tuple.tuple(file.toString(), 4L, "Date", "1999-12-31"));
		assertThat(parsed.rejects().get(0).reason()).contains("after tomorrow (2026-03-11)", "misdated");
		assertThat(parsed.rejects().get(1).reason()).contains("before 2000-01-01");
	}

	@Test
	void tomorrowIsStillADayButTheDayAfterIsNot() throws IOException {
		Path file = write("overview.csv", X_HEADER + xRow("Wed, Mar 11, 2026", "5") + xRow("Thu, Mar 12, 2026", "6"));

		ParsedFile parsed = parseOne(file, 0.9);

		assertThat(parsed.days()).extracting(AccountDay::day).containsExactly(LocalDate.of(2026, 3, 11));
		assertThat(parsed.rejects()).singleElement().satisfies(reject -> {
			assertThat(reject.line()).isEqualTo(3);
			assertThat(reject.value()).isEqualTo("2026-03-12");
		});
	}

	// item 4: values no export holds

	@Test
	void anAmountBeyondATrillionOrNotFiniteIsARejectedRowAndTheOtherRowsStay() throws IOException {
		Path file = write("payments.csv", STRIPE_HEADER + stripeRow("ch_1", "19.99")
				+ stripeRow("ch_2", "99999999999999999999999") + stripeRow("ch_3", "1e309")
				+ stripeRow("ch_4", "1000000000000.01") + stripeRow("ch_5", "NaN") + stripeRow("ch_6", "Infinity")
				+ stripeRow("ch_7", "1000000000000"));

		ParsedFile parsed = parseOne(file, 0.9);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.revenue()).extracting(RevenueEvent::orderId).containsExactly("ch_1", "ch_7");
		assertThat(parsed.read()).isEqualTo(7);
		Map<Long, Reject> byLine = parsed.rejects().stream().collect(Collectors.toMap(Reject::line, r -> r));
		assertThat(byLine).containsOnlyKeys(3L, 4L, 5L, 6L, 7L);
		assertThat(byLine.get(3L).column()).isEqualTo("Amount");
		assertThat(byLine.get(3L).value()).isEqualTo("99999999999999999999999");
		assertThat(byLine.get(3L).reason()).contains("beyond 10^12");
		assertThat(byLine.get(4L).reason()).contains("beyond 10^12");
		assertThat(byLine.get(5L).reason()).contains("beyond 10^12");
		assertThat(byLine.get(6L).reason()).contains("missing");
		assertThat(byLine.get(7L).reason()).contains("not a number");
	}

	@Test
	void countsOf1e309NaNAndMinusZero() throws IOException {
		Path file = write("overview.csv", X_HEADER + xRow("Tue, Mar 10, 2026", "1e309") + xRow("Mon, Mar 9, 2026", "NaN")
				+ xRow("Sun, Mar 8, 2026", "-0"));

		ParsedFile parsed = parseOne(file, 0.9);

		assertThat(parsed.rejects()).singleElement().satisfies(reject -> {
			assertThat(reject.line()).isEqualTo(2);
			assertThat(reject.column()).isEqualTo("New follows");
			assertThat(reject.reason()).contains("beyond 10^12");
		});
		Map<LocalDate, AccountDay> days = parsed.days().stream().collect(Collectors.toMap(AccountDay::day, d -> d));
		assertThat(days.get(LocalDate.of(2026, 3, 9)).metrics()).doesNotContainKey(Metric.FOLLOWS_GAINED);
		assertThat(days.get(LocalDate.of(2026, 3, 8)).metrics()).containsEntry(Metric.FOLLOWS_GAINED, 0L);
	}

	// item 3: a file that changes while it is read

	@Test
	void aFileThatGrowsWhileItIsReadIsReportedAsChangedAndNotUsed() throws IOException {
		Path file = write("overview.csv", X_HEADER + xRow("Tue, Mar 10, 2026", "5"));

		ParsedFile parsed = parseMeddled(file, () -> append(file, xRow("Mon, Mar 9, 2026", "6")));

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.CHANGED);
		assertThat(parsed.usable()).isFalse();
		assertThat(parsed.message()).contains("changed while it was read", "not used");
	}

	@Test
	void aFileRewrittenToTheSameSizeWhileItIsReadIsChangedToo() throws IOException {
		Path file = write("overview.csv", X_HEADER + xRow("Tue, Mar 10, 2026", "5"));

		ParsedFile parsed = parseMeddled(file, () -> touch(file));

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.CHANGED);
	}

	// item 6: a file deleted before or while the run reads it

	@Test
	void aFileDeletedWhileItIsReadFailsWithAReasonNotJustItsPath() throws IOException {
		Path file = write("overview.csv", X_HEADER + xRow("Tue, Mar 10, 2026", "5"));

		ParsedFile parsed = parseMeddled(file, () -> Files.delete(file));

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.CHANGED);
		assertThat(parsed.message()).contains("deleted or moved while it was read");
		assertThat(parsed.source().size()).isPositive();
	}

	@Test
	void aFileDeletedBeforeItIsReadIsAnErrorSayingItIsGone() {
		ParsedFile parsed = parseOne(dir.resolve("listed-then-deleted.csv"), 0.05);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.ERROR);
		assertThat(parsed.message()).contains("the file is gone", "deleted or moved");
	}

	// item 8: pipes and devices are never opened

	@Test
	void aNamedPipeIsSkippedWithAReasonWithoutBeingOpened() throws Exception {
		Path fifo = dir.resolve("export.csv");
		assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

		ParsedFile parsed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parseOne(fifo, 0.05));

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.SKIPPED);
		assertThat(parsed.message()).contains("not a regular file", "named pipe", "without opening it");
	}

	@Test
	void aDeviceFileIsSkippedToo() {
		ParsedFile parsed = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> parseOne(Path.of("/dev/zero"), 0.05));

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.SKIPPED);
	}

	// item 5: zip entries that inflate to more than a file may be

	@Test
	void aZipEntryOverTheSizeLimitIsRefusedBeforeReadingAndTheOtherEntriesAreRead() throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("good.csv", utf8(X_HEADER + xRow("Tue, Mar 10, 2026", "5")));
		entries.put("huge.csv", repeated(X_HEADER, xRow("Mon, Mar 9, 2026", "6"), 3 << 20));
		Path zip = zip("export.zip", entries);
		ReadLimits small = new ReadLimits(LIMITS.clock(), 2 << 20, 1_000_000);

		Map<String, ParsedFile> byEntry = byEntry(zip, new FileParser(StandardFormats.registry(), 0.05, small).parse(zip));

		assertThat(byEntry.get("huge.csv").status()).isEqualTo(ParsedFile.Status.SKIPPED);
		assertThat(byEntry.get("huge.csv").message()).contains("inflates to 3145", ReadLimits.MAX_FILE_BYTES, "not read");
		assertThat(byEntry.get("huge.csv").read()).isZero();
		assertThat(byEntry.get("good.csv").status()).isEqualTo(ParsedFile.Status.OK);
	}

	@Test
	void aZipEntryThatInflatesAThousandTimesIsAZipBomb() throws IOException {
		Path zip = zip("export.zip", Map.of("bomb.csv", repeated(X_HEADER, xRow("Mon, Mar 9, 2026", "6"), 8 << 20)));

		ParsedFile parsed = parseOne(zip, 0.05);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.SKIPPED);
		assertThat(parsed.message()).contains("zip bomb", ReadLimits.MAX_ZIP_RATIO);
	}

	@Test
	void aZipEntryWhoseHeaderUnderstatesItsSizeIsStoppedAtTheDeclaredSize() throws IOException {
		byte[] content = utf8(X_HEADER + xRow("Tue, Mar 10, 2026", "5") + xRow("Mon, Mar 9, 2026", "6"));
		Path zip = zip("forged.zip", Map.of("forged.csv", content));
		declareSize(zip, 100);

		ParsedFile parsed = parseOne(zip, 0.05);

		assertThat(parsed.usable()).isFalse();
		assertThat(parsed.message()).contains("more than the 100 bytes its header declares");
	}

	// item 7: what an unrecognised file holds is shown only as a short, clean prefix

	@Test
	void anUnrecognisedFileShowsOnlyAShortPrefixWithoutControlCharacters() throws IOException {
		Path file = write("shadow", "root:\u001b[31m$6$saltsalt$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\u202e:19000:0:99999:7:::\n"
				+ "daemon:*:19000:0:99999:7:::\n");

		ParsedFile parsed = parseOne(file, 0.05);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.UNRECOGNISED);
		assertThat(parsed.message()).contains("first line 'root:?[31m$6$saltsalt$AAAAAAAAAAAAAAAAAA...'")
			.doesNotContain("\u001b", "\u202e", "19000", "daemon");
	}

	// what held must keep holding

	@Test
	void aCsvWithAMillionColumnsEndsInAStatusNotACrash() throws IOException {
		String wide = String.join(",", java.util.Collections.nCopies(1_000_000, "7"));
		Path header = write("wide_header.csv", wide + "\n" + wide + "\n");
		Path row = write("wide_row.csv", X_HEADER + "\"Tue, Mar 10, 2026\"," + wide + "\n");

		ParsedFile unknown = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parseOne(header, 0.05));
		ParsedFile rejected = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parseOne(row, 0.05));

		assertThat(unknown.status()).isEqualTo(ParsedFile.Status.UNRECOGNISED);
		assertThat(unknown.message()).hasSizeLessThan(5000);
		assertThat(rejected.usable()).isFalse();
		assertThat(rejected.message()).hasSizeLessThan(5000);
		assertThat(rejected.rejects()).allSatisfy(reject -> assertThat(reject.message()).hasSizeLessThan(1000));
	}

	@Test
	void jsonNestedTenThousandDeepIsAnErrorNotAStackOverflow() throws IOException {
		String deep = "[".repeat(10_000) + "]".repeat(10_000);
		Path file = write("followers_1.json",
				"[{\"string_list_data\": [{\"value\": \"ann\", \"timestamp\": 1767225600}]},\n" + deep + "]\n");

		ParsedFile parsed = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parseOne(file, 0.05));

		assertThat(parsed.usable()).isFalse();
		assertThat(parsed.message()).hasSizeLessThan(5000);
	}

	@Test
	void anXlsxWithAnExternalEntityNeverReadsTheFileItNames() throws IOException {
		Path secret = write("secret.txt", "TOP-SECRET-VALUE");
		String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
		Path xlsx = workbookWithSharedString(doctype, "&xxe;");

		ParsedFile parsed = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parseOne(xlsx, 0.05));

		// refused outright: a workbook read with the entity resolved would be UNRECOGNISED, its cells read
		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.ERROR);
		assertThat(parsed.message()).contains("not a readable Excel workbook").doesNotContain("TOP-SECRET-VALUE");
		assertThat(parsed.rejects()).noneMatch(reject -> reject.message().contains("TOP-SECRET-VALUE"));
	}

	@Test
	void anXlsxWithABillionLaughsEndsQuickly() throws IOException {
		StringBuilder doctype = new StringBuilder("<!DOCTYPE x [<!ENTITY l0 \"ha\">");
		for (int i = 1; i <= 10; i++) {
			doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		doctype.append("]>");
		Path xlsx = workbookWithSharedString(doctype.toString(), "&l10;");

		ParsedFile parsed = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parseOne(xlsx, 0.05));

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.ERROR);
		assertThat(parsed.message()).contains("not a readable Excel workbook").hasSizeLessThan(5000);
	}

	@Test
	void aTwoGigabyteSparseFileIsSkippedBySizeWithoutBeingRead() throws IOException {
		Path sparse = dir.resolve("export.csv");
		try (var file = new java.io.RandomAccessFile(sparse.toFile(), "rw")) {
			file.setLength(2L << 30);
		}

		ParsedFile parsed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parseOne(sparse, 0.05));

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.SKIPPED);
		assertThat(parsed.message()).contains("2147483648 bytes", ReadLimits.MAX_FILE_BYTES);
	}

	@Test
	void anInvalidUtf8ByteAfterTheSniffedHeadIsARejectedRowNotACrash() throws IOException {
		StringBuilder rows = new StringBuilder(X_HEADER);
		LocalDate day = LocalDate.of(2010, 1, 1);
		while (rows.length() < 2 * Preview.HEAD_BYTES) {
			rows.append(xRow(day.toString(), "5"));
			day = day.plusDays(1);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(utf8(rows.toString()));
		bytes.writeBytes(utf8("\"" + day + "\",1000,10,20,1,1,"));
		bytes.write(0xFF);
		bytes.writeBytes(utf8(",1,1,1,5,1,3,4\n"));
		Path file = Files.write(dir.resolve("overview.csv"), bytes.toByteArray());
		long lines = rows.chars().filter(c -> c == '\n').count() + 1;

		ParsedFile parsed = parseOne(file, 0.05);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.rejects()).singleElement().satisfies(reject -> {
			assertThat(reject.line()).isEqualTo(lines);
			assertThat(reject.column()).isEqualTo("New follows");
			assertThat(reject.reason()).contains("not a number");
		});
		assertThat(parsed.read()).isEqualTo(lines - 1);
	}

	// helpers

	/** Reads {@code file} as an X overview, running {@code meddle} once the rows are read and before the file is judged. */
	ParsedFile parseMeddled(Path file, Meddling.Action meddle) {
		FormatReader meddling = Meddling.after(StandardFormats.registry().byId("x-premium-overview").orElseThrow(), meddle);
		List<ParsedFile> parsed = new FileParser(new FormatRegistry(List.of(meddling)), 0.05, LIMITS).parse(file);
		assertThat(parsed).hasSize(1);
		return parsed.get(0);
	}

	static void append(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardOpenOption.APPEND);
	}

	static void touch(Path file) throws IOException {
		Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** {@code header} then {@code row} over and over, about {@code bytes} long. */
	static byte[] repeated(String header, String row, int bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + row.length());
		out.writeBytes(utf8(header));
		byte[] line = utf8(row);
		while (out.size() < bytes) {
			out.writeBytes(line);
		}
		return out.toByteArray();
	}

	Path zip(String name, Map<String, byte[]> entries) throws IOException {
		Path zip = dir.resolve(name);
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return zip;
	}

	static Map<String, ParsedFile> byEntry(Path zip, List<ParsedFile> parsed) {
		return parsed.stream()
			.collect(Collectors.toMap(f -> f.source().name().substring(zip.toString().length() + 2),
					Function.identity()));
	}

	/** Rewrites the uncompressed size in the zip's central directory: what a forged archive claims. */
	static void declareSize(Path zip, int size) throws IOException {
		byte[] bytes = Files.readAllBytes(zip);
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = bytes.length - 46; i >= 0; i--) {
			if (buffer.getInt(i) == 0x02014b50) {
				buffer.putInt(i + 24, size);
			}
		}
		Files.write(zip, bytes);
	}

	/** A one-sheet xlsx whose shared strings part starts with {@code doctype} and holds {@code text}. */
	Path workbookWithSharedString(String doctype, String text) throws IOException {
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("Sheet1");
			sheet.createRow(0).createCell(0).setCellValue("PLACEHOLDER");
			workbook.write(plain);
		}
		Path xlsx = dir.resolve("crafted.xlsx");
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(plain.toByteArray()));
				OutputStream file = Files.newOutputStream(xlsx);
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("xl/sharedStrings.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					xml = xml.replaceFirst("\\?>", "?>" + java.util.regex.Matcher.quoteReplacement(doctype)).replace("PLACEHOLDER", text);
					content = utf8(xml);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		return xlsx;
	}
}
