package com.truereach.report.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook the report's sheets are written into: POI's streaming workbook for everything POI
 * does well enough (cells with text, styles, charts, tables), and the few things it does too
 * slowly for thousands of sheets, which this package does instead, writing the same file POI
 * would (its tests compare them byte for byte): sheets added in constant time, account sheets whose
 * rows go straight into the zip when the workbook is written, rows of numbers written without POI
 * cell objects, and the print titles of every sheet without POI's scan of all defined names.
 */
public interface XlsxWorkbook extends Closeable {

	/** A workbook keeping {@code window} rows of each streamed sheet in memory. */
	static XlsxWorkbook streaming(int window) {
		return new StreamingWorkbook(window);
	}

	/** POI's workbook, for ordinary sheets, styles, charts and tables. */
	SXSSFWorkbook poi();

	/**
	 * A sheet whose rows {@code rows} writes while the workbook is written, straight into the
	 * file. Every style its rows use must exist before {@link #write(OutputStream)}: POI writes
	 * the styles first.
	 */
	SXSSFSheet createDeferredSheet(String name, Rows rows);

	/**
	 * The range a deferred sheet's rows will cover, written before its rows; rows outside it fail
	 * the workbook. A deferred sheet that declares none says "A1".
	 */
	void declareDimension(SXSSFSheet sheet, CellRangeAddress dimension);

	/** The rows from the top down to {@code lastRow} repeated on every printed page, as POI's {@code setRepeatingRows}. */
	void repeatRows(Sheet sheet, int lastRow);

	void write(OutputStream out) throws IOException;

	/**
	 * Writes the rows of a deferred sheet from the top, with the ordinary row API or, for rows of
	 * numbers only, as plain rows (after flushing the sheet's rows).
	 */
	@FunctionalInterface
	interface Rows {

		void write(SXSSFSheet sheet, PlainRows plain) throws IOException;

	}

	/** Writes a row of numbers, booleans and blanks at row {@code rownum}. */
	@FunctionalInterface
	interface PlainRows {

		void write(int rownum, PlainRow row) throws IOException;

	}
}
