package com.truereach.report.xlsx;

import java.util.Arrays;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * One row of numbers, booleans and blank cells, held as values and style indexes rather than as
 * POI row and cell objects: an account sheet's day rows are most of a large workbook, and making,
 * styling and reading back a cell object per value was most of the time spent writing them.
 * {@link FastSheetDataWriter#writeRow(int, PlainRow)} writes it as POI writes the same cells.
 */
public final class PlainRow {

	static final byte NONE = 0;

	static final byte NUMBER = 1;

	static final byte BOOLEAN = 2;

	static final byte BLANK = 3;

	private final byte[] kinds;

	private final double[] values;

	private final int[] styles;

	public PlainRow(int columns) {
		this.kinds = new byte[columns];
		this.values = new double[columns];
		this.styles = new int[columns];
	}

	public void clear() {
		Arrays.fill(this.kinds, NONE);
	}

	public void number(int column, double value, int style) {
		set(column, NUMBER, value, style);
	}

	public void bool(int column, boolean value, int style) {
		set(column, BOOLEAN, value ? 1 : 0, style);
	}

	public void blank(int column, int style) {
		set(column, BLANK, 0, style);
	}

	/** Makes the cells in a POI row, for a row that also holds other cells. */
	public void copyTo(Row row, Workbook workbook) {
		for (int column = 0; column < this.kinds.length; column++) {
			if (this.kinds[column] == NONE) {
				continue;
			}
			Cell cell = row.createCell(column);
			if (this.kinds[column] == NUMBER) {
				cell.setCellValue(this.values[column]);
			}
			else if (this.kinds[column] == BOOLEAN) {
				cell.setCellValue(this.values[column] != 0);
			}
			cell.setCellStyle(workbook.getCellStyleAt(this.styles[column]));
		}
	}

	int columns() {
		return this.kinds.length;
	}

	byte kind(int column) {
		return this.kinds[column];
	}

	double value(int column) {
		return this.values[column];
	}

	int style(int column) {
		return this.styles[column];
	}

	private void set(int column, byte kind, double value, int style) {
		this.kinds[column] = kind;
		this.values[column] = value;
		this.styles[column] = style;
	}
}
