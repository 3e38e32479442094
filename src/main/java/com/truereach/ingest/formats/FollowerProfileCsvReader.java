package com.truereach.ingest.formats;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.FormatReader;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Platform;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;

/**
 * A sample of an account's followers exported by an audit tool as CSV with Twitter user-object
 * columns ({@code id,name,screen_name,statuses_count,followers_count,friends_count,...}); the
 * columns and their order vary by tool. Recognised by {@code screen_name}, {@code followers_count}
 * and {@code friends_count} in the header; see {@link FollowerProfiles} for the fields.
 */
public final class FollowerProfileCsvReader implements FormatReader {

	@Override
	public String id() {
		return "follower-profiles-csv";
	}

	@Override
	public String description() {
		return "follower profile sample CSV: id,name,screen_name,statuses_count,followers_count,friends_count,...";
	}

	@Override
	public Platform platform() {
		return Platform.X;
	}

	@Override
	public boolean recognises(Preview preview) {
		return preview.kind() == Preview.Kind.TEXT && isHeader(Preview.normalise(preview.firstLine()));
	}

	private static boolean isHeader(String line) {
		List<String> columns = Arrays.stream(line.split(",", -1)).map(String::trim).toList();
		return columns.containsAll(FollowerProfiles.REQUIRED);
	}

	@Override
	public void read(Source source, IngestSink sink) throws IOException {
		try (CsvTable table = CsvTable.open(source, FollowerProfileCsvReader::isHeader)) {
			for (CsvTable.Row row : table) {
				try {
					sink.profile(row.line(), FollowerProfiles.read(name -> table.has(name) ? row.get(name) : null));
				}
				catch (BadValue bad) {
					sink.reject(row.line(), bad.column(), bad.value(), bad.reason());
				}
			}
		}
	}
}
