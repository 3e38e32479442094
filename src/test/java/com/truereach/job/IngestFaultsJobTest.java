package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.truereach.domain.Platform;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.Meddling;
import com.truereach.ingest.ZipBomb;
import com.truereach.ingest.formats.StandardFormats;

/**
 * Issue 11 items 2, 4, 6 and 8 through the whole job on the small fixture (X overview 1 to 10
 * March 2026, six Stripe rows): a misdated row, an impossible amount, a pipe and a deleted file
 * each become a rejected row or a file status on the Data quality sheet, and the night goes on.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ingestfaults;DB_CLOSE_DELAY=-1")
class IngestFaultsJobTest {

	private static final String X_FILE = "x/account_overview_analytics.csv";

	private static final String STRIPE_FILE = "stripe/unified_payments.csv";

	@Autowired
	JobRunner runner;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	/** The fixture, with a threshold that lets a file with a bad row or two be used. */
	Path fixture() throws IOException {
		Path definition = JobFixture.copyTo(dir);
		Files.writeString(definition, Files.readString(definition).replace("output: reports",
				"output: reports\nrejectThreshold: 0.5"));
		return definition;
	}

	@Test
	void aRowDated9999NeitherMovesTheNightlyWindowNorStaysInHistoryToMoveItLater() throws Exception {
		Path definition = fixture();
		append(dir.resolve(X_FILE), "\"Fri, Dec 31, 9999\",1,1,1,1,1,1,1,1,1,1,1,1,1\n");

		JobRunner.Outcome first = runner.run(RunParameters.nightly(definition, LocalDate.of(2026, 11, 30)), false);

		assertThat(first.succeeded()).as(first.message()).isTrue();
		assertThat(first.report().getFileName().toString()).isEqualTo("fixture_2026-03-01_2026-03-10.xlsx");
		assertThat(dataQuality(first.report())).contains("9999-12-31", "after tomorrow", "misdated");
		assertThat(jdbc.queryForObject("SELECT MAX(last_day) FROM tr_day_series", LocalDate.class))
			.isEqualTo(LocalDate.of(2026, 3, 10));

		// an export stored by an older version, before misdated rows were rejected
		jdbc.update("INSERT INTO tr_input_file (path, sha256, format, platform, first_day, last_day, modified, first_seen)"
				+ " SELECT path || '.old', 'old', format, platform, first_day, DATE '9999-12-31', modified, first_seen"
				+ " FROM tr_input_file WHERE format = 'x-premium-overview'");
		jdbc.update("INSERT INTO tr_day_series (account, kind, file_id, first_day, last_day, day_count, series)"
				+ " SELECT s.account, s.kind, (SELECT id FROM tr_input_file WHERE sha256 = 'old'), s.first_day,"
				+ " DATE '9999-12-31', s.day_count, s.series FROM tr_day_series s WHERE s.account = 'acme-x'");
		JobRunner.Outcome second = runner.run(RunParameters.nightly(definition, LocalDate.of(2026, 12, 1)), false);

		assertThat(second.succeeded()).as(second.message()).isTrue();
		assertThat(second.report().getFileName().toString()).isEqualTo("fixture_2026-03-01_2026-03-10.xlsx");
	}

	@Test
	void anAmountTooLongForTheHistoryIsARejectedRowAndTheNightGoesOn() throws Exception {
		Path definition = fixture();
		append(dir.resolve(STRIPE_FILE),
				"ch_big,2026-03-03 10:00:00,99999999999999999999999,0.00,usd,true,Paid,z@example.com,spring,,social,x,\n"
						+ "ch_inf,2026-03-03 11:00:00,1e309,0.00,usd,true,Paid,z@example.com,spring,,social,x,\n");

		JobRunner.Outcome outcome = runner.run(
				RunParameters.range(definition, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)), false);

		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		assertThat(dataQuality(outcome.report())).contains("99999999999999999999999", "1e309", "beyond 10^12");
		assertThat(jdbc.queryForList("SELECT order_id FROM tr_revenue", String.class)).doesNotContain("ch_big", "ch_inf");
	}

	@Test
	void aPipeMatchedByTheGlobIsSkippedWithItsReasonAndNeverOpened() throws Exception {
		Path definition = fixture();
		Path fifo = dir.resolve("x/still_downloading.csv");
		assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

		JobRunner.Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> runner
			.run(RunParameters.range(definition, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)), false));

		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		assertThat(dataQuality(outcome.report())).contains("still_downloading.csv", "SKIPPED", "named pipe");
	}

	@Test
	void aGigabyteZipEntryIsSkippedAndTheOtherFilesOfTheNightGoOn() throws Exception {
		Path definition = fixture();
		// a zip renamed .csv matches the fixture's glob; formats are recognised by content
		ZipBomb.write(dir.resolve("x/export.csv"), 1074);

		JobRunner.Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> runner
			.run(RunParameters.range(definition, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)), false));

		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		assertThat(dataQuality(outcome.report())).contains("export.csv!/Follower_history.csv", "SKIPPED",
				"inflates to 1074000069 bytes");
		assertThat(dataQuality(outcome.report())).contains(
				"account_overview_analytics.csv, acme-x, X Premium account overview, X, 2026-03-01, 2026-03-10, OK");
	}

	@Test
	void aFileDeletedBeforeOrWhileTheRunReadsItFailsAloneWithItsReason() throws Exception {
		Path gone = dir.resolve("gone.csv");
		Path vanishing = Files.writeString(dir.resolve("vanishing.csv"), Files.readString(Path.of("src/test/resources/fixtures/job", X_FILE)));
		Path kept = Files.copy(vanishing, dir.resolve("kept.csv"));
		Ingestion ingestion = Ingestion.over(jdbc, new FormatRegistry(List.of(Meddling.after(
				StandardFormats.registry().byId("x-premium-overview").orElseThrow(), () -> Files.deleteIfExists(vanishing)))));

		for (Path path : List.of(gone, vanishing, kept)) {
			ingestion.store(ingestion.read(new Ingestion.Input("deleted-x", Platform.X, path), 0.05), 991);
		}

		List<String> outcomes = jdbc.queryForList("SELECT f.path || ' ' || r.status || ' ' || r.message"
				+ " FROM tr_file_run r JOIN tr_input_file f ON f.id = r.file_id WHERE r.run_id = 991 ORDER BY f.path",
				String.class);
		assertThat(outcomes).hasSize(3);
		assertThat(outcomes.get(0)).startsWith(gone + " ERROR").contains("the file is gone");
		assertThat(outcomes.get(1)).startsWith(kept + " OK");
		assertThat(outcomes.get(2)).startsWith(vanishing + " CHANGED").contains("deleted or moved while it was read");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tr_day_series WHERE account = 'deleted-x'", Long.class))
			.isEqualTo(1);
	}

	/** Adds rows after the last line, which in the fixture ends without a line break. */
	private static void append(Path file, String text) throws IOException {
		String before = Files.readString(file);
		Files.writeString(file, (before.endsWith("\n") ? "" : "\n") + text, StandardOpenOption.APPEND);
	}

	/** The Data quality sheet's cells as one text. */
	private static String dataQuality(Path workbook) throws IOException {
		try (XSSFWorkbook book = JobFixture.open(workbook)) {
			return JobFixture.cells(book.getSheet("Data quality")).toString();
		}
	}
}
