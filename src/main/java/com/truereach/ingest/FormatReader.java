package com.truereach.ingest;

import java.io.IOException;

import com.truereach.domain.Platform;

/**
 * One export format. Recognised by content only, never by file name: people rename files.
 * Implementations are stateless; register a new one in {@link FormatRegistry}.
 */
public interface FormatReader {

	/** Stable id used in job definitions, reports and {@code inspect} (e.g. {@code x-premium-overview}). */
	String id();

	/** What a person would call the file, with its tell-tale header, for the list of known formats. */
	String description();

	Platform platform();

	/** True when the preview (decoded first lines, or sheet names of a workbook) is this format. */
	boolean recognises(Preview preview);

	void read(Source source, IngestSink sink) throws IOException;
}
