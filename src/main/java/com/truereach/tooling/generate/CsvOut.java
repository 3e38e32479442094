package com.truereach.tooling.generate;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a CSV the way one platform does: encoding and BOM, which cells are quoted, delimiter,
 * line ending, and whether the last line ends with one. Cells are written straight to a
 * buffered writer so that millions of rows cost no string building.
 */
final class CsvOut implements Closeable {

	enum Encoding {
		UTF8, UTF8_BOM, UTF16LE_BOM
	}

	enum Quoting {
		/** Every cell, empty ones too (TikTok Studio, Meta insights). */
		ALL,
		/** Only cells with the delimiter, a quote or a line break. */
		MINIMAL,
		/** Also cells with a space (Meta post exports quote {@code "Post ID"} but not {@code Description}). */
		MINIMAL_AND_SPACES
	}

	record Style(Encoding encoding, Quoting quoting, char delimiter, String eol, boolean trailingNewline) {
	}

	private final Writer out;

	private final Style style;

	private boolean first = true;

	CsvOut(OutputStream stream, Style style) throws IOException {
		this.style = style;
		switch (style.encoding()) {
			case UTF8_BOM -> stream.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			case UTF16LE_BOM -> stream.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
			case UTF8 -> {
			}
		}
		this.out = new BufferedWriter(new OutputStreamWriter(stream,
				style.encoding() == Encoding.UTF16LE_BOM ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8), 1 << 16);
	}

	static CsvOut create(Path file, Style style) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		return new CsvOut(Files.newOutputStream(file), style);
	}

	/** Writes a whole CSV into memory, for zip entries. */
	static byte[] bytes(Style style, CsvBody body) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (CsvOut csv = new CsvOut(buffer, style)) {
			body.write(csv);
		}
		return buffer.toByteArray();
	}

	interface CsvBody {
		void write(CsvOut csv) throws IOException;
	}

	void row(Object... cells) throws IOException {
		startLine();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.write(style.delimiter());
			}
			cell(cells[i]);
		}
		endLine();
	}

	void row(List<?> cells) throws IOException {
		row(cells.toArray());
	}

	/** A line written exactly as given (a {@code sep=,} directive, a {@code #} preamble, a header with mixed quoting). */
	void raw(String line) throws IOException {
		startLine();
		out.write(line);
		endLine();
	}

	private void startLine() throws IOException {
		if (!first && !style.trailingNewline()) {
			out.write(style.eol());
		}
		first = false;
	}

	private void endLine() throws IOException {
		if (style.trailingNewline()) {
			out.write(style.eol());
		}
	}

	private void cell(Object value) throws IOException {
		String text = value == null ? "" : value.toString();
		if (needsQuotes(text)) {
			out.write('"');
			out.write(text.replace("\"", "\"\""));
			out.write('"');
		}
		else {
			out.write(text);
		}
	}

	private boolean needsQuotes(String text) {
		if (style.quoting() == Quoting.ALL) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == style.delimiter() || c == '"' || c == '\n' || c == '\r'
					|| (c == ' ' && style.quoting() == Quoting.MINIMAL_AND_SPACES)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void close() throws IOException {
		out.close();
	}
}
