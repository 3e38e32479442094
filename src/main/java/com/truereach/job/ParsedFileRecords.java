package com.truereach.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import com.truereach.history.InputFile;
import com.truereach.history.ParsedExport;
import com.truereach.history.ReadSummary;
import com.truereach.ingest.HashedSource;
import com.truereach.ingest.ParsedFile;

/**
 * What the history keeps of a parsed file, as value records: the parser's {@link ParsedFile}
 * fills up while a file is read and is judged afterwards, and the stores take only its outcome,
 * so that they need nothing of the parser.
 */
public final class ParsedFileRecords {

	private ParsedFileRecords() {
	}

	/** The file as the history registers it. */
	public static InputFile inputFile(ParsedFile parsed) {
		return new InputFile(parsed.source().name(), sha256(parsed),
				parsed.format() == null ? null : parsed.format().id(), parsed.platform(), parsed.first(), parsed.last(),
				parsed.source().modified());
	}

	/** What reading the file came to: its status, counts and rejected rows. */
	public static ReadSummary summary(ParsedFile parsed) {
		return new ReadSummary(parsed.status().name(), parsed.message(), parsed.read(), parsed.accepted(),
				parsed.rejected(), parsed.skipped(), parsed.summaryRows(), parsed.rejects());
	}

	/** The rows of a usable file (one a format read), each with its line. */
	public static ParsedExport export(ParsedFile parsed) {
		return new ParsedExport(parsed.format().id(), parsed.days(), parsed.dayLines(), parsed.posts(),
				parsed.postLines(), parsed.followers(), parsed.profiles(), parsed.profileLines(), parsed.revenue(),
				parsed.revenueLines(), parsed.traffic(), parsed.trafficLines());
	}

	/**
	 * The content's digest, taken while the file was read. A file that was skipped is never opened
	 * (opening a pipe waits for a writer), and one deleted before it was read to the end has no
	 * content left: both are recorded by path with a marker in place of the digest.
	 */
	private static String sha256(ParsedFile parsed) {
		if (parsed.status() == ParsedFile.Status.SKIPPED) {
			return "(not opened)";
		}
		try {
			return HashedSource.of(parsed.source()).digests().sha256();
		}
		catch (NoSuchFileException ex) {
			return "(gone)";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
