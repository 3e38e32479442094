package com.truereach.ingest.formats;

import java.io.IOException;

import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.FormatReader;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;

/**
 * A CSV format recognised by its header line and read row by row: a row whose cell cannot be
 * read ({@link BadValue}) becomes a reject with its line, column and value, so subclasses only
 * say what a good row is.
 */
abstract class HeaderCsvReader implements FormatReader {

	/** True for the format's header line as {@link Preview#normalise} gives it. */
	protected abstract boolean isHeader(String normalisedLine);

	/** What to do with the rows of one file; it may keep state for that file only. */
	protected abstract Rows rows(Source source, CsvTable table, IngestSink sink);

	@Override
	public boolean recognises(Preview preview) {
		return preview.kind() == Preview.Kind.TEXT && isHeader(Preview.normalise(preview.firstLine()));
	}

	@Override
	public void read(Source source, IngestSink sink) throws IOException {
		try (CsvTable table = CsvTable.open(source, this::isHeader)) {
			Rows rows = rows(source, table, sink);
			CsvRows.each(table, sink, rows::read);
			rows.end();
		}
	}

	/** Reads one row into the sink, or throws {@link BadValue}. */
	interface Rows {

		void read(CsvTable.Row row);

		/** After the last row: for formats that give one record for several rows. */
		default void end() {
		}
	}
}
