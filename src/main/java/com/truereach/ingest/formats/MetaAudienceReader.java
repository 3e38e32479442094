package com.truereach.ingest.formats;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;

import com.truereach.domain.Platform;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.FormatReader;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;

/**
 * Meta Business Suite {@code Audience.csv}: small tables (age and gender, top countries, top
 * cities) separated by blank lines, each a title line, a header line and rows. It is recognised
 * so that it is not reported as an unknown file, but its rows are a snapshot of the audience's
 * shares on the export day, not metrics of a day: no canonical record fits them, and they are
 * passed to {@link IngestSink#summaryRow} so that every row is still accounted for. A last row
 * that a download cut off is rejected like in every other CSV export.
 */
final class MetaAudienceReader implements FormatReader {

	private static final Pattern TABLE_TITLE = Pattern.compile(".*\\b(age|gender|countr\\w*|city|cities|audience)\\b.*");

	@Override
	public String id() {
		return "meta-audience";
	}

	@Override
	public String description() {
		return "Meta Business Suite Audience.csv: tables such as \"Age & gender\", \"Top countries\", \"Top cities\"";
	}

	@Override
	public Platform platform() {
		return Platform.INSTAGRAM;
	}

	@Override
	public boolean singlePlatform() {
		return false;
	}

	@Override
	public boolean recognises(Preview preview) {
		if (preview.kind() != Preview.Kind.TEXT) {
			return false;
		}
		List<String> lines = preview.lines();
		int start = !lines.isEmpty() && MetaInsightsReader.isSeparatorLine(lines.get(0)) ? 1 : 0;
		if (lines.size() <= start + 1) {
			return false;
		}
		String title = MetaInsightsReader.cell(lines.get(start));
		String header = MetaInsightsReader.cell(lines.get(start + 1));
		return !title.contains(",") && TABLE_TITLE.matcher(title).matches() && header.contains(",")
				&& !header.startsWith("date,");
	}

	@Override
	public void read(Source source, IngestSink sink) throws IOException {
		String text = CsvRows.wholeText(source);
		// a table is an optional one-cell title, a header, then its rows; a blank line ends it
		int header = -1;
		long headerLine = 0;
		long number = 0;
		int position = 0;
		while (position < text.length()) {
			int end = CsvRows.lineEnd(text, position);
			String line = text.substring(position, end);
			number++;
			String cells = MetaInsightsReader.cell(line);
			if (cells.isEmpty() && header >= 0) {
				table(source.name(), text.substring(header, position), headerLine, sink);
				header = -1;
			}
			else if (header < 0 && !(number == 1 && MetaInsightsReader.isSeparatorLine(line)) && cells.contains(",")) {
				header = position;
				headerLine = number;
			}
			position = CsvRows.nextLine(text, end);
		}
		if (header >= 0) {
			table(source.name(), text.substring(header), headerLine, sink);
		}
	}

	/** One table's rows, summary rows all; the last one rejected when the download cut it off. */
	private static void table(String file, String table, long headerLine, IngestSink sink) throws IOException {
		int end = CsvRows.lineEnd(table, 0);
		try (CsvTable csv = CsvTable.open(file, table.substring(0, end),
				new StringReader(table.substring(CsvRows.nextLine(table, end))), headerLine)) {
			CsvRows.each(csv, sink, row -> sink.summaryRow(row.line()));
		}
	}
}
