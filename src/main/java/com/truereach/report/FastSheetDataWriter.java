package com.truereach.report;

import java.io.IOException;
import java.io.Writer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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
		StringBuilder c = this.cell;
		c.setLength(0);
		c.append("<c r=\"").append(column(columnIndex)).append(this.row).append('"');
		int style = cell.getCellStyle().getIndex() & 0xffff;
		if (style != 0) {
			c.append(" s=\"").append(style).append('"');
		}
		if (type == CellType.NUMERIC) {
			c.append(" t=\"n\"><v>");
			number(c, cell.getNumericCellValue());
			c.append("</v>");
		}
		else if (type == CellType.BOOLEAN) {
			c.append(" t=\"b\"><v>").append(cell.getBooleanCellValue() ? '1' : '0').append("</v>");
		}
		else {
			c.append('>');
		}
		c.append("</c>");
		write(c);
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
