package com.truereach.ingest.formats;

import java.util.List;
import java.util.Map;

import com.truereach.domain.Platform;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Source;

/**
 * A TikTok Studio CSV: its header may be in any UI language of {@link TikTokStudioHeaders}, so
 * subclasses see the columns by their English names, and its dates have no year, so they get
 * the {@link TikTokDates} that infers it from the file.
 */
abstract class TikTokStudioCsvReader extends HeaderCsvReader {

	/** True for the format's header, given its columns in English (null where not a Studio column). */
	protected abstract boolean isStudioHeader(List<String> englishColumns);

	/** {@code columns}: English lower-case name to the header as the file spells it. */
	protected abstract Rows rows(CsvTable table, TikTokDates dates, Map<String, String> columns, IngestSink sink);

	@Override
	public Platform platform() {
		return Platform.TIKTOK;
	}

	@Override
	protected final boolean isHeader(String line) {
		return isStudioHeader(TikTokStudioHeaders.englishColumns(line));
	}

	/** The rows, and at the end a note on where the years came from when any was inferred. */
	@Override
	protected final Rows rows(Source source, CsvTable table, IngestSink sink) {
		TikTokDates dates = TikTokDates.of(source);
		Rows rows = rows(table, dates, TikTokStudioHeaders.columns(table), sink);
		return new Rows() {
			@Override
			public void read(CsvTable.Row row) {
				rows.read(row);
			}

			@Override
			public void end() {
				rows.end();
				if (dates.yearNote() != null) {
					sink.note(dates.yearNote());
				}
			}
		};
	}
}
