package com.truereach.history;

import java.time.Instant;
import java.time.LocalDate;

import com.truereach.domain.Platform;

/**
 * One input file as the history registers it: its path (a zip entry is {@code <zip>!/<entry>}),
 * the SHA-256 of its content taken while it was read (or a marker when it was never opened or
 * was gone), the id of the format that read it and the platform it is of (both null when none
 * matched), the days its rows cover and the time it was last modified.
 */
public record InputFile(String path, String sha256, String format, Platform platform, LocalDate first, LocalDate last,
		Instant modified) {
}
