package com.truereach.ingest.formats;

import java.nio.charset.StandardCharsets;

import com.truereach.ingest.FileParser;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.Source;

/** Parses in-memory content through the standard registry, so that detection is tested too. */
final class Parsing {

	private Parsing() {
	}

	static ParsedFile parse(String name, String content) {
		return new FileParser(StandardFormats.registry(), 1.0)
			.parse(Source.of(name, content.getBytes(StandardCharsets.UTF_8)));
	}
}
