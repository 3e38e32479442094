package com.truereach.ingest.formats;

import java.io.BufferedReader;
import java.io.IOException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.truereach.domain.Platform;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.FormatReader;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;
import com.truereach.ingest.TextFiles;

/**
 * A sample of an account's followers as JSON lines: one Twitter user object per line
 * ({@code {"id": 12, "screen_name": "...", "followers_count": 3, ...}}). Recognised when the
 * first line is an object with {@code screen_name}, {@code followers_count} and
 * {@code friends_count}. Numbers and strings are read alike (ids come as either); a line that
 * is not a JSON object is rejected with its line number.
 */
final class FollowerProfileJsonLinesReader implements FormatReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String id() {
		return "follower-profiles-jsonl";
	}

	@Override
	public String description() {
		return "follower profile sample, JSON lines: {\"id\":...,\"screen_name\":...,\"followers_count\":...,\"friends_count\":...}";
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
	public boolean recognises(Preview preview) {
		if (preview.kind() != Preview.Kind.TEXT || !preview.firstLine().trim().startsWith("{")) {
			return false;
		}
		try {
			JsonNode first = JSON.readTree(preview.firstLine());
			return first.isObject() && FollowerProfiles.REQUIRED.stream().allMatch(first::has);
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	@Override
	public void read(Source source, IngestSink sink) throws IOException {
		try (BufferedReader reader = new BufferedReader(TextFiles.reader(source))) {
			long line = 0;
			for (String text = reader.readLine(); text != null; text = reader.readLine()) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				try {
					JsonNode node = JSON.readTree(text);
					if (!node.isObject()) {
						throw new BadValue(null, text, "not a JSON object");
					}
					sink.profile(line, FollowerProfiles.read(name -> field(node, name)));
				}
				catch (JacksonException ex) {
					sink.reject(line, null, text, "not a JSON object: " + ex.getOriginalMessage());
				}
				catch (BadValue bad) {
					sink.reject(line, bad.column(), bad.value(), bad.reason());
				}
			}
		}
	}

	private static String field(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return value == null || value.isNull() || value.isContainer() ? null : value.asString();
	}
}
