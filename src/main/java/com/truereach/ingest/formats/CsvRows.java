package com.truereach.ingest.formats;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Metric;

/** Row handling shared by the CSV and sheet readers of this package. */
final class CsvRows {

	private CsvRows() {
	}

	/** Hands every row to {@code action}; a bad cell rejects its row with line, column, value and reason. */
	static void each(CsvTable table, IngestSink sink, Consumer<CsvTable.Row> action) {
		each(table, CsvTable.Row::line, sink, action);
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
}
