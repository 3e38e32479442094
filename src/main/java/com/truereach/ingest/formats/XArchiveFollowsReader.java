package com.truereach.ingest.formats;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

import com.truereach.domain.FollowerEntry.ListKind;
import com.truereach.domain.FollowerEntry;
import com.truereach.domain.Platform;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.FormatReader;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;
import com.truereach.ingest.TextFiles;

/**
 * X data archive {@code data/follower.js} and {@code data/following.js} (and the
 * {@code follower-part1.js} pieces of large archives): JavaScript, an assignment
 * {@code window.YTD.follower.part0 = [ {"follower" : {"accountId" : "15989888", ...}}, ... ]}.
 * The prefix is cut off and the array streamed as JSON. The archive has ids only, no handles and
 * no dates, so {@code followedAt} is null. The "line" of an entry is its 1-based position in the
 * array, since archives are often one physical line.
 */
final class XArchiveFollowsReader implements FormatReader {

	private static final Pattern PREFIX = Pattern.compile("\\s*window\\.YTD\\.(follower|following)\\.part\\d+\\s*=\\s*");

	/** Longest prefix looked at before the {@code =}: the assignment is short, a file without one is not ours. */
	private static final int PREFIX_LIMIT = 200;

	@Override
	public String id() {
		return "x-archive-follows";
	}

	@Override
	public String description() {
		return "X data archive follower.js / following.js: window.YTD.follower.part0 = [ {\"follower\" : {\"accountId\" : ...}} ]";
	}

	@Override
	public Platform platform() {
		return Platform.X;
	}

	@Override
	public boolean recognises(Preview preview) {
		return preview.kind() == Preview.Kind.TEXT
				&& PREFIX.matcher(preview.firstLine()).lookingAt();
	}

	@Override
	public void read(Source source, IngestSink sink) throws IOException {
		try (Reader reader = TextFiles.reader(source)) {
			skipPrefix(source, reader);
			try (JsonParser parser = JsonEntries.MAPPER.createParser(reader)) {
				if (parser.nextToken() != JsonToken.START_ARRAY) {
					throw new IOException(source.name() + ": expected a JSON array after the window.YTD assignment");
				}
				JsonEntries.each(parser, sink, (entry, position) -> sink.follower(position, toEntry(entry)));
			}
		}
	}

	private static void skipPrefix(Source source, Reader reader) throws IOException {
		StringBuilder prefix = new StringBuilder();
		int c;
		while ((c = reader.read()) != '=') {
			if (c < 0 || prefix.length() > PREFIX_LIMIT) {
				throw new IOException(source.name() + ": no 'window.YTD.follower.partN =' assignment at the start");
			}
			prefix.append((char) c);
		}
		Matcher matcher = PREFIX.matcher(prefix.append('='));
		if (!matcher.matches()) {
			throw new IOException(source.name() + ": '" + prefix + "' is not a follower or following list of an X archive");
		}
	}

	private static FollowerEntry toEntry(JsonNode entry) {
		for (ListKind kind : ListKind.values()) {
			JsonNode account = entry.path(kind == ListKind.FOLLOWERS ? "follower" : "following");
			if (account.isObject()) {
				String id = JsonEntries.text(account, "accountId");
				if (id == null) {
					throw new BadValue("accountId", "", "account id is missing");
				}
				if (!id.matches("\\d+")) {
					throw new BadValue("accountId", id, "not a numeric X account id");
				}
				return new FollowerEntry(kind, id, null);
			}
		}
		throw new BadValue(null, entry.toString(), "entry has neither a 'follower' nor a 'following' object");
	}
}
