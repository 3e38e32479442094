package com.truereach.ingest.formats;

import java.util.Arrays;
import java.util.List;

import com.truereach.domain.Platform;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Source;

/**
 * A sample of an account's followers exported by an audit tool as CSV with Twitter user-object
 * columns ({@code id,name,screen_name,statuses_count,followers_count,friends_count,...}); the
 * columns and their order vary by tool. Recognised by {@code screen_name}, {@code followers_count}
 * and {@code friends_count} in the header; see {@link FollowerProfiles} for the fields.
 */
final class FollowerProfileCsvReader extends HeaderCsvReader {

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
	public boolean singlePlatform() {
		return false;
	}

	@Override
	protected boolean isHeader(String line) {
		List<String> columns = Arrays.stream(line.split(",", -1)).map(String::trim).toList();
		return columns.containsAll(FollowerProfiles.REQUIRED);
	}

	@Override
	protected Rows rows(Source source, CsvTable table, IngestSink sink) {
		return row -> sink.profile(row.line(), FollowerProfiles.read(name -> table.has(name) ? row.get(name) : null));
	}
}
