package com.truereach.report.xlsx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The text of one zip entry, encoded and compressed on another thread: deflating takes about a
 * fifth of the time of writing the rows, and runs beside it on a second core.
 * <p>
 * Thread safety: the other thread only encodes the chunks it is handed and writes them to the
 * entry's stream; no workbook or sheet object is shared. The entry's stream is touched by that
 * thread alone from construction until {@link #close()} returns, and close waits for it to finish,
 * so the workbook writes the rest of the file only after. Each chunk passes through a blocking
 * queue, which orders its filling before its reading, and is not touched by the writer after.
 */
final class EntryPipe extends Writer {

	private static final int CHUNK = 1 << 16;

	private static final int CHUNKS_AHEAD = 4;

	private record Chunk(char[] chars, int length) {
	}

	private static final Chunk END = new Chunk(new char[0], 0);

	private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS_AHEAD);

	/** Chunks written out, reused so that a large sheet allocates a handful. */
	private final BlockingQueue<char[]> free = new ArrayBlockingQueue<>(CHUNKS_AHEAD + 2);

	private final Future<?> drain;

	private char[] chunk = new char[CHUNK];

	private int length;

	private boolean closed;

	EntryPipe(OutputStream entry, ExecutorService encoder) {
		this.drain = encoder.submit(() -> drain(entry));
	}

	@Override
	public void write(char[] chars, int offset, int count) throws IOException {
		while (count > 0) {
			int n = Math.min(count, CHUNK - this.length);
			System.arraycopy(chars, offset, this.chunk, this.length, n);
			take(n);
			offset += n;
			count -= n;
		}
	}

	@Override
	public void write(String text, int offset, int count) throws IOException {
		while (count > 0) {
			int n = Math.min(count, CHUNK - this.length);
			text.getChars(offset, offset + n, this.chunk, this.length);
			take(n);
			offset += n;
			count -= n;
		}
	}

	@Override
	public void write(int c) throws IOException {
		this.chunk[this.length] = (char) c;
		take(1);
	}

	/** Chunks are handed over when full and on close: the entry is complete only then. */
	@Override
	public void flush() {
	}

	/** Hands over the rest and waits until the entry's text is all written to its stream. */
	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		if (this.length > 0) {
			put(new Chunk(this.chunk, this.length));
		}
		put(END);
		try {
			this.drain.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while the sheet was compressed");
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof IOException io ? io : new IOException(ex.getCause());
		}
	}

	private void take(int n) throws IOException {
		this.length += n;
		if (this.length == CHUNK) {
			put(new Chunk(this.chunk, CHUNK));
			char[] next = this.free.poll();
			this.chunk = next == null ? new char[CHUNK] : next;
			this.length = 0;
		}
	}

	/** Waits for room, but not for a drain that has stopped: its failure is told on close. */
	private void put(Chunk chunk) throws IOException {
		try {
			while (!this.full.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
				if (this.drain.isDone()) {
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while the sheet was written");
		}
	}

	/** On the encoding thread: writes chunks until the end; after a failure, takes them unwritten. */
	private Void drain(OutputStream entry) throws IOException, InterruptedException {
		// not closed: the workbook goes on writing the zip after this entry
		Writer out = new OutputStreamWriter(entry, StandardCharsets.UTF_8);
		IOException failure = null;
		for (Chunk chunk = this.full.take(); chunk != END; chunk = this.full.take()) {
			if (failure == null) {
				try {
					out.write(chunk.chars(), 0, chunk.length());
				}
				catch (IOException ex) {
					failure = ex;
				}
			}
			this.free.offer(chunk.chars());
		}
		if (failure != null) {
			throw failure;
		}
		out.flush();
		return null;
	}
}
