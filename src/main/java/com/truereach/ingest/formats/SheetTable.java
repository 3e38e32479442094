package com.truereach.ingest.formats;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import com.truereach.ingest.BadValue;
import com.truereach.ingest.ColumnNames;
import com.truereach.ingest.Dates;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;
import com.truereach.ingest.Values;

/**
 * One sheet of an Excel export (binary .xls or .xlsx) read as a table: the header row is found
 * by content among the first rows (LinkedIn's {@code All posts} has a description above it),
 * columns are found by name without regard to case, and every cell is read as the text a CSV
 * would hold, so that numbers stored as text cells and real number cells go through the same
 * {@link Values} policy. Lines are Excel row numbers (1-based).
 */
final class SheetTable implements Iterable<SheetTable.Row>, ColumnNames {

	private static final int HEADER_SEARCH_ROWS = 5;

	private final Sheet sheet;

	private final int headerIndex;

	private final List<String> headers;

	private final Map<String, Integer> index = new HashMap<>();

	private SheetTable(Sheet sheet, int headerIndex, List<String> headers) {
		this.sheet = sheet;
		this.headerIndex = headerIndex;
		this.headers = List.copyOf(headers);
		for (int i = 0; i < headers.size(); i++) {
			index.putIfAbsent(key(headers.get(i)), i);
		}
	}

	static Workbook open(Source source) throws IOException {
		try (InputStream in = source.open()) {
			return WorkbookFactory.create(in);
		}
		catch (RuntimeException ex) {
			throw new IOException("not a readable Excel workbook: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The sheet named {@code name} (any case) with its header row: the first of its first rows
	 * whose lower-cased, trimmed cells {@code isHeader} accepts; null when there is no such sheet
	 * or header.
	 */
	static SheetTable find(Workbook workbook, String name, Predicate<List<String>> isHeader) {
		for (Sheet sheet : workbook) {
			if (!sheet.getSheetName().trim().equalsIgnoreCase(name)) {
				continue;
			}
			int last = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS);
			for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
				List<String> cells = cells(sheet.getRow(r));
				if (isHeader.test(cells.stream().map(SheetTable::key).toList())) {
					return new SheetTable(sheet, r, cells);
				}
			}
		}
		return null;
	}

	/**
	 * Counts every non-blank row below the first row of the sheets not in {@code read} as a
	 * summary row: LinkedIn's {@code Location}, {@code Job function}, {@code Seniority}... are
	 * snapshots of the whole audience with no date, not rows of the daily table.
	 */
	static void explainOtherSheets(Workbook workbook, Set<String> read, IngestSink sink) {
		for (Sheet sheet : workbook) {
			if (read.contains(sheet.getSheetName())) {
				continue;
			}
			sink.sheet(sheet.getSheetName());
			boolean header = true;
			for (org.apache.poi.ss.usermodel.Row row : sheet) {
				if (cells(row).stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (!header) {
					sink.summaryRow(row.getRowNum() + 1L);
				}
				header = false;
			}
		}
	}

	/**
	 * True when the previewed workbook has a sheet named {@code name} (any case) one of whose
	 * first rows {@code isHeader} accepts, its cells compared as {@link #key} gives them.
	 */
	static boolean previewHas(Preview preview, String name, Predicate<List<String>> isHeader) {
		return preview.kind() == Preview.Kind.WORKBOOK && preview.sheets()
			.entrySet()
			.stream()
			.filter(sheet -> sheet.getKey().trim().equalsIgnoreCase(name))
			.flatMap(sheet -> sheet.getValue().stream())
			.anyMatch(row -> isHeader.test(row.stream().map(SheetTable::key).toList()));
	}

	/** The non-blank rows above the header row as cell texts, keyed by their Excel row number (1-based). */
	Map<Long, List<String>> rowsAboveHeader() {
		Map<Long, List<String>> rows = new java.util.LinkedHashMap<>();
		for (int r = Math.max(0, sheet.getFirstRowNum()); r < headerIndex; r++) {
			List<String> cells = cells(sheet.getRow(r));
			if (!cells.stream().allMatch(String::isEmpty)) {
				rows.put(r + 1L, cells);
			}
		}
		return rows;
	}

	/** Lower-cased, trimmed, non-breaking spaces removed: how headers are compared. */
	static String key(String header) {
		return header.replace('\u00A0', ' ').trim().toLowerCase(Locale.ROOT);
	}

	String name() {
		return sheet.getSheetName();
	}

	List<String> headers() {
		return headers;
	}

	@Override
	public boolean has(String column) {
		return index.containsKey(key(column));
	}

	@Override
	public Iterator<Row> iterator() {
		List<Row> rows = new ArrayList<>();
		for (int r = headerIndex + 1; r <= sheet.getLastRowNum(); r++) {
			org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Row parsed = new Row(row);
			if (!parsed.isBlank()) {
				rows.add(parsed);
			}
		}
		return rows.iterator();
	}

	private static List<String> cells(org.apache.poi.ss.usermodel.Row row) {
		List<String> cells = new ArrayList<>();
		if (row != null) {
			for (int c = 0; c < row.getLastCellNum(); c++) {
				cells.add(text(row.getCell(c)));
			}
		}
		return cells;
	}

	/** The cell as a CSV would hold it: dates as ISO days, numbers in plain notation, text trimmed. */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cell.getStringCellValue().replace('\u00A0', ' ').trim();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	/** One data row; values are read by column name. */
	final class Row {

		private final org.apache.poi.ss.usermodel.Row row;

		private Row(org.apache.poi.ss.usermodel.Row row) {
			this.row = row;
		}

		long line() {
			return row.getRowNum() + 1L;
		}

		/** The cell text of {@code column}, or null when the header has no such column. */
		String get(String column) {
			Integer i = index.get(key(column));
			return i == null ? null : text(row.getCell(i));
		}

		/** The cell text of the {@code i}-th column (0-based), "" when the row has no such cell. */
		String get(int i) {
			return text(row.getCell(i));
		}

		Long count(String column) {
			return Values.count(column, get(column));
		}

		/**
		 * A day from a real date cell, a text cell in any {@link Dates} spelling, or a date cell
		 * that lost its date format (an Excel serial number such as {@code 45536}).
		 */
		LocalDate date(String column) {
			Integer i = index.get(key(column));
			return i == null ? Dates.parse(column, null) : date(i, column);
		}

		/** The same for the {@code i}-th column (0-based), where a header names two columns (side-by-side tables). */
		LocalDate date(int i) {
			return date(i, headers.get(i));
		}

		private LocalDate date(int i, String column) {
			Cell cell = row.getCell(i);
			if (cell != null && cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
				if (!DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
					throw new BadValue(column, text(cell), "not a date");
				}
				return cell.getLocalDateTimeCellValue().toLocalDate();
			}
			return Dates.parse(column, get(i));
		}

		boolean isBlank() {
			return cells(row).stream().allMatch(String::isEmpty);
		}
	}
}
