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

	/** {@code real}, running {@code action} after reading and before the file is judged. */
	public static FormatReader after(FormatReader real, Action action) {
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
				real.read(source, sink);
				action.run();
			}
		};
	}
}
