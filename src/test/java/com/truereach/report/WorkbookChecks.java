package com.truereach.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Checks every workbook passes, whatever its data: print setup and no markdown. */
public final class WorkbookChecks {

	/** The row of the Findings sheet with the most urgent account. */
	public static final int FIRST_FINDING_ROW = FindingsSheet.HEADER_ROW + 1;

	private WorkbookChecks() {
	}

	/** Every sheet prints landscape, one page wide, with a footer naming the sheet and the page. */
	public static void assertPrintSetup(XSSFWorkbook workbook) {
		for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
			assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
			assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).as(sheet.getSheetName()).isZero();
			assertThat(sheet.getFooter().getLeft()).as(sheet.getSheetName()).isEqualTo("&A");
			assertThat(sheet.getFooter().getRight()).as(sheet.getSheetName()).isEqualTo("Page &P of &N");
		}
		assertThat(workbook.getSheet("Findings").getRepeatingRows().formatAsString()).isEqualTo("1:6");
		assertThat(workbook.getSheet("Summary").getRepeatingRows().formatAsString()).isEqualTo("1:4");
	}

	/** No cell shows markdown: no heading marks, table rows, code spans, bold or emphasis marks. */
	public static void assertNoMarkdown(XSSFWorkbook workbook) {
		for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
			if (sheet.getSheetName().equals("About")) {
				// the job definition is shown line by line as written: YAML, not markdown
				continue;
			}
			assertNoMarkdown(sheet, 0, sheet.getLastRowNum());
		}
		XSSFSheet about = workbook.getSheet("About");
		assertNoMarkdown(about, 0, jobDefinitionRow(about));
	}

	private static void assertNoMarkdown(org.apache.poi.ss.usermodel.Sheet sheet, int from, int to) {
		for (Row row : sheet) {
			if (row.getRowNum() < from || row.getRowNum() > to) {
				continue;
			}
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					assertThat(cell.getStringCellValue()).as(sheet.getSheetName() + "!" + cell.getAddress())
						.doesNotStartWith("#")
						.doesNotStartWith("|")
						.doesNotContain("|---")
						.doesNotContain("**")
						.doesNotContain("`")
						.doesNotContainPattern("\\[[^]]+]\\([^)]+\\)");
				}
			}
		}
	}

	private static int jobDefinitionRow(XSSFSheet about) {
		for (Row row : about) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING
					&& cell.getStringCellValue().equals("Job definition")) {
				return row.getRowNum();
			}
		}
		throw new AssertionError("no job definition on the About sheet");
	}
}
