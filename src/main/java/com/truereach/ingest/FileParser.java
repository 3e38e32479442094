package com.truereach.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Turns an input path into parsed files: zips are opened in place (one result per entry),
 * each source is recognised by content and read by its format. Nothing here throws for bad
 * input: every problem becomes a status and a message on the {@link ParsedFile}, so one broken
 * file never stops the others.
 */
public final class FileParser {

	/** What an unrecognised file holds is shown only this far: it may be anything, a password file included. */
	private static final int SHOWN_PREFIX = 40;

	private final FormatRegistry registry;

	private final double rejectThreshold;

	private final ReadLimits limits;

	public FileParser(FormatRegistry registry, double rejectThreshold) {
		this(registry, rejectThreshold, ReadLimits.standard());
	}

	public FileParser(FormatRegistry registry, double rejectThreshold, ReadLimits limits) {
		this.registry = registry;
		this.rejectThreshold = rejectThreshold;
		this.limits = limits;
	}

	/**
	 * The file's size and modification time are taken before and after reading: a file that is
	 * still being written (a download in progress) or deleted meanwhile gave rows that may be cut
	 * anywhere, so none of them are used.
	 */
	public List<ParsedFile> parse(Path path) {
		return parse(path, FileContext.NONE);
	}

	/**
	 * Parses {@code path} knowing what the definition says about it: a file whose dates have no
	 * year and whose name carries no date takes its export day from the day after the newest day
	 * of the account's other exports, else from the definition's {@code exportedOn}. Those other
	 * exports are read only when such a file asks, once per call.
	 */
	public List<ParsedFile> parse(Path path, FileContext context) {
		Supplier<Optional<ExportDay>> known = memoised(() -> knownExportDay(context));
		BasicFileAttributes before;
		try {
			before = Files.readAttributes(path, BasicFileAttributes.class);
		}
		catch (IOException ex) {
			return List.of(broken(Source.of(path, 0, Instant.EPOCH), ParsedFile.Status.ERROR,
					"cannot be read: " + reason(ex)));
		}
		Source file = HashedSource.of(Source.withExportDay(Source.of(path, before.size(), before.lastModifiedTime().toInstant()),
				known));
		if (!before.isRegularFile()) {
			return List.of(broken(file, ParsedFile.Status.SKIPPED, "not a regular file ("
					+ (before.isDirectory() ? "a folder" : "a named pipe, socket or device")
					+ "): skipped without opening it, since reading a pipe waits for a writer"));
		}
		List<ParsedFile> results = isZip(path) ? parseZip(path, file, known) : List.of(parseWithinLimit(file));
		String change = change(path, before);
		if (change != null) {
			for (ParsedFile parsed : results) {
				parsed.fail(ParsedFile.Status.CHANGED, change + (parsed.usable() || parsed.message().isEmpty() ? ""
						: " (" + parsed.message() + ")"));
			}
		}
		return results;
	}

	private Optional<ExportDay> knownExportDay(FileContext context) {
		ParsedFile newest = null;
		for (Path other : context.otherExports()) {
			for (ParsedFile file : parse(other)) {
				if (file.usable() && file.last() != null && (newest == null || file.last().isAfter(newest.last()))) {
					newest = file;
				}
			}
		}
		if (newest != null) {
			// an export does not hold the day it was made: the newest day of one made alongside is the day before
			return Optional.of(new ExportDay(newest.last().plusDays(1), "the day after the newest day ("
					+ newest.last() + ") of another export of the account, '" + newest.source().downloadName() + "'"));
		}
		return Optional.ofNullable(context.exportedOn())
			.map(day -> new ExportDay(day, "the exportedOn given for this file (job definition, or inspect --exported-on)"));
	}

	private static <T> Supplier<T> memoised(Supplier<T> supplier) {
		return new Supplier<>() {
			private T value;

			private boolean known;

			@Override
			public synchronized T get() {
				if (!known) {
					value = supplier.get();
					known = true;
				}
				return value;
			}
		};
	}

	private List<ParsedFile> parseZip(Path path, Source file, Supplier<Optional<ExportDay>> known) {
		List<ParsedFile> results = new ArrayList<>();
		try (ZipFile zip = new ZipFile(path.toFile())) {
			for (ZipEntry entry : Collections.list((Enumeration<ZipEntry>) zip.entries())) {
				if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
					continue;
				}
				Source source = HashedSource.of(Source.withExportDay(Source.of(path, entry, limits.maxFileBytes()), known));
				String tooLarge = tooLarge(entry);
				if (unsafe(entry.getName())) {
					results.add(broken(source, ParsedFile.Status.ERROR,
							"zip entry name '" + shown(entry.getName()) + "' points outside the archive; not read"));
				}
				else {
					results.add(tooLarge != null ? broken(source, ParsedFile.Status.SKIPPED, tooLarge) : parse(source));
				}
			}
		}
		catch (ZipException ex) {
			results.add(broken(file, ParsedFile.Status.ERROR, "not a readable zip archive: " + ex.getMessage()));
		}
		catch (IOException ex) {
			results.add(broken(file, ParsedFile.Status.ERROR, "cannot be read: " + reason(ex)));
		}
		return results;
	}

	/** Why a zip entry is not read, judged by its header before a byte is inflated; null when it may be read. */
	private String tooLarge(ZipEntry entry) {
		long size = entry.getSize();
		if (size > limits.maxFileBytes()) {
			return "the zip entry inflates to " + size + " bytes, more than the " + limits.maxFileBytes()
					+ " allowed (" + ReadLimits.MAX_FILE_BYTES + "): not read";
		}
		long compressed = entry.getCompressedSize();
		if (size > ReadLimits.RATIO_FLOOR_BYTES && compressed > 0 && (double) size / compressed > limits.maxZipRatio()) {
			return String.format(Locale.ROOT,
					"the zip entry inflates %.0f times (%d bytes from %d), more than the %.0f allowed (%s): a zip bomb, not read",
					(double) size / compressed, size, compressed, limits.maxZipRatio(), ReadLimits.MAX_ZIP_RATIO);
		}
		return null;
	}

	private ParsedFile parseWithinLimit(Source file) {
		if (file.size() > limits.maxFileBytes()) {
			return broken(file, ParsedFile.Status.SKIPPED, "the file has " + file.size() + " bytes, more than the "
					+ limits.maxFileBytes() + " allowed (" + ReadLimits.MAX_FILE_BYTES + "): not read");
		}
		return parse(file);
	}

	/** How the file differs from what it was when reading started, or null when it does not. */
	private static String change(Path path, BasicFileAttributes before) {
		BasicFileAttributes after;
		try {
			after = Files.readAttributes(path, BasicFileAttributes.class);
		}
		catch (NoSuchFileException ex) {
			return "the file was deleted or moved while it was read: not used";
		}
		catch (IOException ex) {
			return "the file could no longer be examined after reading (" + reason(ex) + "): not used";
		}
		if (after.size() != before.size() || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
			return "the file changed while it was read (" + before.size() + " bytes modified "
					+ before.lastModifiedTime() + ", then " + after.size() + " bytes modified " + after.lastModifiedTime()
					+ "; still being written?): not used, the next run reads it again";
		}
		return null;
	}

	private ParsedFile broken(Source source, ParsedFile.Status status, String message) {
		ParsedFile broken = new ParsedFile(source, null, limits);
		broken.fail(status, message);
		return broken;
	}

	/** An I/O failure in words: a missing file's exception message is only its path. */
	static String reason(IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return "the file is gone (deleted or moved after the run listed it)";
		}
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	public ParsedFile parse(Source source) {
		Preview preview;
		try {
			preview = Preview.of(source);
		}
		catch (IOException ex) {
			return broken(source, ParsedFile.Status.ERROR, "cannot be read: " + reason(ex));
		}
		FormatReader reader = registry.detect(preview).orElse(null);
		ParsedFile parsed = new ParsedFile(source, reader, limits);
		if (reader == null) {
			parsed.fail(ParsedFile.Status.UNRECOGNISED, unrecognised(preview));
			return parsed;
		}
		try {
			reader.read(source, parsed);
		}
		catch (IOException ex) {
			parsed.fail(ParsedFile.Status.ERROR, "read as " + reader.id() + " but failed: " + reason(ex));
			return parsed;
		}
		catch (RuntimeException ex) {
			parsed.fail(ParsedFile.Status.ERROR, "read as " + reader.id() + " but failed: " + ex.getMessage());
			return parsed;
		}
		if (parsed.read() == 0 && parsed.summaryRows() == 0) {
			// a quiet day or a new shop: the export is complete, it just has nothing to say
			parsed.note("recognised as " + reader.id() + ", header only: no rows, nothing stored or replaced");
		}
		parsed.skipReasons().forEach((reason, rows) -> parsed.note(ParsedFile.skipNote(reason, rows)));
		parsed.judge(rejectThreshold);
		if (TextFiles.WINDOWS_1252.equals(preview.charset())) {
			parsed.note("decoded as Windows-1252 because the bytes are not valid UTF-8 (an Excel re-save?): check accented text");
		}
		return parsed;
	}

	private String unrecognised(Preview preview) {
		String what = switch (preview.kind()) {
			case EMPTY -> "the file is empty";
			case BINARY -> "the file is binary, not a text export";
			case ZIP -> "a zip archive inside a zip is not read";
			case WORKBOOK -> "a workbook with sheets [" + shown(String.join(", ", preview.sheets().keySet()))
					+ "] matches no known layout";
			case TEXT -> "first line '" + shown(preview.firstLine()) + "' matches no known header"
					+ (preview.firstLine().trim().startsWith("<") ? " (it looks like an HTML page, not an export)" : "");
		};
		return "not a known export: " + what + ". Known formats: " + registry.knownFormats();
	}

	/**
	 * A short prefix of text from a file, safe for a log line, a terminal and a workbook cell:
	 * control and formatting characters (escape sequences, bidi overrides) become {@code ?}.
	 */
	static String shown(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().limit(SHOWN_PREFIX).forEach(c -> {
			int type = Character.getType(c);
			boolean hidden = Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
					|| type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR;
			out.appendCodePoint(hidden ? '?' : c);
		});
		return text.codePointCount(0, text.length()) > SHOWN_PREFIX ? out + "..." : out.toString();
	}

	private static boolean unsafe(String name) {
		String normalised = name.replace('\\', '/');
		return normalised.startsWith("/") || normalised.matches("^[A-Za-z]:.*") || normalised.equals("..")
				|| normalised.startsWith("../") || normalised.contains("/../") || normalised.endsWith("/..");
	}

	private static boolean isZip(Path path) {
		try (var in = Files.newInputStream(path)) {
			byte[] magic = in.readNBytes(4);
			return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4
					&& !isWorkbook(path);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean isWorkbook(Path path) {
		try (ZipFile zip = new ZipFile(path.toFile())) {
			return zip.getEntry("xl/workbook.xml") != null;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
