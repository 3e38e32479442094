package com.truereach.ingest.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import com.truereach.domain.Platform;
import com.truereach.ingest.FormatReader;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;
import com.truereach.ingest.TextFiles;

/**
 * Meta Business Suite {@code Audience.csv}: small tables (age and gender, top countries, top
 * cities) separated by blank lines, each a title line, a header line and rows. It is recognised
 * so that it is not reported as an unknown file, but its rows are a snapshot of the audience's
 * shares on the export day, not metrics of a day: no canonical record fits them, and they are
 * passed to {@link IngestSink#summaryRow} so that every row is still accounted for.
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
		try (BufferedReader reader = new BufferedReader(TextFiles.reader(source))) {
			String line;
			long number = 0;
			// a table is an optional one-cell title, a header, then its rows; a blank line ends it
			boolean headerSeen = false;
			while ((line = reader.readLine()) != null) {
				number++;
				String cells = MetaInsightsReader.cell(line);
				if (cells.isEmpty()) {
					headerSeen = false;
				}
				else if (number == 1 && MetaInsightsReader.isSeparatorLine(line)) {
					continue;
				}
				else if (!headerSeen) {
					headerSeen = cells.contains(",");
				}
				else {
					sink.summaryRow(number);
				}
			}
		}
	}
}
