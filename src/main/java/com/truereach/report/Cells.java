package com.truereach.report;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import com.truereach.report.xlsx.PlainRow;

/**
 * Writes typed values into cells with a small, shared set of styles: dates as date cells,
 * shares as percentages, money in its currency's format, counts as numbers. A null is an empty
 * cell, never 0. Text from input that a spreadsheet would read as a formula is marked
 * quote-prefixed so that it stays text when shown, edited or exported.
 */
final class Cells {

	static final String DATE = "yyyy-mm-dd";

	static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";

	static final String COUNT = "#,##0";

	static final String SHARE = "0.0%";

	static final String RATE = "0.00%";

	static final String DECIMAL = "0.000";

	static final String P_VALUE = "0.0000";

	static final String SCORE = "0";

	static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private record Look(String format, boolean wrap, boolean highlight, boolean quote, boolean bold, boolean link) {
	}

	/** The styles made so far, shared by a writer and its highlighted copy. */
	private static final class Styles {

		private final Map<Look, CellStyle> byLook = new HashMap<>();

		/** Money formats by currency: a workbook writes one per money cell. */
		private final Map<String, String> moneyFormats = new HashMap<>();

		private boolean sealed;

	}

	private final Workbook workbook;

	private final Styles styles;

	private final boolean highlight;

	/**
	 * The style of a number by its format, for this fill: the cells of millions of day rows get
	 * theirs without making a key each.
	 */
	private final Map<String, CellStyle> numberStyles = new HashMap<>();

	private Cells highlighted;

	Cells(Workbook workbook) {
		this(workbook, new Styles(), false);
	}

	private Cells(Workbook workbook, Styles styles, boolean highlight) {
		this.workbook = workbook;
		this.styles = styles;
		this.highlight = highlight;
	}

	/** The same writer with a fill on every cell, for the rows an analyst must see first. */
	Cells highlighted() {
		if (this.highlight) {
			return this;
		}
		if (this.highlighted == null) {
			this.highlighted = new Cells(this.workbook, this.styles, true);
		}
		return this.highlighted;
	}

	/**
	 * Makes now the style a number of {@code format} gets ({@code null}: no format, as a boolean
	 * or a blank cell), for rows written later.
	 */
	void prepare(String format) {
		style(format);
	}

	/**
	 * No style may be made from now on: the workbook's styles are being written, and a style made
	 * later would be missing from the file. Asking for one fails instead.
	 */
	void seal() {
		this.styles.sealed = true;
	}

	/** Text from input or the model; may start with any character. */
	Cell text(Row row, int column, String value) {
		return text(row, column, value, false);
	}

	Cell wrapped(Row row, int column, String value) {
		return text(row, column, value, true);
	}

	/** Column headers from {@code firstColumn} on. */
	void headers(Row row, int firstColumn, String... values) {
		for (int i = 0; i < values.length; i++) {
			header(row, firstColumn + i, values[i]);
		}
	}

	Cell header(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(fit(value));
		cell.setCellStyle(style(new Look(null, true, false, isFormulaLike(value), true, false)));
		return cell;
	}

	Cell title(Row row, int column, String value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(fit(value));
		cell.setCellStyle(style(new Look(null, false, false, isFormulaLike(value), true, false)));
		return cell;
	}

	/** A link to the top-left cell of another sheet of this workbook. */
	Cell link(Row row, int column, String value, String sheet) {
		return link(row, column, value, sheet, "A1");
	}

	/** A link to the cell {@code address} (such as "T12") of another sheet of this workbook. */
	Cell link(Row row, int column, String value, String sheet, String address) {
		Cell cell = row.createCell(column);
		cell.setCellValue(fit(value));
		cell.setCellStyle(style(new Look(null, true, this.highlight, isFormulaLike(value), false, true)));
		Hyperlink link = this.workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
		link.setAddress(SheetNames.quoted(sheet) + "!" + address);
		cell.setHyperlink(link);
		return cell;
	}

	/**
	 * A link to the file {@code file} (a name relative to this workbook's folder), which Excel and
	 * LibreOffice open beside the workbook wherever the two files are moved together.
	 */
	Cell fileLink(Row row, int column, String value, String file) {
		Cell cell = row.createCell(column);
		cell.setCellValue(fit(value));
		cell.setCellStyle(style(new Look(null, true, this.highlight, isFormulaLike(value), false, true)));
		Hyperlink link = this.workbook.getCreationHelper().createHyperlink(HyperlinkType.FILE);
		try {
			link.setAddress(new URI(null, null, file, null).toASCIIString());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("not a file name: " + file, ex);
		}
		cell.setHyperlink(link);
		return cell;
	}

	/** A comment on {@code cell}, shown when the pointer rests on it: a note or a value too long to show. */
	void comment(Cell cell, String text) {
		if (cell == null || text == null || text.isBlank()) {
			return;
		}
		Drawing<?> drawing = cell.getSheet().createDrawingPatriarch();
		ClientAnchor anchor = this.workbook.getCreationHelper().createClientAnchor();
		// POI files the comment under the anchor's first cell: it starts on the cell it belongs to
		anchor.setCol1(cell.getColumnIndex());
		anchor.setCol2(cell.getColumnIndex() + 5);
		anchor.setRow1(cell.getRowIndex());
		anchor.setRow2(cell.getRowIndex() + 2 + Math.min(12, text.length() / 60));
		Comment comment = drawing.createCellComment(anchor);
		comment.setString(this.workbook.getCreationHelper().createRichTextString(fit(text)));
		comment.setAuthor("TrueReach");
		cell.setCellComment(comment);
	}

	Cell count(Row row, int column, Long value) {
		return value == null ? blank(row, column) : number(row, column, value, COUNT);
	}

	Cell count(Row row, int column, long value) {
		return number(row, column, value, COUNT);
	}

	Cell integer(Row row, int column, Integer value) {
		return value == null ? blank(row, column) : number(row, column, value, COUNT);
	}

	Cell score(Row row, int column, Integer value) {
		return value == null ? blank(row, column) : number(row, column, value, SCORE);
	}

	/** A fraction shown as a share, 0.25 as 25.0%. */
	Cell share(Row row, int column, Double value) {
		return value == null || value.isNaN() ? blank(row, column) : number(row, column, value, SHARE);
	}

	/** A small fraction that needs two decimals, such as an engagement rate. */
	Cell rate(Row row, int column, Double value) {
		return value == null || value.isNaN() ? blank(row, column) : number(row, column, value, RATE);
	}

	Cell decimal(Row row, int column, Double value, String format) {
		return value == null || value.isNaN() ? blank(row, column) : number(row, column, value, format);
	}

	Cell money(Row row, int column, BigDecimal value, String currency) {
		return value == null ? blank(row, column) : number(row, column, value.doubleValue(), money(currency));
	}

	Cell date(Row row, int column, LocalDate value) {
		return value == null ? blank(row, column) : number(row, column, DateUtil.getExcelDate(value), DATE);
	}

	Cell dateTime(Row row, int column, LocalDateTime value) {
		return value == null ? blank(row, column) : number(row, column, DateUtil.getExcelDate(value), DATE_TIME);
	}

	/** {@link #count(Row, int, Long)} into a plain row. */
	void count(PlainRow row, int column, Long value) {
		if (value == null) {
			blank(row, column);
		}
		else {
			row.number(column, value, index(COUNT));
		}
	}

	/** {@link #money(Row, int, BigDecimal, String)} into a plain row. */
	void money(PlainRow row, int column, BigDecimal value, String currency) {
		if (value == null) {
			blank(row, column);
		}
		else {
			row.number(column, value.doubleValue(), index(money(currency)));
		}
	}

	/** An amount held as a double into a plain row; NaN is not known. */
	void money(PlainRow row, int column, double value, String currency) {
		if (Double.isNaN(value)) {
			blank(row, column);
		}
		else {
			row.number(column, value, index(money(currency)));
		}
	}

	/** {@link #date(Row, int, LocalDate)} into a plain row. */
	void date(PlainRow row, int column, LocalDate value) {
		if (value == null) {
			blank(row, column);
		}
		else {
			row.number(column, DateUtil.getExcelDate(value), index(DATE));
		}
	}

	/** A true/false value in a plain row, with no number format. */
	void bool(PlainRow row, int column, boolean value) {
		row.bool(column, value, index(null));
	}

	/** {@link #blank(Row, int)} into a plain row. */
	void blank(PlainRow row, int column) {
		if (this.highlight) {
			row.blank(column, index(null));
		}
	}

	private int index(String format) {
		return style(format).getIndex() & 0xffff;
	}

	/**
	 * Nothing for an unknown value, except in a highlighted row, which gets an empty cell with the
	 * fill so that the row has no holes.
	 */
	Cell blank(Row row, int column) {
		if (!this.highlight) {
			return null;
		}
		Cell cell = row.createCell(column);
		cell.setCellStyle(style((String) null));
		return cell;
	}

	/**
	 * Text that a spreadsheet would take for a formula or command when typed: {@code =}, {@code +},
	 * {@code -}, {@code @}, a tab or a carriage return first (OWASP's CSV injection list).
	 */
	static boolean isFormulaLike(String value) {
		if (value == null || value.isEmpty()) {
			return false;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** Excel refuses a cell over 32,767 characters; longer text is cut and says so. */
	static String fit(String value) {
		if (value == null || value.length() <= MAX_TEXT) {
			return value;
		}
		String mark = " [cut: " + value.length() + " characters in all]";
		return value.substring(0, MAX_TEXT - mark.length()) + mark;
	}

	/**
	 * The currency's code after the amount with its usual decimals (JPY none, EUR two). Codes that
	 * are not three letters are left out of the format rather than risk a broken format string.
	 */
	static String moneyFormat(String currency) {
		if (!isCode(currency)) {
			return "#,##0.00";
		}
		int digits = fractionDigits(currency);
		return (digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits)) + " \"" + currency + "\"";
	}

	/**
	 * Whether {@code currency} is three capital letters: asked for every money cell, so without a
	 * regular expression compiled each time ({@code String.matches}).
	 */
	private static boolean isCode(String currency) {
		if (currency == null || currency.length() != 3) {
			return false;
		}
		for (int i = 0; i < 3; i++) {
			char c = currency.charAt(i);
			if (c < 'A' || c > 'Z') {
				return false;
			}
		}
		return true;
	}

	/** The currency's usual decimals (JPY none, EUR two); two for a code the JDK does not know. */
	static int fractionDigits(String currency) {
		if (!isCode(currency)) {
			return 2;
		}
		try {
			return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		}
		catch (IllegalArgumentException unknown) {
			return 2;
		}
	}

	private Cell text(Row row, int column, String value, boolean wrap) {
		if (value == null) {
			return blank(row, column);
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(fit(value));
		// every cell gets a style: an unstyled one makes POI look up its column's style while streaming
		cell.setCellStyle(style(new Look(null, wrap, this.highlight, isFormulaLike(value), false, false)));
		return cell;
	}

	private Cell number(Row row, int column, double value, String format) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style(format));
		return cell;
	}

	private String money(String currency) {
		String format = this.styles.moneyFormats.get(currency);
		if (format == null) {
			format = moneyFormat(currency);
			this.styles.moneyFormats.put(currency, format);
		}
		return format;
	}

	private CellStyle style(String format) {
		CellStyle style = this.numberStyles.get(format);
		if (style == null) {
			style = style(new Look(format, false, this.highlight, false, false, false));
			this.numberStyles.put(format, style);
		}
		return style;
	}

	private CellStyle style(Look look) {
		CellStyle style = this.styles.byLook.get(look);
		if (style == null) {
			style = create(look);
			this.styles.byLook.put(look, style);
		}
		return style;
	}

	private CellStyle create(Look look) {
		if (this.styles.sealed) {
			throw new IllegalStateException("Style " + look + " is first asked for after the styles were written");
		}
		CellStyle style = this.workbook.createCellStyle();
		if (look.format() != null) {
			style.setDataFormat(this.workbook.createDataFormat().getFormat(look.format()));
		}
		// every cell at the top: a row grown for wrapped text reads from its top line
		style.setVerticalAlignment(VerticalAlignment.TOP);
		if (look.wrap()) {
			style.setWrapText(true);
		}
		if (look.highlight()) {
			style.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		style.setQuotePrefixed(look.quote());
		if (look.bold() || look.link()) {
			Font font = this.workbook.createFont();
			font.setBold(look.bold());
			if (look.link()) {
				font.setUnderline(Font.U_SINGLE);
				font.setColor(IndexedColors.BLUE.getIndex());
			}
			style.setFont(font);
		}
		return style;
	}
}
