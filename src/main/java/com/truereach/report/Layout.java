package com.truereach.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import com.truereach.report.xlsx.XlsxWorkbook;

/**
 * How a sheet looks on screen and on paper. Neither Excel nor LibreOffice grows a row to fit
 * wrapped text written by a program, so a row holding wrapped text gets the height of its longest
 * cell, counted by wrapping the words at the column's width. Every sheet prints landscape, one page
 * wide, with its header rows on every page and a footer naming the sheet and the page.
 */
final class Layout {

	/** Height of one line of the workbook's default font (11 points), in points. */
	static final float LINE = 15f;

	/**
	 * Characters of text a column one unit wide holds: a unit is the width of a digit, and text
	 * averages narrower letters (measured on LibreOffice's rendering of the default font).
	 */
	private static final double CHARACTERS_PER_UNIT = 1.3;

	private Layout() {
	}

	/**
	 * Landscape, one page wide and as many pages long as needed, the rows from the top down to
	 * {@code lastHeaderRow} repeated on every page (none when negative), and a footer with the
	 * sheet's name and the page.
	 */
	static void print(XlsxWorkbook workbook, Sheet sheet, int lastHeaderRow) {
		PrintSetup setup = sheet.getPrintSetup();
		setup.setLandscape(true);
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		if (lastHeaderRow >= 0) {
			workbook.repeatRows(sheet, lastHeaderRow);
		}
		sheet.getFooter().setLeft("&A");
		sheet.getFooter().setRight("Page &P of &N");
	}

	/**
	 * Makes {@code row} as high as its wrapped text needs at the sheet's column widths (a merged
	 * cell's over all its columns), never lower than it is.
	 */
	static void fit(Row row) {
		int lines = 1;
		Sheet sheet = row.getSheet();
		List<CellRangeAddress> merged = sheet.getNumMergedRegions() == 0 ? List.of() : sheet.getMergedRegions();
		for (Cell cell : row) {
			if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
				int last = cell.getColumnIndex();
				for (CellRangeAddress region : merged) {
					if (region.getFirstRow() == row.getRowNum() && region.getFirstColumn() == last) {
						last = region.getLastColumn();
					}
				}
				int width = width(sheet, cell.getColumnIndex(), last);
				// bold letters are wider
				boolean bold = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
				lines = Math.max(lines, lines(cell.getStringCellValue(), bold ? width * 5 / 6 : width));
			}
		}
		float height = lines * LINE + 2;
		if (lines > 1 && height > row.getHeightInPoints()) {
			row.setHeightInPoints(height);
		}
	}

	private static int width(Sheet sheet, int first, int last) {
		int width = 0;
		for (int c = first; c <= last; c++) {
			width += sheet.getColumnWidth(c);
		}
		return width;
	}

	/**
	 * Text over the columns {@code first} to {@code last} of {@code row}, wrapped there: a note
	 * that would otherwise run off the page or under the next cell.
	 */
	static Cell note(Cells cells, Row row, int first, int last, String text) {
		Cell cell = cells.wrapped(row, first, text);
		if (last > first) {
			row.getSheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
		}
		int lines = lines(text, width(row.getSheet(), first, last));
		row.setHeightInPoints(lines * LINE + 2);
		return cell;
	}

	/** Lines {@code text} takes in a column {@code width} units wide (1/256 of a character). */
	static int lines(String text, int width) {
		int room = Math.max(1, (int) (width / 256 * CHARACTERS_PER_UNIT) - 1);
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			lines++;
			int used = 0;
			for (String word : paragraph.split(" ")) {
				int length = word.length();
				if (used > 0 && used + 1 + length > room) {
					lines++;
					used = 0;
				}
				used += (used > 0 ? 1 : 0) + length;
				while (used > room) {
					lines++;
					used -= room;
				}
			}
		}
		return lines;
	}
}
