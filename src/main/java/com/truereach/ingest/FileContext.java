package com.truereach.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What the job definition tells about a file beyond its bytes: the other exports of the account
 * it is listed under, and the export day the definition gives for it ({@code exportedOn:}), if any.
 * Files without years in their dates (TikTok Studio) need one of them when their name carries no date.
 */
public record FileContext(List<Path> otherExports, LocalDate exportedOn) {

	/** A file looked at on its own ({@code inspect}). */
	public static final FileContext NONE = new FileContext(List.of(), null);

	public FileContext {
		otherExports = List.copyOf(otherExports);
	}
}
