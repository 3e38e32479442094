package com.truereach.ingest.formats;

import java.util.function.ObjLongConsumer;

import com.truereach.ingest.BadValue;
import com.truereach.ingest.IngestSink;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a JSON array of objects one entry at a time, so a 100k-entry follower list never sits
 * in memory as one tree. JSON exports have no meaningful lines (an archive may be one line), so
 * the "line" of an entry is its 1-based position in the array.
 */
final class JsonEntries {

	/** Reads one entry at a time from a parser that goes on after it, so later tokens are not "trailing". */
	static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private JsonEntries() {
	}

	/**
	 * Reads the array whose {@link JsonToken#START_ARRAY} the parser is on, up to its end. An
	 * element that is not an object, or that {@code action} refuses with a {@link BadValue}, is
	 * rejected at its position.
	 */
	static void each(JsonParser parser, IngestSink sink, ObjLongConsumer<JsonNode> action) {
		long position = 0;
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			if (token == null) {
				throw new IllegalStateException("the JSON array is not closed: the file may be truncated");
			}
			position++;
			if (token != JsonToken.START_OBJECT) {
				String value = token.isScalarValue() ? parser.getString() : token.name();
				parser.skipChildren();
				sink.reject(position, null, value, "entry is not a JSON object");
				continue;
			}
			JsonNode entry = MAPPER.readTree(parser);
			try {
				action.accept(entry, position);
			}
			catch (BadValue bad) {
				sink.reject(position, bad.column(), bad.value(), bad.reason());
			}
		}
	}

	/** The text of a string or number field, or null when absent, null or blank. */
	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (!value.isValueNode() || value.isNull()) {
			return null;
		}
		String text = value.asString().trim();
		return text.isEmpty() ? null : text;
	}
}
