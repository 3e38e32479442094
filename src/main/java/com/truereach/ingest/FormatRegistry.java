package com.truereach.ingest;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A set of formats, asked in order which one recognises a file. The standard set lives beside the
 * readers, in {@code ingest.formats.StandardFormats}, so that the readers stay package-private.
 */
public final class FormatRegistry {

	private final List<FormatReader> readers;

	public FormatRegistry(List<FormatReader> readers) {
		this.readers = List.copyOf(readers);
	}

	public List<FormatReader> readers() {
		return readers;
	}

	/** The reader that recognises the preview; the first registered wins when two would. */
	public Optional<FormatReader> detect(Preview preview) {
		return readers.stream().filter(reader -> reader.recognises(preview)).findFirst();
	}

	public Optional<FormatReader> byId(String id) {
		return readers.stream().filter(reader -> reader.id().equals(id)).findFirst();
	}

	/** One line per known format, for the message about a file nobody recognises. */
	public String knownFormats() {
		return readers.stream().map(r -> r.id() + " (" + r.description() + ")").collect(Collectors.joining("; "));
	}
}
