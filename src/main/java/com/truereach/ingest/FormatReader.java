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

	/** The platform of the format; for a format several platforms share, the one it is checked against. */
	Platform platform();

	/**
	 * False for a format several platforms share (Meta's insights, an audit tool's follower
	 * sample): its {@link #platform()} says nothing about a given file, whose platform then comes
	 * from its own title or the account it belongs to.
	 */
	default boolean singlePlatform() {
		return true;
	}

	/** True when the preview (decoded first lines, or sheet names of a workbook) is this format. */
	boolean recognises(Preview preview);

	void read(Source source, IngestSink sink) throws IOException;
}
