package com.truereach.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Money kept apart, a conversion "rate" over 100%, and an episode's revenue impact, as the workbook shows them. */
class RevenueApartAndImpactTest {

	private static final LocalDate FROM = LocalDate.of(2026, 10, 1);

	private static final String SENTENCE = "The ~5,000 followers bought on 2026-10-10 cost about 80 USD; revenue in the "
			+ "28 days after was 948 USD against 1,382 [501, 2,263] expected: no measurable lift.";

	private static final String BASIS = "fitted on 91 days before (2026-07-11 to 2026-10-09) with trend and weekday";

	@TempDir
	Path dir;

	@Test
	void aRateOver100PercentIsBlankInTheSummaryWithTheReason() throws IOException {
		try (XSSFWorkbook workbook = write()) {
			Row row = workbook.getSheet(SummarySheet.NAME).getRow(SummarySheet.HEADER_ROW + 1);
			Cell rate = row.getCell(header("Conversion rate"));
			assertThat(rate == null || rate.getCellType() == CellType.BLANK).isTrue();
			assertThat(row.getCell(header("Notes")).getStringCellValue())
				.contains("Conversion rate not shown: over 100% (attributed orders / link clicks = 11 / 6)")
				.contains("the platform under-reports clicks and orders also come by other paths")
				.doesNotContainPattern("Not known:[^.]*conversion rate");
		}
	}

	@Test
	void moneyInAnotherCurrencyIsShownApartNeverDropped() throws IOException {
		try (XSSFWorkbook workbook = write()) {
			Row row = workbook.getSheet(SummarySheet.NAME).getRow(SummarySheet.HEADER_ROW + 1);
			assertThat(row.getCell(header("Attributed revenue")).getNumericCellValue()).isEqualTo(760.15);
			assertThat(row.getCell(header("Orders")).getNumericCellValue()).isEqualTo(14);
			assertThat(row.getCell(header("Notes")).getStringCellValue()).contains("Also 45.50 EUR net from 2 orders "
					+ "(counted in Orders), kept apart from Attributed revenue: the job definition gives no conversion rates.");
			XSSFSheet sheet = workbook.getSheet("Northwind");
			Row apart = sheet.getRow(rowOf(sheet, "Revenue in EUR, kept apart (no rates), and its orders"));
			assertThat(apart.getCell(col(sheet) + 1).getNumericCellValue()).isEqualTo(45.5);
			assertThat(apart.getCell(col(sheet) + 1).getCellStyle().getDataFormatString()).contains("EUR");
			assertThat(apart.getCell(col(sheet) + 2).getNumericCellValue()).isEqualTo(2);
		}
	}

	@Test
	void anEpisodesImpactIsOnTheAccountSheetAndInTheSummary() throws IOException {
		try (XSSFWorkbook workbook = write()) {
			Row row = workbook.getSheet(SummarySheet.NAME).getRow(SummarySheet.HEADER_ROW + 1);
			assertThat(row.getCell(header("Flags")).getStringCellValue()).endsWith("\nRevenue impact: " + SENTENCE);
			XSSFSheet sheet = workbook.getSheet("Northwind");
			int title = rowOf(sheet, "Revenue impact of growth episodes (28 days from the episode)");
			Row numbers = sheet.getRow(title + 2);
			int c = col(sheet);
			assertThat(numbers.getCell(c).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 10));
			assertThat(numbers.getCell(c + 1).getNumericCellValue()).isEqualTo(948.0);
			assertThat(numbers.getCell(c + 2).getNumericCellValue()).isEqualTo(1382.0);
			assertThat(numbers.getCell(c + 3).getNumericCellValue()).isEqualTo(501.0);
			assertThat(numbers.getCell(c + 4).getNumericCellValue()).isEqualTo(2263.0);
			assertThat(numbers.getCell(c + 8).getNumericCellValue()).isEqualTo(80.016);
			assertThat(sheet.getRow(title + 3).getCell(c).getStringCellValue()).isEqualTo(SENTENCE);
			assertThat(sheet.getRow(title + 4).getCell(c).getStringCellValue()).isEqualTo("Expected: " + BASIS + ".");
		}
	}

	private XSSFWorkbook write() throws IOException {
		Path target = new WorkbookWriter().write(model(), this.dir.resolve("report.xlsx"));
		try (InputStream in = Files.newInputStream(target)) {
			return new XSSFWorkbook(in);
		}
	}

	private static int header(String name) {
		return List.of(SummarySheet.HEADERS).indexOf(name);
	}

	/** The column of the side block: where the title starting "Verdict" is. */
	private static int col(XSSFSheet sheet) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("Verdict")) {
					return cell.getColumnIndex();
				}
			}
		}
		throw new AssertionError("no Verdict");
	}

	private static int rowOf(XSSFSheet sheet, String text) {
		int c = col(sheet);
		for (Row row : sheet) {
			Cell cell = row.getCell(c);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
				return row.getRowNum();
			}
		}
		throw new AssertionError("no '" + text + "' on " + sheet.getSheetName());
	}

	private static ReportModel model() {
		List<ReportModel.Day> days = new ArrayList<>();
		for (int d = 0; d < 30; d++) {
			days.add(new ReportModel.Day(FROM.plusDays(d), 10_000L, 9_000L, 10L, 0L, 10L, 1L, 50L, 800L, 900L, 3L,
					new BigDecimal("25.00"), 1, false, 0L, 1_000L, 0L));
		}
		ReportModel.AccountReport account = new ReportModel.AccountReport("nw-ig", "Instagram", "@nw", "Northwind",
				"ANCHORED", 10_000L, 10_300L, 300L, 9_000L, 9_270L, 270L, null, null, null, null, 60, List.of(), 0.01,
				new BigDecimal("760.15"), "USD", 14, 11 / 6.0,
				"attributed orders / link clicks = 11 / 6; over 100%: more orders came from this account than the "
						+ "visits counted",
				new BigDecimal("70"), new BigDecimal("80"), new BigDecimal("0.5"), "No relation.", List.of(),
				new BigDecimal("80.02"),
				List.of(new ReportModel.Flag("BOUGHT_FOLLOWERS", LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10),
						"On 2026-10-10 followers jumped by +5,010.")),
				days, List.of(new ReportModel.OtherCurrency("EUR", new BigDecimal("45.50"), 2)),
				List.of(new ReportModel.Impact("bought followers", LocalDate.of(2026, 10, 10),
						LocalDate.of(2026, 10, 10), 5001L, new BigDecimal("80.016"), "USD", "USD", 948.0, 1382.0, 501.0,
						2263.0, -434.0, -1315.0, 447.0, SENTENCE, BASIS)));
		ReportModel.Run run = new ReportModel.Run("shop", "jobs/shop.yml", "name: shop", FROM, FROM.plusDays(29),
				Map.of(), "TrueReach 0.1.0", Instant.parse("2026-11-01T02:00:00Z"), "USD");
		return new ReportModel(run, List.of(account), new ReportModel.Unattributed(Map.of(), 0, List.of()), List.of(),
				List.of(), 0, List.of(), List.of());
	}
}
