package com.truereach.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the quoting of the CSV text the parser reads, to tell at the end whether a quoted
 * field was still open: a download cut off inside one. FastCSV reads such a field to the end of
 * the file without a word, which would turn a truncated export into a plausible short one
 * (reported upstream as https://github.com/osiegmar/FastCSV/issues/173, open for FastCSV 4.1.0;
 * this class can go when the reader fails on an unclosed quote by itself).
 */
final class QuoteTracker extends FilterReader {

	private final char delimiter;

	private boolean quoted;

	/** A quote inside a quoted field was the last character read: closing, or the first of a doubled pair. */
	private boolean quoteAtEnd;

	/** The character before the next one read; a line end stands for the start of the text. */
	private char previous = '\n';

	QuoteTracker(Reader in, char delimiter) {
		super(in);
		this.delimiter = delimiter;
	}

	/** True when the text read so far ends with a line break (or nothing was read). */
	boolean endsWithLineBreak() {
		return previous == '\n' || previous == '\r';
	}

	/** True when the text read so far ends inside a quoted field. */
	boolean insideQuotes() {
		return quoted && !quoteAtEnd;
	}

	@Override
	public int read() throws IOException {
		char[] one = new char[1];
		int n = read(one, 0, 1);
		return n < 0 ? -1 : one[0];
	}

	/**
	 * Runs over every character the parser reads, so only quotes are looked at: a quote opens a
	 * field where a field starts (after the delimiter or a line end), and inside a quoted field
	 * a quote closes it unless another follows.
	 */
	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		int end = offset + n;
		int i = offset;
		if (n > 0 && quoteAtEnd) {
			quoteAtEnd = false;
			if (buffer[i] == '"') {
				i++;
			}
			else {
				quoted = false;
			}
		}
		for (; i < end; i++) {
			if (buffer[i] != '"') {
				continue;
			}
			if (!quoted) {
				char before = i > offset ? buffer[i - 1] : previous;
				quoted = before == delimiter || before == '\n' || before == '\r';
			}
			else if (i + 1 == end) {
				quoteAtEnd = true;
			}
			else if (buffer[i + 1] == '"') {
				i++;
			}
			else {
				quoted = false;
			}
		}
		if (n > 0) {
			previous = buffer[end - 1];
		}
		return n;
	}
}
