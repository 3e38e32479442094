package com.truereach.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;

import org.springframework.core.NestedExceptionUtils;

/**
 * A CSV export read with FastCSV: preamble lines before the header are skipped (Meta's
 * {@code sep=,} and title lines, GA4's {@code #} block), the delimiter is taken from the header
 * line ({@code ,}, {@code ;} after an Excel re-save, or tab), columns are found by name without
 * regard to case, quotes, BOM or surrounding spaces, and every row knows the line it starts on.
 * A column that appears twice (Meta's {@code Views}) is reachable as {@code Views} and {@code Views#2}.
 */
public final class CsvTable implements Iterable<CsvTable.Row>, ColumnNames, AutoCloseable {

	private static final int MAX_FIELD_CHARS = 64 * 1024 * 1024;

	private final String file;

	private final List<String> headers;

	private final Map<String, Integer> index;

	/** Column names as readers spell them to their position (-1: absent); spares normalising them on every row. */
	private final Map<String, Integer> lookup = new HashMap<>();

	private final CsvReader<CsvRecord> parser;

	private final QuoteTracker quotes;

	private final long headerLine;

	private CsvTable(String file, List<String> headers, CsvReader<CsvRecord> parser, QuoteTracker quotes,
			long headerLine) {
		this.file = file;
		this.headers = headers;
		this.parser = parser;
		this.quotes = quotes;
		this.headerLine = headerLine;
		this.index = new HashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			String key = key(headers.get(i));
			if (index.containsKey(key)) {
				int n = 2;
				while (index.containsKey(key + "#" + n)) {
					n++;
				}
				key = key + "#" + n;
			}
			index.put(key, i);
		}
	}

	/** Opens the source and positions it after the first line that {@code isHeader} accepts. */
	public static CsvTable open(Source source, Predicate<String> isHeader) throws IOException {
		BufferedReader reader = new BufferedReader(TextFiles.reader(source));
		long line = 0;
		String header;
		while (true) {
			header = reader.readLine();
			line++;
			if (header == null) {
				reader.close();
				throw new IOException(source.name() + ": no header line found");
			}
			if (isHeader.test(Preview.normalise(header))) {
				break;
			}
		}
		return open(source.name(), header, reader, line);
	}

	/** Opens a table whose header line is already read; {@code headerLine} is its 1-based line. */
	public static CsvTable open(String file, String header, Reader rest, long headerLine) throws IOException {
		char delimiter = delimiter(header);
		CsvReader.CsvReaderBuilder format = CsvReader.builder()
			.fieldSeparator(delimiter)
			.skipEmptyLines(false)
			.allowExtraFields(true)
			.allowMissingFields(true)
			// a 50 MB line is still read and its bad cell rejected, not taken for a broken file
			.maxBufferSize(MAX_FIELD_CHARS);
		List<String> headers = header.isEmpty() ? List.of() : format.ofSingleCsvRecord(header).getFields();
		QuoteTracker quotes = new QuoteTracker(rest, delimiter);
		CsvRecordHandler records = CsvRecordHandler.builder()
			.maxFieldSize(MAX_FIELD_CHARS)
			.maxRecordSize(MAX_FIELD_CHARS)
			.build();
		return new CsvTable(file, List.copyOf(headers), format.build(records, quotes), quotes, headerLine);
	}

	public String file() {
		return file;
	}

	public List<String> headers() {
		return headers;
	}

	@Override
	public boolean has(String column) {
		return index.containsKey(key(column));
	}

	/**
	 * Rows in file order; blank lines are skipped, as a person reading the file would. The last
	 * row is marked {@linkplain Row#cutOff() cut off} when it has fewer fields than the header
	 * and the file ends without a line break: a download that stopped inside the row.
	 */
	@Override
	public Iterator<Row> iterator() {
		Iterator<CsvRecord> records = parser.iterator();
		return new Iterator<>() {
			private Row pending;

			private long lastLine = headerLine;

			@Override
			public boolean hasNext() {
				while (pending == null) {
					if (!more()) {
						return false;
					}
					CsvRecord record = records.next();
					lastLine = headerLine + record.getStartingLineNumber();
					Row row = new Row(lastLine, record.getFields());
					if (!row.isBlank()) {
						pending = row;
					}
				}
				if (pending.values.size() < headers.size() && !more() && !quotes.endsWithLineBreak()) {
					pending.cutOff = true;
				}
				return true;
			}

			/** Whether another record follows; a record the parser cannot read makes the rest of the file unusable. */
			private boolean more() {
				boolean more;
				try {
					more = records.hasNext();
				}
				catch (UncheckedIOException | CsvParseException ex) {
					throw new MalformedCsvException(file, lastLine + 1, ex);
				}
				if (!more && quotes.insideQuotes()) {
					throw new MalformedCsvException(file, lastLine,
							new CsvParseException("a quoted field is still open at the end of the file"));
				}
				return more;
			}

			@Override
			public Row next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				Row row = pending;
				pending = null;
				return row;
			}
		};
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}

	private static String key(String header) {
		return header.replace("\uFEFF", "").replace("\"", "").trim().toLowerCase(Locale.ROOT);
	}

	private static char delimiter(String header) {
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				commas += c == ',' ? 1 : 0;
				semicolons += c == ';' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		if (tabs > commas && tabs > semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	/** One data row; values are read by column name. */
	public final class Row {

		private final long line;

		private final List<String> values;

		private boolean cutOff;

		private Row(long line, List<String> values) {
			this.line = line;
			this.values = values;
		}

		public long line() {
			return line;
		}

		public List<String> values() {
			return values;
		}

		/** The file's last row, short of fields and without a final line break: the file was cut off in it. */
		public boolean cutOff() {
			return cutOff;
		}

		/** Why a cut-off row cannot be used, for its reject (whose column is the last one present, where the cut is). */
		public String cutOffReason() {
			return "the last row has " + values.size() + " of the header's " + headers.size()
					+ " fields and the file ends without a line break: the download was cut off in this row";
		}

		/** The cell of {@code column} trimmed, or null when the header has no such column or the row is short. */
		public String get(String column) {
			int i = lookup.computeIfAbsent(column, c -> index.getOrDefault(key(c), -1));
			if (i < 0 || i >= values.size()) {
				return null;
			}
			return values.get(i).trim();
		}

		public String get(int i) {
			return i < values.size() ? values.get(i).trim() : null;
		}

		public boolean isBlank() {
			for (String value : values) {
				if (!value.isBlank()) {
					return false;
				}
			}
			return true;
		}

		public Long count(String column) {
			return Values.count(column, get(column));
		}

		public java.time.LocalDate date(String column) {
			return Dates.parse(column, get(column));
		}
	}

	/** The file is not well-formed CSV from {@code line} on (a quote never closed: a truncated file). */
	public static class MalformedCsvException extends RuntimeException {

		private final long line;

		public MalformedCsvException(String file, long line, Throwable cause) {
			super(file + ":" + line + ": not well-formed CSV from here on ("
					+ NestedExceptionUtils.getMostSpecificCause(cause).getMessage() + "); the file may be truncated", cause);
			this.line = line;
		}

		public long line() {
			return line;
		}
	}
}
