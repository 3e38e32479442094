package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the whole job on the fixture and reads the workbook back. Expected values are worked
 * out by hand from src/test/resources/fixtures/job:
 * <ul>
 * <li>X overview, 1 to 10 March 2026: day i has 10*i new follows and i unfollows, net 9*i.</li>
 * <li>Anchor: 1,000 followers at the end of 10 March, so at the start of 1 March
 * 1,000 - 9*(1+2+...+10) = 1,000 - 495 = 505; growth 495.</li>
 * <li>Stripe in the range: ch_001 19.99 (campaign spring: rule to acme-x), ch_002 5.00 (utm_source
 * t.co: X, the only X account), ch_003 100.00 refunded in full on its day (+100 - 100), ch_004
 * failed (not revenue), ch_005 42.00 untagged (unattributed); ch_006 is before the range.
 * Attributed: 19.99 + 5.00 + 100.00 - 100.00 = 24.99; per 1,000 followers at the end:
 * 24.99 / 1,000 * 1,000 = 24.99.</li>
 * </ul>
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:functional;DB_CLOSE_DELAY=-1")
class TrueReachJobFunctionalTest {

	@Autowired
	JobRunner runner;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void runsTheWholeJobAndWritesTheSummary(@TempDir Path dir) throws Exception {
		Path definition = JobFixture.copyTo(dir);

		JobRunner.Outcome outcome = runner.run(
				RunParameters.range(definition, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)), false);

		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		assertThat(outcome.report()).isEqualTo(dir.resolve("reports/fixture_2026-03-01_2026-03-10.xlsx"));
		assertThat(Files.list(dir.resolve("reports"))).as("no temporary file left: the workbook and its run summary")
			.containsExactlyInAnyOrder(outcome.report(), dir.resolve("reports/fixture_2026-03-01_2026-03-10.json"));
		try (XSSFWorkbook workbook = JobFixture.open(outcome.report())) {
			Sheet summary = workbook.getSheet("Summary");
			Row header = summary.getRow(HEADER_ROW);
			Row acme = summary.getRow(HEADER_ROW + 1);
			assertThat(text(acme, column(header, "Account"))).isEqualTo("Acme (X)");
			assertThat(text(acme, column(header, "Platform"))).isEqualTo("X");
			assertThat(acme.getCell(column(header, "Followers at start")).getNumericCellValue()).isEqualTo(505);
			assertThat(acme.getCell(column(header, "Followers at end")).getNumericCellValue()).isEqualTo(1000);
			assertThat(acme.getCell(column(header, "Growth (reported)")).getNumericCellValue()).isEqualTo(495);
			assertThat(acme.getCell(column(header, "Attributed revenue")).getNumericCellValue()).isEqualTo(24.99);
			assertThat(text(acme, column(header, "Currency"))).isEqualTo("USD");
			assertThat(acme.getCell(column(header, "Revenue per 1,000 reported followers")).getNumericCellValue())
				.isEqualTo(24.99, org.assertj.core.api.Assertions.within(1e-9));
			assertThat(workbook.getSheet("Unattributed")).isNotNull();
		}
		// read = accepted + rejected for each file: 10 X days, 6 Stripe rows
		assertThat(jdbc.queryForList("SELECT rows_read FROM tr_file_run ORDER BY rows_read", Long.class))
			.containsExactly(6L, 10L);
	}

	/** Summary: title, period and note above the table's header row. */
	static final int HEADER_ROW = 3;

	static int column(Row header, String name) {
		for (int i = 0; i < header.getLastCellNum(); i++) {
			if (header.getCell(i) != null && header.getCell(i).getStringCellValue().equals(name)) {
				return i;
			}
		}
		throw new AssertionError("no column " + name);
	}

	static String text(Row row, int column) {
		return row.getCell(column).getStringCellValue();
	}
}
