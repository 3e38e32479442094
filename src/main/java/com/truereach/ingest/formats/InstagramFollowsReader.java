package com.truereach.ingest.formats;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;

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
 * Instagram "Download your information" follower lists: {@code followers_1.json} (a top-level
 * array), the older {@code {"relationships_followers": [...]}} and {@code following.json}
 * ({@code {"relationships_following": [...]}}). The username is {@code value}, else
 * {@code title}, else the last path segment of {@code href}; {@code timestamp} (Unix seconds) is
 * when that person followed. The "line" of an entry is its 1-based position in its array.
 */
final class InstagramFollowsReader implements FormatReader {

	@Override
	public String id() {
		return "instagram-follows";
	}

	@Override
	public String description() {
		return "Instagram download followers_1.json / following.json: [{\"string_list_data\": [{\"href\", \"value\", \"timestamp\"}]}]";
	}

	@Override
	public Platform platform() {
		return Platform.INSTAGRAM;
	}

	@Override
	public boolean recognises(Preview preview) {
		if (preview.kind() != Preview.Kind.TEXT) {
			return false;
		}
		String head = String.join("\n", preview.lines()).stripLeading();
		if (head.startsWith("[")) {
			return head.contains("\"string_list_data\"");
		}
		return head.startsWith("{")
				&& (head.contains("\"relationships_followers\"") || head.contains("\"relationships_following\""));
	}

	@Override
	public void read(Source source, IngestSink sink) throws IOException {
		try (Reader reader = TextFiles.reader(source);
				JsonParser parser = JsonEntries.MAPPER.createParser(reader)) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_ARRAY) {
				readList(parser, ListKind.FOLLOWERS, sink);
				return;
			}
			if (first != JsonToken.START_OBJECT) {
				throw new IOException(source.name() + ": not a JSON array or object");
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (value == JsonToken.START_ARRAY && name.equals("relationships_followers")) {
					readList(parser, ListKind.FOLLOWERS, sink);
				}
				else if (value == JsonToken.START_ARRAY && name.equals("relationships_following")) {
					readList(parser, ListKind.FOLLOWING, sink);
				}
				else {
					parser.skipChildren();
				}
			}
		}
	}

	private static void readList(JsonParser parser, ListKind kind, IngestSink sink) {
		JsonEntries.each(parser, sink, (entry, position) -> sink.follower(position, toEntry(kind, entry)));
	}

	private static FollowerEntry toEntry(ListKind kind, JsonNode entry) {
		JsonNode data = entry.path("string_list_data").path(0);
		String name = JsonEntries.text(data, "value");
		if (name == null) {
			name = JsonEntries.text(entry, "title");
		}
		if (name == null) {
			name = lastSegment(JsonEntries.text(data, "href"));
		}
		if (name == null) {
			throw new BadValue("string_list_data", entry.toString(), "no username in value, title or href");
		}
		return new FollowerEntry(kind, name, followedAt(data.path("timestamp")));
	}

	private static Instant followedAt(JsonNode timestamp) {
		if (timestamp.isMissingNode() || timestamp.isNull()) {
			return null;
		}
		if (!timestamp.isIntegralNumber() || timestamp.longValue() <= 0) {
			throw new BadValue("timestamp", timestamp.asString(), "not a Unix time in seconds");
		}
		return Instant.ofEpochSecond(timestamp.longValue());
	}

	/** {@code https://www.instagram.com/_u/someone/} gives {@code someone}. */
	private static String lastSegment(String href) {
		if (href == null) {
			return null;
		}
		String path = href.replaceAll("[?#].*$", "").replaceFirst("^[A-Za-z]+://[^/]*", "").replaceAll("/+$", "");
		String segment = path.substring(path.lastIndexOf('/') + 1);
		return segment.isEmpty() ? null : segment;
	}
}
