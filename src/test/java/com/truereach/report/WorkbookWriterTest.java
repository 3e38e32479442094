package com.truereach.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;

class WorkbookWriterTest {

	private static final LocalDate FROM = LocalDate.of(2026, 3, 1);

	private static final String INJECTED = "=HYPERLINK(\"http://evil.example\",\"click\")";

	/** 40 characters, seven of them not allowed in a sheet name. */
	private static final String LONG_NAME = "Brand [Official]: *Best* / Shop? \\ 2026!";

	@TempDir
	Path dir;

	@Test
	void writesEverySheetWithTypedValues() throws IOException {
		assertThat(LONG_NAME).hasSize(40);
		Path target = new WorkbookWriter().write(model(), this.dir.resolve("report.xlsx"));

		try (XSSFWorkbook workbook = open(target)) {
			List<String> names = new ArrayList<>();
			workbook.forEach(sheet -> names.add(sheet.getSheetName()));
			String longSheet = "Brand _Official__ _Best_ _ Shop";
			assertThat(names).containsExactly("Findings", "Summary", "Dashboard", "Unattributed", "Data quality", "About",
					"Acme Shoes", "=HYPERLINK(\"http___evil.example", longSheet);
			Set<String> lower = new HashSet<>();
			for (String name : names) {
				WorkbookUtil.validateSheetName(name);
				assertThat(name.length()).isLessThanOrEqualTo(31);
				assertThat(lower.add(name.toLowerCase(Locale.ROOT))).isTrue();
			}

			XSSFSheet summary = workbook.getSheet("Summary");
			assertThat(summary.getTables()).hasSize(1);
			XSSFTable table = summary.getTables().get(0);
			// header on row 4, three accounts on rows 5 to 7, 27 columns A to AA
			assertThat(table.getArea().formatAsString()).isEqualTo("A4:AA7");
			assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A4:AA7");
			assertThat(table.getCTTable().getTableStyleInfo().getName()).isEqualTo("TableStyleMedium2");
			for (int c = 0; c < SummarySheet.HEADERS.length; c++) {
				assertThat(table.getCTTable().getTableColumns().getTableColumnArray(c).getName())
					.isEqualTo(summary.getRow(3).getCell(c).getStringCellValue());
			}
			assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
			assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
			assertThat(summary.getColumnWidth(8)).isEqualTo(40 * 256);
			// the key columns first, the details after them
			assertThat(List.of(SummarySheet.HEADERS).subList(0, SummarySheet.KEY_COLUMNS)).containsExactly("Account",
					"Platform", "Real followers at end", "Growth (real)", "Growth (reported)", "Fake share",
					"Attributed revenue", "Revenue per 1,000 real followers",
					"Verdict: does follower growth bring revenue?", "Notes");
			assertThat(summary.getRow(3).getCell(2).getCellComment().getString().getString())
				.startsWith("Reported followers minus the suspect bought, fake and inactive ones");
			assertThat(workbook.getPrintArea(workbook.getSheetIndex(summary))).isEqualTo("Summary!$A$1:$J$7");

			Row acme = summary.getRow(4);
			assertThat(acme.getCell(1).getStringCellValue()).isEqualTo("Instagram");
			assertThat(acme.getCell(0).getStringCellValue()).isEqualTo("Acme Shoes");
			assertThat(acme.getCell(2).getNumericCellValue()).isEqualTo(7_718);
			assertThat(acme.getCell(3).getNumericCellValue()).isEqualTo(218);
			assertThat(acme.getCell(4).getNumericCellValue()).isEqualTo(290);
			assertThat(acme.getCell(12).getNumericCellValue()).isEqualTo(10_000);
			assertThat(acme.getCell(13).getNumericCellValue()).isEqualTo(10_290);
			assertThat(acme.getCell(5).getNumericCellValue()).isEqualTo(0.25);
			assertThat(acme.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(acme.getCell(15).getNumericCellValue()).isEqualTo(0.21);
			assertThat(acme.getCell(17).getNumericCellValue()).isEqualTo(400);
			// 30 days of 12.50 EUR: 375.00
			assertThat(acme.getCell(6).getNumericCellValue()).isEqualTo(375.0);
			assertThat(acme.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"EUR\"");
			assertThat(acme.getCell(7).getNumericCellValue()).isEqualTo(48.59);
			assertThat(acme.getCell(19).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
			assertThat(acme.getCell(8).getStringCellValue()).isEqualTo("Growth moved nothing downstream.");
			assertThat(acme.getCell(11).getStringCellValue()).isEqualTo("Exported by the platform");
			// the kind in words; the sentence is on the account's sheet
			assertThat(acme.getCell(26).getStringCellValue()).isEqualTo("2026-03-05 to 2026-03-06: Bought followers");
			assertThat(acme.getCell(26).getCellStyle().getWrapText()).isTrue();
			assertThat(acme.getCell(9)).isNull();
			link(workbook, acme.getCell(0), "Acme Shoes");
			// the flags wrap over two lines of their 30-wide column: the row is as high as that
			assertThat(acme.getHeightInPoints()).isEqualTo(2 * Layout.LINE + 2);

			Row injected = summary.getRow(5);
			XSSFCell name = (XSSFCell) injected.getCell(0);
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo(INJECTED);
			assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
			link(workbook, name, "=HYPERLINK(\"http___evil.example");
			// relative totals and unknown values: empty cells and a note, never 0
			assertThat(injected.getCell(12)).isNull();
			assertThat(injected.getCell(5)).isNull();
			assertThat(injected.getCell(11).getStringCellValue()).isEqualTo("Relative (changes only)");
			assertThat(injected.getCell(9).getStringCellValue())
				.startsWith("Follower totals are relative")
				.contains("Not known: reported followers")
				.contains("fake share (no follower sample)");

			Row yen = summary.getRow(6);
			link(workbook, yen.getCell(0), longSheet);
			assertThat(yen.getCell(6).getNumericCellValue()).isEqualTo(30_000);
			assertThat(yen.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"JPY\"");

			findings(workbook, workbook.getSheet("Findings"));

			accountSheet(workbook.getSheet("Acme Shoes"));
			XSSFSheet injectedSheet = workbook.getSheet("=HYPERLINK(\"http___evil.example");
			assertThat(injectedSheet.getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(injectedSheet.getRow(0).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(injectedSheet.getRow(1).getCell(0).getStringCellValue())
				.startsWith("Follower totals are relative");

			dashboard(workbook.getSheet("Dashboard"));
			unattributed(workbook.getSheet("Unattributed"));
			dataQuality(workbook.getSheet("Data quality"));
			about(workbook.getSheet("About"));
			assertNoFormulas(workbook);
			WorkbookChecks.assertNoMarkdown(workbook);
			WorkbookChecks.assertPrintSetup(workbook);
		}
	}

	private void accountSheet(XSSFSheet sheet) {
		assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Acme Shoes (Instagram, @acme)");
		Row header = sheet.getRow(3);
		assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Day");
		assertThat(header.getCell(14).getStringCellValue()).isEqualTo("Flagged");
		assertThat(header.getCell(12).getStringCellValue()).isEqualTo("Revenue, 7-day average");
		Row first = sheet.getRow(4);
		assertThat(DateUtil.isCellDateFormatted(first.getCell(0))).isTrue();
		assertThat(first.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
		assertThat(first.getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 1, 0, 0));
		assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(10_000);
		// clean = reported * 0.75 rounded: 7,500
		assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(7_500);
		assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(12.5);
		assertThat(first.getCell(14).getBooleanCellValue()).isFalse();
		assertThat(header.getCell(16).getStringCellValue()).isEqualTo("Suspect fake");
		// suspect fake = reported - clean = 10,000 - 7,500
		assertThat(first.getCell(16).getNumericCellValue()).isEqualTo(2_500);
		// the average of the day and the six before it: none for the first six days, 12.50 from the seventh
		assertThat(first.getCell(12)).isNull();
		// day 6 is flagged: its row has no holes in its fill
		assertThat(sheet.getRow(9).getCell(12).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(sheet.getRow(10).getCell(12).getNumericCellValue()).isEqualTo(12.5);
		assertThat(first.getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
		// days 5 and 6 (rows 9 and 10) are flagged and filled
		Row flagged = sheet.getRow(8);
		assertThat(flagged.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FROM.plusDays(4));
		assertThat(flagged.getCell(14).getBooleanCellValue()).isTrue();
		assertThat(flagged.getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		assertThat(flagged.getCell(1).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		assertThat(sheet.getRow(33).getCell(0).getLocalDateTimeCellValue().toLocalDate())
			.isEqualTo(LocalDate.of(2026, 3, 30));

		XSSFDrawing drawing = sheet.getDrawingPatriarch();
		assertThat(drawing.getCharts()).hasSize(1);
		CTPlotArea plot = drawing.getCharts().get(0).getCTChart().getPlotArea();
		assertThat(plot.getLineChartArray()).hasSize(2);
		assertThat(plot.getValAxArray()).hasSize(2);
		CTLineSer reported = plot.getLineChartArray(0).getSerArray(0);
		assertThat(reported.getVal().getNumRef().getF()).isEqualTo("'Acme Shoes'!$B$5:$B$34");
		assertThat(reported.getVal().getNumRef().getNumCache().getPtCount().getVal()).isEqualTo(30);
		assertThat(reported.getVal().getNumRef().getNumCache().getPtArray(0).getV()).isEqualTo("10000.0");
		// the flagged days 5 and 6 are marked on the reported line
		assertThat(reported.getDPtList()).extracting(p -> p.getIdx().getVal()).containsExactly(4L, 5L);
		// followers from 7,500 (real) to 10,290 (reported): the axis starts a tenth of the spread below, at
		// 7,200 (7,221 rounded down to hundreds), not at zero
		assertThat(plot.getValAxArray(0).getScaling().getMin().getVal()).isEqualTo(7_200);
		CTLineSer revenue = plot.getLineChartArray(1).getSerArray(0);
		assertThat(revenue.getVal().getNumRef().getF()).isEqualTo("'Acme Shoes'!$M$5:$M$34");
		assertThat(revenue.getTx().getV())
			.isEqualTo("Revenue, 7-day average (EUR)");
		assertThat(plot.getValAxArray(1).getScaling().getMin().getVal()).isEqualTo(0);
		assertThat(reported.getCat().getNumRef().getF()).isEqualTo("'Acme Shoes'!$A$5:$A$34");

		List<String> side = column(sheet, AccountSheet.SIDE);
		assertThat(side).contains("Verdict: does follower growth bring revenue?", "Flags", "Quality score components",
				"Correlation of daily series with revenue", "Fake share, 95% interval", "followers gained");
		int flagRow = rowOf(sheet, AccountSheet.SIDE, "From") + 1;
		Row flag = sheet.getRow(flagRow);
		assertThat(flag.getCell(AccountSheet.SIDE).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FROM.plusDays(4));
		assertThat(flag.getCell(AccountSheet.SIDE + 2).getStringCellValue()).isEqualTo("Bought followers");
		assertThat(flag.getCell(AccountSheet.SIDE + 3).getStringCellValue())
			.isEqualTo("Gained 5,000 followers in two days with no post.");
		// the evidence is wrapped over the columns beside it
		assertThat(sheet.getMergedRegions()).anyMatch(region -> region.getFirstRow() == flagRow
				&& region.getFirstColumn() == AccountSheet.SIDE + 3 && region.getLastColumn() > AccountSheet.SIDE + 3);
		Row correlation = sheet.getRow(rowOf(sheet, AccountSheet.SIDE, "followers gained"));
		assertThat(correlation.getCell(AccountSheet.SIDE + 1).getNumericCellValue()).isEqualTo(7);
		assertThat(correlation.getCell(AccountSheet.SIDE + 3).getNumericCellValue()).isEqualTo(0.12);
		assertThat(correlation.getCell(AccountSheet.SIDE + 4).getNumericCellValue()).isEqualTo(0.53);
	}

	private void dashboard(XSSFSheet sheet) {
		List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
		// growth for the two accounts with an end count (Acme 10,290 before Brand 5,000), then the scatter
		assertThat(charts).hasSize(3);
		assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Acme Shoes (Instagram): growth and revenue");
		CTPlotArea growth = charts.get(0).getCTChart().getPlotArea();
		String formula = growth.getLineChartArray(0).getSerArray(0).getVal().getNumRef().getF();
		assertThat(formula).startsWith("Dashboard!$B$");
		int firstRow = Integer.parseInt(formula.replaceAll(".*\\$B\\$(\\d+):.*", "$1")) - 1;
		assertThat(sheet.getRow(firstRow).getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FROM);
		assertThat(sheet.getRow(firstRow).getCell(1).getNumericCellValue()).isEqualTo(0);
		// day 30: 10,290 - 10,000
		assertThat(sheet.getRow(firstRow + 29).getCell(1).getNumericCellValue()).isEqualTo(290);
		assertThat(growth.getLineChartArray(0).getSerArray(0).getVal().getNumRef().getNumCache().getPtCount().getVal())
			.isEqualTo(30);
		CTPlotArea scatter = charts.get(2).getCTChart().getPlotArea();
		// Acme (EUR) and Brand (JPY) have both a quality score and revenue per 1,000 clean followers: a series each
		assertThat(scatter.getScatterChartArray(0).getSerArray()).hasSize(2);
		assertThat(scatter.getScatterChartArray(0).getSerArray(0).getTx().getV())
			.isEqualTo("Acme Shoes (EUR)");
		assertThat(scatter.getValAxArray(0).getTitle().getTx().getRich().getPArray(0).getRArray(0).getT())
			.isEqualTo("Quality score (0-100)");
		assertThat(scatter.getScatterChartArray(0).getSerArray(0).getXVal().getNumRef().getNumCache().getPtArray(0).getV())
			.isEqualTo("72.0");
	}

	private void findings(XSSFWorkbook workbook, XSSFSheet sheet) {
		assertThat(workbook.getSheetIndex(sheet)).isZero();
		Row header = sheet.getRow(FindingsSheet.HEADER_ROW);
		assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Finding");
		// Acme bought followers: first, marked, with size, cost and what has left since
		Row acme = sheet.getRow(FindingsSheet.HEADER_ROW + 1);
		assertThat(acme.getCell(0).getNumericCellValue()).isEqualTo(1);
		assertThat(acme.getCell(1).getStringCellValue()).isEqualTo("Acme Shoes (Instagram)");
		assertThat(acme.getCell(2).getStringCellValue()).isEqualTo("Yes");
		assertThat(acme.getCell(3).getStringCellValue())
			.startsWith("About 5,000 followers bought from 2026-03-05 to 2026-03-06, costing about 75.00 EUR; "
					+ "1,250 of them have left since.");
		assertThat(acme.getCell(3).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		assertThat(acme.getCell(4).getStringCellValue())
			.isEqualTo("Fake share 25.0% (95% interval 21.0% to 29.0%, sample of 400 followers); 7,718 real of 10,290 "
					+ "reported followers; revenue 375.00 EUR, 48.59 EUR per 1,000 real followers.");
		assertThat(acme.getCell(4).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
		XSSFHyperlink flags = (XSSFHyperlink) acme.getCell(6).getHyperlink();
		XSSFSheet acmeSheet = workbook.getSheet("Acme Shoes");
		CellReference target = new CellReference(flags.getAddress().substring(flags.getAddress().indexOf('!') + 1));
		assertThat(flags.getAddress()).startsWith("'Acme Shoes'!");
		assertThat(acmeSheet.getRow(target.getRow()).getCell(target.getCol()).getStringCellValue()).isEqualTo("Flags");
		assertThat(((XSSFHyperlink) acme.getCell(7).getHyperlink()).getAddress()).isEqualTo("'Acme Shoes'!A9");
		// Brand: fake share 15% to 26%, wholly above 10%: needs attention, after the purchase
		Row brand = sheet.getRow(FindingsSheet.HEADER_ROW + 2);
		assertThat(brand.getCell(1).getStringCellValue()).isEqualTo(LONG_NAME + " (TikTok)");
		assertThat(brand.getCell(2).getStringCellValue()).isEqualTo("Yes");
		assertThat(brand.getCell(3).getStringCellValue())
			.isEqualTo("The fake share of a follower sample is above the 10% considered normal.");
		Row injected = sheet.getRow(FindingsSheet.HEADER_ROW + 3);
		assertThat(injected.getCell(2).getStringCellValue()).isEqualTo("No");
		assertThat(injected.getCell(3).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
		assertThat(injected.getCell(5).getStringCellValue())
			.isEqualTo("Not known: no verdict on follower growth and revenue.");
		// the legend says what the colour means
		assertThat(sheet.getRow(2).getCell(1).getCellStyle().getFillPattern())
			.isEqualTo(FillPatternType.SOLID_FOREGROUND);
		assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).startsWith("Needs attention");
	}

	private void unattributed(XSSFSheet sheet) {
		int eur = rowOf(sheet, 0, "EUR");
		assertThat(sheet.getRow(eur).getCell(1).getNumericCellValue()).isEqualTo(99.9);
		int source = rowOf(sheet, 0, "-newsletter");
		XSSFCell cell = sheet.getRow(source).getCell(0);
		assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
		assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
		assertThat(sheet.getRow(source).getCell(3).getStringCellValue()).isEqualTo("no rule for utm_source");
	}

	private void dataQuality(XSSFSheet sheet) {
		Row file = sheet.getRow(3);
		assertThat(file.getCell(0).getStringCellValue()).isEqualTo("exports/acme.csv");
		assertThat(file.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FROM);
		assertThat(file.getCell(8).getNumericCellValue()).isEqualTo(33);
		assertThat(file.getCell(9).getNumericCellValue()).isEqualTo(31);
		assertThat(file.getCell(10).getNumericCellValue()).isEqualTo(2);
		assertThat(file.getCell(11).getNumericCellValue()).isZero();
		assertThat(file.getCell(14).getStringCellValue()).isEqualTo("yes");
		// 12 read, 10 accepted, 1 rejected, none skipped: one row unaccounted
		assertThat(sheet.getRow(4).getCell(14).getStringCellValue()).isEqualTo("NO: 1 rows unaccounted");
		int note = rowOf(sheet, 0, "Rejected rows") + 1;
		assertThat(sheet.getRow(note).getCell(0).getStringCellValue())
			.isEqualTo("Showing the first 2 of 5 rejected rows; the rest are in the history store.");
		Row reject = sheet.getRow(note + 2);
		assertThat(reject.getCell(1).getNumericCellValue()).isEqualTo(7);
		assertThat(reject.getCell(3).getStringCellValue()).isEqualTo("+cmd|' /C calc'!A0");
		assertThat(reject.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
	}

	private void about(XSSFSheet sheet) {
		int generated = rowOf(sheet, 0, "Generated (UTC)");
		Cell time = sheet.getRow(generated).getCell(1);
		assertThat(DateUtil.isCellDateFormatted(time)).isTrue();
		assertThat(time.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 31, 2, 15, 0));
		assertThat(column(sheet, 0)).contains("Glossary", "Engagement rate", "Job definition", "Parameters");
		int term = rowOf(sheet, 0, "Engagement rate");
		assertThat(sheet.getRow(term).getCell(2).getStringCellValue()).isEqualTo("Rival IQ 2023");
		int path = rowOf(sheet, 0, "Path");
		assertThat(sheet.getRow(path).getCell(1).getStringCellValue()).isEqualTo("jobs/shop.yaml");
		assertThat(sheet.getRow(path + 1).getCell(1).getStringCellValue()).isEqualTo("name: shop");
		// a YAML list line starts with '-' and stays text
		assertThat(sheet.getRow(path + 3).getCell(1).getStringCellValue()).isEqualTo("  - id: acme");
		assertThat(sheet.getRow(path + 3).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
		assertThat(sheet.getRow(path + 4).getCell(1).getStringCellValue()).isEqualTo("-end");
		assertThat(sheet.getRow(path + 4).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
	}

	@Test
	void splitsASeriesLongerThanASheet() throws IOException {
		// 20 rows a sheet: 4 above the series, so 16 days each; 30 days make two sheets (16 + 14)
		Path target = new WorkbookWriter(20, 5).write(model(), this.dir.resolve("small.xlsx"));
		try (XSSFWorkbook workbook = open(target)) {
			XSSFSheet first = workbook.getSheet("Acme Shoes");
			XSSFSheet second = workbook.getSheet("Acme Shoes part 2");
			assertThat(second).isNotNull();
			assertThat(workbook.getSheetIndex(second)).isEqualTo(workbook.getSheetIndex(first) + 1);
			assertThat(first.getRow(1).getCell(0).getStringCellValue())
				.contains("Days 1 to 16 of 30 (part 1 of 2").contains("Continued on sheet Acme Shoes part 2.")
				.contains("No chart: the series is longer");
			assertThat(first.getRow(19).getCell(0).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(FROM.plusDays(15));
			assertThat(second.getRow(1).getCell(0).getStringCellValue()).contains("Days 17 to 30 of 30 (part 2 of 2");
			assertThat(second.getRow(4).getCell(0).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(FROM.plusDays(16));
			assertThat(second.getRow(17).getCell(0).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 3, 30));
			assertThat(second.getLastRowNum()).isEqualTo(17);

		}
	}

	@Test
	void capsTheRejectsAtTheRowsASheetHolds() throws IOException {
		// title, note, header, two files (indexes 0-4), a blank, title, note, header (6-8): with 10 rows
		// a sheet, only index 9 is left for one of the two rejects listed (five in all)
		Path target = new WorkbookWriter(10, 5).write(model(), this.dir.resolve("capped.xlsx"));
		try (XSSFWorkbook workbook = open(target)) {
			XSSFSheet quality = workbook.getSheet("Data quality");
			assertThat(quality.getRow(7).getCell(0).getStringCellValue())
				.isEqualTo("Showing the first 1 of 5 rejected rows; the rest are in the history store.");
			assertThat(quality.getRow(9).getCell(3).getStringCellValue()).isEqualTo("+cmd|' /C calc'!A0");
			assertThat(quality.getLastRowNum()).isEqualTo(9);
		}
	}

	@Test
	void chartsOnlyTheLargestAccounts() throws IOException {
		Path target = new WorkbookWriter(1_048_576, 1).write(model(), this.dir.resolve("one-chart.xlsx"));
		try (XSSFWorkbook workbook = open(target)) {
			assertThat(workbook.getSheet("Acme Shoes").getDrawingPatriarch().getCharts()).hasSize(1);
			XSSFSheet brand = workbook.getSheet("Brand _Official__ _Best_ _ Shop");
			assertThat(brand.getDrawingPatriarch()).isNull();
			assertThat(brand.getRow(1).getCell(0).getStringCellValue())
				.startsWith("No chart: only the 1 largest accounts by followers at the end have one");
		}
	}

	@Test
	void aClientsWorkbookChartsItsShareOfTheRunsCharts() throws IOException {
		ReportModel model = model();
		int accounts = model.accounts().size();
		// 50 charts for a run of 50 times this client's accounts: its share is one chart
		Path target = new WorkbookWriter(50).writeClient(model, AccountSource.of(model.accounts()), 50 * accounts,
				this.dir.resolve("client.xlsx"));
		try (XSSFWorkbook workbook = open(target)) {
			assertThat(workbook.getSheet("Acme Shoes").getDrawingPatriarch().getCharts()).hasSize(1);
			XSSFSheet brand = workbook.getSheet("Brand _Official__ _Best_ _ Shop");
			assertThat(brand.getDrawingPatriarch()).isNull();
			assertThat(brand.getRow(1).getCell(0).getStringCellValue())
				.startsWith("No chart: only the 1 largest accounts by followers at the end have one (a client's share");
			assertThat(workbook.getSheet("Unattributed")).isNull();
		}
	}

	@Test
	void aFailedRunLeavesThePreviousWorkbookAndNoTemporaryFile() throws IOException {
		Path target = this.dir.resolve("report.xlsx");
		Files.write(target, new byte[] { 1, 2, 3 });
		ReportModel good = model();
		List<ReportModel.AccountReport> accounts = new ArrayList<>(good.accounts());
		ReportModel.AccountReport acme = accounts.get(0);
		List<ReportModel.Day> days = acme.days();
		List<ReportModel.Day> failing = new AbstractList<>() {

			@Override
			public ReportModel.Day get(int index) {
				if (index == 15) {
					throw new IllegalStateException("history store went away");
				}
				return days.get(index);
			}

			@Override
			public int size() {
				return days.size();
			}
		};
		accounts.set(0, withDays(acme, failing));
		ReportModel broken = new ReportModel(good.run(), accounts, good.unattributed(), good.files(), good.rejects(),
				good.rejectsTotal(), good.glossary(), good.notes());

		assertThatThrownBy(() -> new WorkbookWriter().write(broken, target))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("history store went away");
		assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
		try (Stream<Path> files = Files.list(this.dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.xlsx");
		}
	}

	@Test
	void replacesThePreviousWorkbook() throws IOException {
		Path target = this.dir.resolve("report.xlsx");
		Files.write(target, new byte[] { 1, 2, 3 });
		new WorkbookWriter().write(model(), target);
		try (XSSFWorkbook workbook = open(target)) {
			assertThat(workbook.getSheet("Summary")).isNotNull();
		}
		try (Stream<Path> files = Files.list(this.dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.xlsx");
		}
	}

	private static void link(XSSFWorkbook workbook, Cell cell, String sheet) {
		XSSFHyperlink link = (XSSFHyperlink) cell.getHyperlink();
		assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
		assertThat(link.getAddress()).isEqualTo(SheetNames.quoted(sheet) + "!A1");
		assertThat(workbook.getSheet(sheet)).isNotNull();
	}

	private static void assertNoFormulas(XSSFWorkbook workbook) {
		for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
						.isNotEqualTo(CellType.FORMULA);
				}
			}
		}
	}

	private static List<String> column(XSSFSheet sheet, int column) {
		List<String> values = new ArrayList<>();
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING) {
				values.add(cell.getStringCellValue());
			}
		}
		return values;
	}

	private static int rowOf(XSSFSheet sheet, int column, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
				return row.getRowNum();
			}
		}
		throw new AssertionError("no '" + text + "' in column " + column + " of " + sheet.getSheetName());
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	@Test
	void growthAddedUpFromGrossFollowsSaysAtMostInTheSummary() throws IOException {
		ReportModel base = model();
		ReportModel.AccountReport a = brand();
		List<ReportModel.Flag> flags = List.of(new ReportModel.Flag(ReportModel.Flag.FOLLOWER_BOUNDS, FROM,
				FROM.plusDays(29), "The export counts new follows but no unfollows: growth (reported) at most 0."));
		ReportModel.AccountReport bounded = new ReportModel.AccountReport(a.id(), a.platform(), a.handle(), a.name(),
				a.totals(), a.followersStart(), a.followersEnd(), a.growthRaw(), a.cleanStart(), a.cleanEnd(),
				a.growthClean(), a.fakeShare(), a.fakeShareLow(), a.fakeShareHigh(), a.sampleSize(), a.qualityScore(),
				a.scoreComponents(), a.engagementRate(), a.revenue(), a.currency(), a.orders(), a.conversionRate(),
				a.conversionFormula(), a.revenuePer1000Reported(), a.revenuePer1000Clean(), a.revenuePerEngagement(),
				a.verdict(), a.correlations(), a.fakeSpend(), flags, a.days(), a.otherCurrencies(), a.impacts(),
				a.episodes());
		ReportModel model = new ReportModel(base.run(), List.of(acme(), bounded), base.unattributed(), base.files(),
				base.rejects(), base.rejectsTotal(), base.glossary(), base.notes());

		Path target = new WorkbookWriter().write(model, this.dir.resolve("bounded.xlsx"));

		try (XSSFWorkbook workbook = open(target)) {
			XSSFSheet summary = workbook.getSheet("Summary");
			// header on row 4, acme on row 5 (exact figures), brand on row 6 (bounded)
			Row exact = summary.getRow(4);
			Row upper = summary.getRow(5);
			for (int column : new int[] { 3, 4 }) {
				assertThat(exact.getCell(column).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
				assertThat(upper.getCell(column).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(upper.getCell(column).getCellStyle().getDataFormatString()).isEqualTo("\"at most \"#,##0");
			}
			assertThat(upper.getCell(9).getStringCellValue()).startsWith("Growth is at most the figure shown");
			assertThat(exact.getCell(9) == null ? "" : exact.getCell(9).getStringCellValue()).doesNotContain("at most");
		}
	}

	static ReportModel model() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("from", "2026-03-01");
		parameters.put("to", "2026-03-30");
		ReportModel.Run run = new ReportModel.Run("shop", "jobs/shop.yaml",
				"name: shop\naccounts:\n  - id: acme\n-end", FROM, LocalDate.of(2026, 3, 30), parameters,
				"TrueReach 0.1.0", Instant.parse("2026-03-31T02:15:00Z"), "EUR");
		List<ReportModel.AccountReport> accounts = List.of(acme(), injected(), brand());
		ReportModel.Unattributed unattributed = new ReportModel.Unattributed(
				Map.of("EUR", new BigDecimal("99.90")), 3,
				List.of(new ReportModel.SourceLine("-newsletter", "email", null, "no rule for utm_source", "EUR",
						new BigDecimal("99.90"), 3)));
		List<ReportModel.InputFile> files = List.of(
				new ReportModel.InputFile("exports/acme.csv", "marketing", "daily-metrics-csv", "Instagram", FROM,
						LocalDate.of(2026, 3, 30), "OK", "", 33, 31, 2, 1, 0),
				new ReportModel.InputFile("exports/x.csv", "marketing", "x-premium-overview", "X", FROM,
						LocalDate.of(2026, 3, 10), "PARTIAL", "=cmd", 12, 10, 1, 0, 2));
		List<ReportModel.RejectLine> rejects = List.of(
				new ReportModel.RejectLine("exports/acme.csv", 7, "Followers", "+cmd|' /C calc'!A0", "not a number"),
				new ReportModel.RejectLine("exports/acme.csv", 9, "Date", "31/02/2026", "no such day"));
		return new ReportModel(run, accounts, unattributed, files, rejects, 5,
				List.of(new ReportModel.GlossaryEntry("Engagement", "Engagement rate", "interactions per post / followers",
						"Rival IQ 2023")),
				List.of("Two files overlap on 2026-03-05; the later one won."));
	}

	/** Reported 10,000 + 10 a day (5,000 over days 5 and 6 removed again), clean 75%, 12.50 EUR a day. */
	private static ReportModel.AccountReport acme() {
		List<ReportModel.Day> days = new ArrayList<>();
		for (int d = 0; d < 30; d++) {
			long reported = 10_000 + 10L * d;
			boolean flagged = d == 4 || d == 5;
			days.add(new ReportModel.Day(FROM.plusDays(d), reported, Math.round(reported * 0.75), 10L, 0L, 10L,
					d % 3 == 0 ? 1L : 0L, 120L, 3_000L, 5_000L, 15L, new BigDecimal("12.50"), 1, flagged, 0L,
					reported - Math.round(reported * 0.75), 0L));
		}
		return new ReportModel.AccountReport("acme", "Instagram", "@acme", "Acme Shoes", "EXPORTED", 10_000L,
				10_290L, 290L, 7_500L, 7_718L, 218L, 0.25, 0.21, 0.29, 400, 72,
				List.of(new ReportModel.ScoreComponent("fake share", 0.75, 0.5, "share of sampled followers not fake")),
				0.012, new BigDecimal("375.00"), "EUR", 30, 0.02, "orders / link clicks", new BigDecimal("36.44"),
				new BigDecimal("48.59"), new BigDecimal("0.10"), "Growth moved nothing downstream.",
				List.of(new ReportModel.Correlation("followers gained", 7, 23, 0.12, 0.53, 0.10, 0.61)),
				new BigDecimal("80.00"),
				List.of(new ReportModel.Flag("BOUGHT_FOLLOWERS", FROM.plusDays(4), FROM.plusDays(5),
						"Gained 5,000 followers in two days with no post.")),
				days, List.of(), List.of(), List.of(new ReportModel.Episode(FROM.plusDays(4), FROM.plusDays(5), 5_000,
						1_250, new BigDecimal("75.00"), "EUR", null)));
	}

	private static ReportModel.AccountReport injected() {
		List<ReportModel.Day> days = new ArrayList<>();
		for (int d = 0; d < 30; d++) {
			days.add(new ReportModel.Day(FROM.plusDays(d), null, null, 5L, 2L, 3L, null, null, null, null, null,
					null, 0, false, null, null, null));
		}
		return new ReportModel.AccountReport("evil", "X", "@evil", INJECTED, "RELATIVE", null, null, null, null,
				null, null, null, null, null, null, null, List.of(), null, null, "USD", 0, null, null, null, null,
				null, null, List.of(), null, List.of(), days);
	}

	private static ReportModel.AccountReport brand() {
		List<ReportModel.Day> days = new ArrayList<>();
		for (int d = 0; d < 30; d++) {
			days.add(new ReportModel.Day(FROM.plusDays(d), 5_000L, 4_000L, 0L, 0L, 0L, 1L, 50L, 800L, 900L, 3L,
					new BigDecimal("1000"), 1, false, 0L, 1_000L, 0L));
		}
		return new ReportModel.AccountReport("brand", "TikTok", "@brand", LONG_NAME, "ANCHORED", 5_000L, 5_000L, 0L,
				4_000L, 4_000L, 0L, 0.2, 0.15, 0.26, 300, 80, List.of(), 0.05, new BigDecimal("30000"), "JPY", 30,
				0.01, "orders / link clicks", new BigDecimal("6000"), new BigDecimal("7500"), new BigDecimal("20"),
				"No link between growth and revenue.", List.of(), null, List.of(), days);
	}

	private static ReportModel.AccountReport withDays(ReportModel.AccountReport a, List<ReportModel.Day> days) {
		return new ReportModel.AccountReport(a.id(), a.platform(), a.handle(), a.name(), a.totals(),
				a.followersStart(), a.followersEnd(), a.growthRaw(), a.cleanStart(), a.cleanEnd(), a.growthClean(),
				a.fakeShare(), a.fakeShareLow(), a.fakeShareHigh(), a.sampleSize(), a.qualityScore(),
				a.scoreComponents(), a.engagementRate(), a.revenue(), a.currency(), a.orders(), a.conversionRate(),
				a.conversionFormula(), a.revenuePer1000Reported(), a.revenuePer1000Clean(), a.revenuePerEngagement(),
				a.verdict(), a.correlations(), a.fakeSpend(), a.flags(), days, a.otherCurrencies(), a.impacts(),
				a.episodes());
	}
}
