package com.truereach.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A source that takes the SHA-256 of its content, and of its first {@link #HEAD_BYTES}, while a
 * reader reads it: the history knows a file by its content, and reopening every input only for
 * that digest was a second pass over all of them. Only a read from the first byte to the end
 * gives the digests; when no reader read that far (a preview, a workbook read through its zip
 * directory, a file not recognised), {@link #digests()} reads the content once itself.
 */
public final class HashedSource implements Source {

	/** How much of a file its head digest covers: enough to tell two exports apart, cheap to read. */
	public static final int HEAD_BYTES = 64 * 1024;

	private final Source source;

	private volatile Digests digests;

	private HashedSource(Source source) {
		this.source = source;
	}

	/** The source itself when it already takes its digests, else the source wrapped so that it does. */
	public static HashedSource of(Source source) {
		return source instanceof HashedSource hashed ? hashed : new HashedSource(source);
	}

	/** The SHA-256 of the whole content and of its first {@link #HEAD_BYTES}, as lower-case hex. */
	public record Digests(String sha256, String headSha256) {
	}

	/** The digests of the content as a reader read it to the end, or of a read made now when none did. */
	public Digests digests() throws IOException {
		if (digests == null) {
			try (InputStream in = open()) {
				in.transferTo(OutputStream.nullOutputStream());
			}
		}
		return digests;
	}

	/** The SHA-256 of a source's first {@link #HEAD_BYTES} (of all of it when shorter), reading no further. */
	public static String headSha256(Source source) throws IOException {
		try (InputStream in = source.open()) {
			MessageDigest head = sha256();
			head.update(in.readNBytes(HEAD_BYTES));
			return HexFormat.of().formatHex(head.digest());
		}
	}

	@Override
	public String name() {
		return source.name();
	}

	@Override
	public InputStream open() throws IOException {
		return new Digesting(source.open());
	}

	@Override
	public Instant modified() {
		return source.modified();
	}

	@Override
	public long size() {
		return source.size();
	}

	@Override
	public java.util.Optional<ExportDay> knownExportDay() {
		return source.knownExportDay();
	}

	@Override
	public String toString() {
		return source.toString();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Digests every byte read, skipped bytes included, in order from the first; the digests are
	 * kept when the end is reached. Mark and reset would break that order, so they are not offered.
	 */
	private final class Digesting extends FilterInputStream {

		private final MessageDigest all = sha256();

		private final MessageDigest head = sha256();

		private long position;

		private boolean ended;

		Digesting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b < 0) {
				end();
			}
			else {
				update(new byte[] { (byte) b }, 0, 1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n < 0) {
				end();
			}
			else {
				update(b, off, n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
			long skipped = 0;
			while (skipped < n) {
				int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
				if (read < 0) {
					break;
				}
				skipped += read;
			}
			return skipped;
		}

		@Override
		public boolean markSupported() {
			return false;
		}

		@Override
		public synchronized void mark(int readlimit) {
			// not supported: see markSupported
		}

		@Override
		public synchronized void reset() throws IOException {
			throw new IOException("mark/reset not supported while the content is digested");
		}

		private void update(byte[] b, int off, int n) {
			all.update(b, off, n);
			if (position < HEAD_BYTES) {
				head.update(b, off, (int) Math.min(n, HEAD_BYTES - position));
			}
			position += n;
		}

		private void end() {
			if (!ended) {
				ended = true;
				digests = new Digests(HexFormat.of().formatHex(all.digest()), HexFormat.of().formatHex(head.digest()));
			}
		}
	}
}
