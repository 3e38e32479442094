package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.truereach.ingest.FileParser;
import com.truereach.ingest.FormatReader;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.Source;

/** Fixture access for the social reader tests: files under {@code fixtures/social}. */
final class SocialFixtures {

	private SocialFixtures() {
	}

	static Path path(String name) {
		try {
			return Path.of(SocialFixtures.class.getResource("/fixtures/social/" + name).toURI());
		}
		catch (URISyntaxException | NullPointerException ex) {
			throw new IllegalArgumentException("no fixture " + name, ex);
		}
	}

	/** The fixture parsed as the nightly job would: detected through the standard registry. */
	static ParsedFile parse(String name) {
		List<ParsedFile> files = new FileParser(StandardFormats.registry(), 0.05).parse(path(name));
		assertThat(files).hasSize(1);
		return files.get(0);
	}

	/** {@code text} read by {@code reader} directly, without detection or the reject threshold. */
	static ParsedFile read(FormatReader reader, String text) {
		return read(reader, text.getBytes(StandardCharsets.UTF_8));
	}

	static ParsedFile read(FormatReader reader, byte[] bytes) {
		Source source = Source.of("test.csv", bytes);
		ParsedFile parsed = new ParsedFile(source, reader);
		try {
			reader.read(source, parsed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parsed;
	}
}
