package com.truereach.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
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

	private final FormatRegistry registry;

	private final double rejectThreshold;

	public FileParser(FormatRegistry registry, double rejectThreshold) {
		this.registry = registry;
		this.rejectThreshold = rejectThreshold;
	}

	public List<ParsedFile> parse(Path path) {
		List<ParsedFile> results = new ArrayList<>();
		if (isZip(path)) {
			try (ZipFile zip = new ZipFile(path.toFile())) {
				for (ZipEntry entry : Collections.list((Enumeration<ZipEntry>) zip.entries())) {
					if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
						continue;
					}
					Source source = Source.of(path, entry);
					if (unsafe(entry.getName())) {
						ParsedFile broken = new ParsedFile(source, null);
						broken.fail(ParsedFile.Status.ERROR,
								"zip entry name '" + entry.getName() + "' points outside the archive; not read");
						results.add(broken);
					}
					else {
						results.add(parse(source));
					}
				}
			}
			catch (ZipException ex) {
				ParsedFile broken = new ParsedFile(Source.of(path), null);
				broken.fail(ParsedFile.Status.ERROR, "not a readable zip archive: " + ex.getMessage());
				results.add(broken);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return results;
		}
		results.add(parse(Source.of(path)));
		return results;
	}

	public ParsedFile parse(Source source) {
		Preview preview;
		try {
			preview = Preview.of(source);
		}
		catch (IOException ex) {
			ParsedFile broken = new ParsedFile(source, null);
			broken.fail(ParsedFile.Status.ERROR, "cannot be read: " + ex.getMessage());
			return broken;
		}
		FormatReader reader = registry.detect(preview).orElse(null);
		ParsedFile parsed = new ParsedFile(source, reader);
		if (reader == null) {
			parsed.fail(ParsedFile.Status.UNRECOGNISED, unrecognised(preview));
			return parsed;
		}
		try {
			reader.read(source, parsed);
		}
		catch (IOException | RuntimeException ex) {
			parsed.fail(ParsedFile.Status.ERROR, "read as " + reader.id() + " but failed: " + ex.getMessage());
			return parsed;
		}
		if (parsed.read() == 0 && parsed.summaryRows() == 0) {
			parsed.fail(ParsedFile.Status.ERROR, "recognised as " + reader.id() + " but holds no data rows");
			return parsed;
		}
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
			case WORKBOOK -> "a workbook with sheets " + preview.sheets().keySet() + " matches no known layout";
			case TEXT -> "first line '" + abbreviate(preview.firstLine()) + "' matches no known header"
					+ (preview.firstLine().trim().startsWith("<") ? " (it looks like an HTML page, not an export)" : "");
		};
		return "not a known export: " + what + ". Known formats: " + registry.knownFormats();
	}

	private static String abbreviate(String line) {
		return line.length() > 120 ? line.substring(0, 117) + "..." : line;
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
