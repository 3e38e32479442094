package com.truereach.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the quoting of the CSV text the parser reads, to tell at the end whether a quoted
 * field was still open: a download cut off inside one. FastCSV reads such a field to the end of
 * the file without a word, which would turn a truncated export into a plausible short one.
 */
final class QuoteTracker extends FilterReader {

	private enum State {
		FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED
	}

	private final char delimiter;

	private State state = State.FIELD_START;

	QuoteTracker(Reader in, char delimiter) {
		super(in);
		this.delimiter = delimiter;
	}

	/** True when the text read so far ends inside a quoted field. */
	boolean insideQuotes() {
		return state == State.QUOTED;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c >= 0) {
			follow((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		for (int i = offset; i < offset + n; i++) {
			follow(buffer[i]);
		}
		return n;
	}

	private void follow(char c) {
		boolean ends = c == delimiter || c == '\n' || c == '\r';
		state = switch (state) {
			case FIELD_START -> c == '"' ? State.QUOTED : ends ? State.FIELD_START : State.UNQUOTED;
			case UNQUOTED -> ends ? State.FIELD_START : State.UNQUOTED;
			case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
			case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : ends ? State.FIELD_START : State.UNQUOTED;
		};
	}
}
