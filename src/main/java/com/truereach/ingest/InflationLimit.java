package com.truereach.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A zip entry's stream that fails once it has given more bytes than allowed, so that an entry
 * whose header understates its size is stopped after the bytes allowed rather than read on into
 * gigabytes.
 */
final class InflationLimit extends FilterInputStream {

	private final long limit;

	private final long declared;

	private long count;

	InflationLimit(InputStream in, long limit, long declared) {
		super(in);
		this.limit = limit;
		this.declared = declared;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		long room = limit - count;
		int n = super.read(buffer, offset, room >= length ? length : (int) room + 1);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long room = limit - count;
		long skipped = super.skip(room >= n ? n : room + 1);
		count(skipped);
		return skipped;
	}

	private void count(long n) throws IOException {
		count += n;
		if (count > limit) {
			throw new IOException(declared >= 0 && limit == declared
					? "the zip entry inflates to more than the " + declared + " bytes its header declares (a forged archive)"
					: "the zip entry inflates to more than " + limit + " bytes (" + ReadLimits.MAX_FILE_BYTES + ")");
		}
	}
}
