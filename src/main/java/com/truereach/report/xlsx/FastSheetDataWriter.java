package com.truereach.report.xlsx;

import java.io.IOException;
import java.io.Writer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's sheet data writer with a quicker path for the cells a workbook holds millions of:
 * numbers, booleans and blanks. It writes exactly the XML POI writes, without POI's cost per
 * cell: a cell reference object, a string per attribute and a lock per small write, and
 * {@code Double.toString} for whole numbers. Text and the other cell types are left to POI,
 * which escapes them.
 */
final class FastSheetDataWriter extends SheetDataWriter {

	/** Below this, {@code Double.toString} writes a whole number as its digits and ".0". */
	private static final double PLAIN_LIMIT = 1e7;

	private final String[] columns = new String[64];

	private final StringBuilder cell = new StringBuilder(64);

	private char[] chars = new char[64];

	private String row;

	/** The rows and columns written so far, for the sheet's dimension; -1 while none. */
	private int firstRow = -1;

	private int lastRow = -1;

	private int firstColumn = -1;

	private int lastColumn = -1;

	/** Writes to a temporary file, as POI's writer does. */
	FastSheetDataWriter() throws IOException {
		super();
	}

	/** Writes to {@code out}. */
	FastSheetDataWriter(Writer out) throws IOException {
		super(out);
	}

	@Override
	public void writeRow(int rownum, SXSSFRow row) throws IOException {
		this.row = Integer.toString(rownum + 1);
		track(rownum, row.getFirstCellNum(), row.getLastCellNum() - 1);
		super.writeRow(rownum, row);
	}

	@Override
	public void writeCell(int columnIndex, Cell cell) throws IOException {
		if (cell == null) {
			return;
		}
		CellType type = cell.getCellType();
		if (type != CellType.NUMERIC && type != CellType.BOOLEAN && type != CellType.BLANK) {
			super.writeCell(columnIndex, cell);
			return;
		}
		byte kind = type == CellType.NUMERIC ? PlainRow.NUMBER : type == CellType.BOOLEAN ? PlainRow.BOOLEAN
				: PlainRow.BLANK;
		double value = type == CellType.NUMERIC ? cell.getNumericCellValue()
				: type == CellType.BOOLEAN && cell.getBooleanCellValue() ? 1 : 0;
		write(cell(columnIndex, kind, value, cell.getCellStyle().getIndex() & 0xffff));
	}

	/**
	 * Writes a row of numbers, booleans and blanks held as values, as {@link #writeRow(int, SXSSFRow)}
	 * writes the same cells. The sheet's own row bookkeeping does not see it, which a deferred
	 * sheet, written once from top to bottom with its dimension declared beforehand, does not need.
	 */
	void writeRow(int rownum, PlainRow cells) throws IOException {
		this.row = Integer.toString(rownum + 1);
		_out.write("<row r=\"");
		_out.write(this.row);
		_out.write("\">\n");
		int first = -1;
		int last = -1;
		for (int column = 0; column < cells.columns(); column++) {
			if (cells.kind(column) != PlainRow.NONE) {
				write(cell(column, cells.kind(column), cells.value(column), cells.style(column)));
				first = first < 0 ? column : first;
				last = column;
			}
		}
		_out.write("</row>\n");
		track(rownum, first, last);
	}

	/**
	 * The range of the cells written so far, as a sheet's dimension gives it (a row without cells
	 * counts as a row); null while nothing was written.
	 */
	CellRangeAddress written() {
		if (this.firstRow < 0) {
			return null;
		}
		return new CellRangeAddress(this.firstRow, this.lastRow, Math.max(0, this.firstColumn),
				Math.max(0, this.lastColumn));
	}

	/** Rows come in ascending order; a row without cells has {@code first} -1. */
	private void track(int rownum, int first, int last) {
		if (this.firstRow < 0) {
			this.firstRow = rownum;
		}
		this.lastRow = rownum;
		if (first >= 0) {
			this.firstColumn = this.firstColumn < 0 ? first : Math.min(this.firstColumn, first);
			this.lastColumn = Math.max(this.lastColumn, last);
		}
	}

	private StringBuilder cell(int columnIndex, byte kind, double value, int style) {
		StringBuilder c = this.cell;
		c.setLength(0);
		c.append("<c r=\"").append(column(columnIndex)).append(this.row).append('"');
		if (style != 0) {
			c.append(" s=\"").append(style).append('"');
		}
		if (kind == PlainRow.NUMBER) {
			c.append(" t=\"n\"><v>");
			number(c, value);
			c.append("</v>");
		}
		else if (kind == PlainRow.BOOLEAN) {
			c.append(" t=\"b\"><v>").append(value != 0 ? '1' : '0').append("</v>");
		}
		else {
			c.append('>');
		}
		c.append("</c>");
		return c;
	}

	/** The value as {@code Double.toString} writes it. */
	private static void number(StringBuilder c, double value) {
		boolean negativeZero = value == 0 && Double.doubleToRawLongBits(value) != 0;
		if (value == Math.rint(value) && Math.abs(value) < PLAIN_LIMIT && !negativeZero) {
			c.append((long) value).append(".0");
		}
		else {
			c.append(value);
		}
	}

	private String column(int index) {
		if (index >= this.columns.length) {
			return CellReference.convertNumToColString(index);
		}
		String name = this.columns[index];
		if (name == null) {
			name = CellReference.convertNumToColString(index);
			this.columns[index] = name;
		}
		return name;
	}

	private void write(StringBuilder c) throws IOException {
		int length = c.length();
		if (this.chars.length < length) {
			this.chars = new char[length * 2];
		}
		c.getChars(0, length, this.chars, 0);
		_out.write(this.chars, 0, length);
	}
}
