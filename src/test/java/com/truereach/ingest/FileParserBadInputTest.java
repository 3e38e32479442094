package com.truereach.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.domain.Metric;
import com.truereach.ingest.formats.StandardFormats;

/**
 * Files that are broken in the ways real inputs are: each ends in a clear status and message on
 * its own {@link ParsedFile}, and nothing else in the same run is lost.
 */
class FileParserBadInputTest {

	private static final String GOOD = """
			Date,New followers,Total followers,Reached audience,Engaged audience
			2025/10/31,3,5120,800,75
			""";

	private static final String TRUNCATED = """
			id,screen_name,followers_count,friends_count,description
			1,a,1,2,"fine"
			2,b,3,4,"cut inside a quoted field, the download stopped""";

	private static final String HEADER_ONLY = "Date,New followers,Total followers,Reached audience,Engaged audience\r\n";

	private static final String HTML = """
			<!DOCTYPE html>
			<html><head><title>Something went wrong</title></head>
			<body>Please try again later, the export is not ready.</body></html>
			""";

	private final FileParser parser = new FileParser(StandardFormats.registry(), 0.05);

	@TempDir
	Path dir;

	@Test
	void csvCutInsideAQuotedFieldIsAnErrorNamingTheLine() throws Exception {
		ParsedFile parsed = parseFile("audit.csv", utf8(TRUNCATED));

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.ERROR);
		assertThat(parsed.usable()).isFalse();
		// the broken record starts on line 3
		assertThat(parsed.message()).contains("follower-profiles-csv", "audit.csv:3", "truncated");
	}

	@Test
	void windows1252BytesAreDecodedAndTheFileSaysSo() throws Exception {
		byte[] bytes = "id,name,screen_name,followers_count,friends_count,location\n1,José Müller,jm,10,20,Zürich\n"
			.getBytes(TextFiles.WINDOWS_1252);

		ParsedFile parsed = parseFile("followers.csv", bytes);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.profiles()).singleElement().satisfies(profile -> {
			assertThat(profile.name()).isEqualTo("José Müller");
			assertThat(profile.location()).isEqualTo("Zürich");
		});
		assertThat(parsed.message()).contains("Windows-1252");
	}

	@Test
	void binaryGarbageIsUnrecognisedAsBinary() throws Exception {
		ParsedFile parsed = parseFile("export.csv", garbage());

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.UNRECOGNISED);
		assertThat(parsed.message()).contains("binary");
	}

	@Test
	void aFiftyMegabyteLineIsReadWithinAGigabyteOfHeap() throws Exception {
		Path noHeader = dir.resolve("one_line.csv");
		writeLongLine(noHeader, "", 50 * 1024 * 1024);
		Path afterHeader = dir.resolve("long_row.csv");
		writeLongLine(afterHeader, "Date,New followers,Total followers,Reached audience,Engaged audience\n",
				50 * 1024 * 1024);

		ParsedFile unknown = single(parser.parse(noHeader));
		ParsedFile longRow = single(parser.parse(afterHeader));

		assertThat(unknown.status()).isEqualTo(ParsedFile.Status.UNRECOGNISED);
		// the message quotes the line abbreviated, not 50 MB of it
		assertThat(unknown.message()).contains("matches no known header").hasSizeLessThan(5000);
		assertThat(longRow.format().id()).isEqualTo("tiktok-business-followers");
		assertThat(longRow.status()).isEqualTo(ParsedFile.Status.FAILED);
		assertThat(longRow.rejects()).singleElement().satisfies(reject -> {
			assertThat(reject.line()).isEqualTo(2);
			assertThat(reject.column()).isEqualTo("Date");
			assertThat(reject.message()).hasSizeLessThan(500);
		});
	}

	@Test
	void anEmptyFileIsUnrecognisedAsEmpty() throws Exception {
		ParsedFile parsed = parseFile("Follows.csv", new byte[0]);

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.UNRECOGNISED);
		assertThat(parsed.message()).contains("the file is empty");
	}

	@Test
	void aHeaderOnlyFileIsRecognisedAndValidWithNoRows() throws Exception {
		ParsedFile parsed = parseFile("followers.csv", utf8(HEADER_ONLY));

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(parsed.read()).isZero();
		assertThat(parsed.days()).isEmpty();
		assertThat(parsed.message()).contains("tiktok-business-followers", "header only", "nothing stored or replaced");
	}

	@Test
	void aLastRowCutOffWithoutALineBreakIsRejectedWithItsLine() throws Exception {
		ParsedFile parsed = parseFile("followers.csv", utf8(GOOD + "2025/11/01,4,51"));

		assertThat(parsed.days()).singleElement().satisfies(day -> assertThat(day.day()).hasToString("2025-10-31"));
		assertThat(parsed.rejects()).singleElement().satisfies(reject -> {
			assertThat(reject.line()).isEqualTo(3);
			assertThat(reject.column()).isEqualTo("Total followers");
			assertThat(reject.value()).isEqualTo("51");
			assertThat(reject.reason()).contains("3 of the header's 5 fields", "cut off");
		});
		assertThat(parsed.read()).isEqualTo(2);
	}

	@Test
	void aShortLastRowEndingInALineBreakIsReadAsUsual() throws Exception {
		ParsedFile parsed = parseFile("followers.csv", utf8(GOOD + "2025/11/01,4,5124\n"));

		assertThat(parsed.rejects()).isEmpty();
		assertThat(parsed.days()).hasSize(2);
	}

	@Test
	void anHtmlErrorPageSavedAsCsvIsCalledAnHtmlPage() throws Exception {
		ParsedFile parsed = parseFile("Overview.csv", utf8(HTML));

		assertThat(parsed.status()).isEqualTo(ParsedFile.Status.UNRECOGNISED);
		assertThat(parsed.message()).contains("<!DOCTYPE html>", "looks like an HTML page");
	}

	@Test
	void oneZipWithEveryBadEntryStillReadsItsGoodEntriesAndExtractsNothing() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("good.csv", utf8(GOOD));
		entries.put("../../x", utf8(GOOD));
		entries.put("truncated.csv", utf8(TRUNCATED));
		entries.put("garbage.csv", garbage());
		entries.put("empty.csv", new byte[0]);
		entries.put("header.csv", utf8(HEADER_ONLY));
		entries.put("error.csv", utf8(HTML));
		entries.put("also good.csv", utf8(GOOD.replace("2025/10/31,3", "2025/11/01,4")));
		// extracted next to the zip, ../../x would land in dir itself
		Path zip = dir.resolve("a").resolve("b").resolve("export.zip");
		Files.createDirectories(zip.getParent());
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}

		Map<String, ParsedFile> byEntry = parser.parse(zip).stream()
			.collect(Collectors.toMap(f -> f.source().name().substring(zip.toString().length() + 2),
					Function.identity()));

		assertThat(byEntry).containsOnlyKeys(entries.keySet());
		assertThat(byEntry.get("../../x").status()).isEqualTo(ParsedFile.Status.ERROR);
		assertThat(byEntry.get("../../x").message()).contains("points outside the archive", "not read");
		assertThat(byEntry.get("../../x").read()).isZero();
		try (var files = Files.walk(dir)) {
			assertThat(files.map(dir::relativize).map(Path::toString)).containsExactlyInAnyOrder("", "a", "a/b",
					"a/b/export.zip");
		}
		assertThat(byEntry.get("truncated.csv").status()).isEqualTo(ParsedFile.Status.ERROR);
		assertThat(byEntry.get("garbage.csv").message()).contains("binary");
		assertThat(byEntry.get("empty.csv").message()).contains("empty");
		assertThat(byEntry.get("header.csv").status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(byEntry.get("header.csv").message()).contains("header only");
		assertThat(byEntry.get("error.csv").message()).contains("HTML");
		assertThat(byEntry.get("good.csv").status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(byEntry.get("good.csv").days()).singleElement()
			.satisfies(day -> assertThat(day.metrics()).containsEntry(Metric.FOLLOWERS, 5120L));
		assertThat(byEntry.get("also good.csv").status()).isEqualTo(ParsedFile.Status.OK);
		assertThat(byEntry.get("also good.csv").days()).singleElement()
			.satisfies(day -> assertThat(day.metrics()).containsEntry(Metric.FOLLOWS_GAINED, 4L));
	}

	@Test
	void aBrokenZipIsOneErrorNotAnException() throws Exception {
		byte[] bytes = Arrays.copyOf(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }, 200);

		List<ParsedFile> parsed = parser.parse(Files.write(dir.resolve("cut.zip"), bytes));

		assertThat(parsed).singleElement().satisfies(file -> {
			assertThat(file.status()).isEqualTo(ParsedFile.Status.ERROR);
			assertThat(file.message()).contains("zip");
		});
	}

	private ParsedFile parseFile(String name, byte[] content) throws IOException {
		return single(parser.parse(Files.write(dir.resolve(name), content)));
	}

	private static ParsedFile single(List<ParsedFile> results) {
		assertThat(results).hasSize(1);
		return results.get(0);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Seeded random bytes after a NUL, so that no magic number (zip, xls) can appear by chance. */
	private static byte[] garbage() {
		byte[] bytes = new byte[200_000];
		new Random(42).nextBytes(bytes);
		bytes[0] = 0;
		return bytes;
	}

	/** Streams the line to disk so that the test itself never holds 50 MB. */
	private static void writeLongLine(Path file, String header, int length) throws IOException {
		byte[] chunk = new byte[1 << 16];
		Arrays.fill(chunk, (byte) '7');
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			out.write(utf8(header));
			for (int written = 0; written < length; written += chunk.length) {
				out.write(chunk, 0, Math.min(chunk.length, length - written));
			}
		}
	}
}
