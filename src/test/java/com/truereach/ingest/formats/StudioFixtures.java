package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.truereach.domain.AccountDay;
import com.truereach.ingest.FileParser;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.Source;

/** Fixture files, zips and the standard parser for the reader tests. */
final class StudioFixtures {

	static final FileParser PARSER = new FileParser(StandardFormats.registry(), 0.05);

	private StudioFixtures() {
	}

	static byte[] bytes(String resource) {
		try (InputStream in = StudioFixtures.class.getResourceAsStream("/fixtures/studio/" + resource)) {
			assertThat(in).as(resource).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Copies a fixture under another name: readers must recognise content, not names. */
	static Path copy(String resource, Path dir, String name) throws IOException {
		return Files.write(dir.resolve(name), bytes(resource));
	}

	static Path zip(Path dir, String name, Map<String, byte[]> entries) throws IOException {
		Path zip = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zout = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zout.putNextEntry(new ZipEntry(entry.getKey()));
				zout.write(entry.getValue());
				zout.closeEntry();
			}
		}
		return zip;
	}

	static ParsedFile parseOne(Path path) {
		List<ParsedFile> results = PARSER.parse(path);
		assertThat(results).hasSize(1);
		return results.get(0);
	}

	/** Parses in-memory text: its modified time is the epoch, so no export date comes from it. */
	static ParsedFile parseText(String name, String content) {
		return PARSER.parse(Source.of(name, content.getBytes(StandardCharsets.UTF_8)));
	}

	static AccountDay day(ParsedFile file, LocalDate day) {
		return file.days().stream().filter(d -> d.day().equals(day)).findFirst()
			.orElseThrow(() -> new AssertionError("no day " + day + " in " + file.days()));
	}
}
