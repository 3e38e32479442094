package com.truereach.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** A zip of a few megabytes whose TikTok CSV entry inflates to a gigabyte, built in about a second. */
public final class ZipBomb {

	private static final String HEADER = "Date,New followers,Total followers,Reached audience,Engaged audience\n";

	private ZipBomb() {
	}

	/**
	 * A small valid entry, then {@code blocks} blocks of the same TikTok rows. Deflating a gigabyte
	 * takes seconds; a block deflated once after a full flush (which forgets everything before
	 * it) deflates to the same bytes every time, so those bytes are written {@code blocks} times
	 * and the archive costs one pass of CRC-32 over the rows.
	 */
	public static void write(Path zip, int blocks) throws IOException {
		byte[] row = "2026-03-10,3,5120,800,75\n".getBytes(StandardCharsets.US_ASCII);
		byte[] block = new byte[row.length * 40_000];
		for (int i = 0; i < block.length; i += row.length) {
			System.arraycopy(row, 0, block, i, row.length);
		}
		byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
		Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
		byte[] head = deflate(deflater, header, Deflater.FULL_FLUSH);
		byte[] body = deflate(deflater, block, Deflater.FULL_FLUSH);
		deflater.finish();
		byte[] tail = deflate(deflater, new byte[0], Deflater.NO_FLUSH);
		deflater.end();
		CRC32 crc = new CRC32();
		crc.update(header);
		for (int i = 0; i < blocks; i++) {
			crc.update(block);
		}
		long size = header.length + (long) block.length * blocks;
		long compressed = head.length + (long) body.length * blocks + tail.length;
		byte[] small = (HEADER + "2026-03-09,3,5117,800,75\n").getBytes(StandardCharsets.US_ASCII);
		CRC32 smallCrc = new CRC32();
		smallCrc.update(small);
		try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(zip), 1 << 16)) {
			ByteBuffer central = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
			long offset = 0;
			offset += entry(out, central, offset, "small.csv", 0, smallCrc.getValue(), small.length, small.length);
			out.write(small);
			offset += small.length;
			long second = entry(out, central, offset, "Follower_history.csv", 8, crc.getValue(), compressed, size);
			out.write(head);
			for (int i = 0; i < blocks; i++) {
				out.write(body);
			}
			out.write(tail);
			offset += second + compressed;
			int centralSize = central.position();
			central.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 2).putShort((short) 2)
				.putInt(centralSize).putInt((int) offset).putShort((short) 0);
			out.write(central.array(), 0, central.position());
		}
	}

	private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
		deflater.setInput(input);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		byte[] buffer = new byte[1 << 16];
		int n;
		do {
			n = deflater.deflate(buffer, 0, buffer.length, flush);
			out.write(buffer, 0, n);
		}
		while (n == buffer.length || (flush == Deflater.NO_FLUSH && !deflater.finished()));
		return out.toByteArray();
	}

	/** Writes a local file header and adds the entry to the central directory; returns the header's length. */
	private static int entry(OutputStream out, ByteBuffer central, long offset, String name, int method, long crc,
			long compressed, long size) throws IOException {
		byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
		ByteBuffer local = ByteBuffer.allocate(30 + bytes.length).order(ByteOrder.LITTLE_ENDIAN);
		local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) method).putInt(0)
			.putInt((int) crc).putInt((int) compressed).putInt((int) size).putShort((short) bytes.length)
			.putShort((short) 0).put(bytes);
		out.write(local.array());
		central.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) method)
			.putInt(0).putInt((int) crc).putInt((int) compressed).putInt((int) size).putShort((short) bytes.length)
			.putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
			.putInt((int) offset).put(bytes);
		return local.capacity();
	}
}
