package com.truereach.ingest;

import java.io.IOException;

/** A format reader that does something to the file once it has read it, as a flaky machine or a user would. */
public final class Meddling {

	/** What is done to the file; it may fail as file operations do. */
	public interface Action {
		void run() throws IOException;
	}

	private Meddling() {
	}

	/** How a wrapped reader reads: around a call of the real reader, or instead of it. */
	public interface Reading {
		void read(FormatReader real, Source source, IngestSink sink) throws IOException;
	}

	/** {@code real}, running {@code action} after reading and before the file is judged. */
	public static FormatReader after(FormatReader real, Action action) {
		return wrapped(real, (reader, source, sink) -> {
			reader.read(source, sink);
			action.run();
		});
	}

	/** {@code real} as it is, except that reading a file is {@code reading}. */
	public static FormatReader wrapped(FormatReader real, Reading reading) {
		return new FormatReader() {
			@Override
			public String id() {
				return real.id();
			}

			@Override
			public String description() {
				return real.description();
			}

			@Override
			public com.truereach.domain.Platform platform() {
				return real.platform();
			}

			@Override
			public boolean recognises(Preview preview) {
				return real.recognises(preview);
			}

			@Override
			public void read(Source source, IngestSink sink) throws IOException {
				reading.read(real, source, sink);
			}
		};
	}
}
