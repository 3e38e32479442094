package com.truereach.ingest.formats;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.truereach.domain.Metric;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Source;
import com.truereach.ingest.TextFiles;
import com.truereach.ingest.Values;

/** Row handling shared by the CSV and sheet readers of this package. */
final class CsvRows {

	private CsvRows() {
	}

	/**
	 * Hands every row to {@code action}; a bad cell rejects its row with line, column, value and
	 * reason, and so does a last row the download cut off, whose cells would read as plausible values.
	 */
	static void each(CsvTable table, IngestSink sink, Consumer<CsvTable.Row> action) {
		each(table, CsvTable.Row::line, sink, row -> {
			if (row.cutOff()) {
				int last = row.values().size() - 1;
				throw new BadValue(table.headers().get(last), row.get(last), row.cutOffReason());
			}
			action.accept(row);
		});
	}

	/** The same for the rows of a sheet. */
	static void each(SheetTable table, IngestSink sink, Consumer<SheetTable.Row> action) {
		each(table, SheetTable.Row::line, sink, action);
	}

	private static <R> void each(Iterable<R> rows, ToLongFunction<R> line, IngestSink sink, Consumer<R> action) {
		for (R row : rows) {
			try {
				action.accept(row);
			}
			catch (BadValue bad) {
				sink.reject(line.applyAsLong(row), bad.column(), bad.value(), bad.reason());
			}
		}
	}

	/**
	 * The counts of the named columns that the table has. A column the user did not export, or a
	 * cell that is not reported ({@code -}, blank), leaves its metric out rather than making it zero.
	 */
	static Map<Metric, Long> counts(CsvTable.Row row, Map<String, Metric> columns) {
		Map<Metric, Long> metrics = new EnumMap<>(Metric.class);
		columns.forEach((column, metric) -> {
			Long value = row.count(column);
			if (value != null) {
				metrics.merge(metric, value, Long::sum);
			}
		});
		return metrics;
	}

	/** The cell, or null when it is blank or the column is absent. */
	static String text(CsvTable.Row row, String column) {
		String value = row.get(column);
		return value == null || value.isEmpty() ? null : value;
	}

	/** A post id kept exactly as written: digits only, since a re-saved {@code 1.5679E+18} has lost digits. */
	static String postId(CsvTable.Row row, String column) {
		String id = row.get(column);
		if (id == null || id.isEmpty()) {
			throw new BadValue(column, id == null ? "" : id, "post id is missing");
		}
		if (!id.matches("\\d+(_\\d+)?")) {
			throw new BadValue(column, id, "not a post id (digits only; a spreadsheet may have rounded it)");
		}
		return id;
	}

	/**
	 * The columns a reader reads itself (its metric columns and its id, text and date columns) in
	 * the form {@link #extras} compares headers: any case, surrounding spaces ignored.
	 */
	static Set<String> readColumns(Collection<String> metricColumns, String... otherColumns) {
		return Stream.concat(metricColumns.stream(), Stream.of(otherColumns))
			.map(CsvRows::columnKey)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The numeric cells of every column not in {@code read} ({@link #readColumns}), under their
	 * headers as exported: the metrics TrueReach has no name for, kept for a later report.
	 */
	static Map<String, BigDecimal> extras(CsvTable table, CsvTable.Row row, Set<String> read) {
		return extras(table, row, read, UnaryOperator.identity(), Values::decimal);
	}

	/** The same with the reader's own extra name and number parsing (YouTube keeps durations as seconds). */
	static Map<String, BigDecimal> extras(CsvTable table, CsvTable.Row row, Set<String> read,
			UnaryOperator<String> name, BiFunction<String, String, BigDecimal> number) {
		return extras(table.headers(), row::get, read, name, number);
	}

	/** The same for the rows of a sheet. */
	static Map<String, BigDecimal> extras(SheetTable table, SheetTable.Row row, Set<String> read,
			BiFunction<String, String, BigDecimal> number) {
		return extras(table.headers(), row::get, read, UnaryOperator.identity(), number);
	}

	/** The whole text of a file of several small tables (GA4's download, Meta's Audience.csv), decoded. */
	static String wholeText(Source source) throws IOException {
		try (Reader in = TextFiles.reader(source)) {
			StringWriter all = new StringWriter();
			in.transferTo(all);
			return all.toString();
		}
	}

	/** Where the line starting at {@code from} ends: its {@code \n} or {@code \r}, or the end of the text. */
	static int lineEnd(String text, int from) {
		int end = from;
		while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		return end;
	}

	/** Where the line after the one ending at {@code lineEnd} starts (CRLF, LF or CR). */
	static int nextLine(String text, int lineEnd) {
		return lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : lineEnd < text.length() ? 1 : 0);
	}

	/**
	 * A blank or not-reported cell is absent. So is a cell that is not a number: a column no reader
	 * knows may just as well hold text, and that is no reason to reject the post. A header that
	 * repeats (Meta's second {@code Views}) is never read by name, so it is kept as
	 * {@code "Views (second column)"}.
	 */
	private static Map<String, BigDecimal> extras(List<String> headers, IntFunction<String> cell, Set<String> read,
			UnaryOperator<String> name, BiFunction<String, String, BigDecimal> number) {
		Map<String, BigDecimal> extra = new LinkedHashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			String header = headers.get(i).replace("\uFEFF", "").trim();
			String key = columnKey(header);
			int occurrence = seen.merge(key, 1, Integer::sum);
			if (header.isEmpty() || occurrence == 1 && read.contains(key)) {
				continue;
			}
			BigDecimal value;
			try {
				value = number.apply(header, cell.apply(i));
			}
			catch (BadValue notANumber) {
				continue;
			}
			if (value != null) {
				extra.put(occurrence == 1 ? name.apply(header) : name.apply(header) + " (" + ordinal(occurrence) + " column)",
						value);
			}
		}
		return extra;
	}

	private static String columnKey(String header) {
		return header.replace("\uFEFF", "").replace('\u00A0', ' ').trim().toLowerCase(Locale.ROOT);
	}

	private static String ordinal(int n) {
		return switch (n) {
			case 2 -> "second";
			case 3 -> "third";
			default -> n + "th";
		};
	}
}
