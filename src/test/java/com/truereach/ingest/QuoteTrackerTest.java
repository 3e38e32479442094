package com.truereach.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class QuoteTrackerTest {

	/** Reads the text in chunks of {@code chunk} characters, so that quotes fall on chunk edges. */
	static boolean endsInsideQuotes(String text, int chunk) throws IOException {
		QuoteTracker tracker = new QuoteTracker(new StringReader(text), ',');
		char[] buffer = new char[chunk];
		while (tracker.read(buffer, 0, chunk) >= 0) {
			// read to the end
		}
		return tracker.insideQuotes();
	}

	static void check(String text, boolean open) throws IOException {
		for (int chunk = 1; chunk <= text.length() + 1; chunk++) {
			assertThat(endsInsideQuotes(text, chunk)).as("%s in chunks of %d", text, chunk).isEqualTo(open);
		}
	}

	@Test
	void closedFieldsAreClosedWhereverTheChunksEnd() throws IOException {
		check("1,\"a\"\n", false);
		check("1,\"a\"", false);
		check("1,\"say \"\"hi\"\"\"", false);
		check("\"\"", false);
		check("\"\"\"\"", false);
		check("1,12\" pizza,\"x\"\r\n2,\"two\nlines\"", false);
		check("1,\"a,b\",c", false);
	}

	@Test
	void aFieldCutOffInsideItsQuotesIsOpen() throws IOException {
		check("1,\"cut off", true);
		check("1,\"cut \"\"off", true);
		check("\"", true);
		check("\"\"\"", true);
		check("1,\"a\"\n2,\"two\nlines", true);
	}

	@Test
	void singleCharacterReadsFollowTheSameRules() throws IOException {
		Reader tracker = new QuoteTracker(new StringReader("1,\"a\"\"b"), ',');
		while (tracker.read() >= 0) {
			// read to the end
		}
		assertThat(((QuoteTracker) tracker).insideQuotes()).isTrue();
	}
}
