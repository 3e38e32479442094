package com.truereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 5: a zip of a few megabytes holding a valid-looking 1 GiB TikTok CSV made
 * {@code inspect} die with OutOfMemoryError after minutes. Inspected in a child JVM with the
 * heap a production run gets, the entry is refused before it is inflated, the zip's other entry
 * is read, and the command ends at once.
 */
class InspectZipBombTest {

	private static final String HEADER = "Date,New followers,Total followers,Reached audience,Engaged audience\n";

	@TempDir
	Path dir;

	@Test
	void aGigabyteEntryIsRefusedWithinHalfAGigabyteOfHeap() throws Exception {
		Path zip = dir.resolve("tiktok.zip");
		writeBomb(zip, 1074);
		assertThat(Files.size(zip)).isLessThan(8L << 20);

		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), "com.truereach.TrueReachApplication",
				"inspect", zip.toString()));
		Process inspect = new ProcessBuilder(command).redirectErrorStream(true).start();
		boolean ended = inspect.waitFor(120, TimeUnit.SECONDS);
		if (!ended) {
			inspect.destroyForcibly();
		}
		String output = new String(inspect.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(ended).as("inspect ended within two minutes").isTrue();
		assertThat(output).doesNotContain("OutOfMemoryError");
		assertThat(output).contains("tiktok.zip!/Follower_history.csv", "SKIPPED", "inflates to 1074000069 bytes", "not read");
		assertThat(output).contains("tiktok.zip!/small.csv", "status:   OK");
		assertThat(inspect.exitValue()).isEqualTo(1);
	}

	/**
	 * A small valid entry, then {@code blocks} blocks of the same TikTok rows. Deflating a gigabyte
	 * takes seconds; a block deflated once after a full flush (which forgets everything before
	 * it) deflates to the same bytes every time, so those bytes are written {@code blocks} times
	 * and the archive costs one pass of CRC-32 over the rows.
	 */
	private static void writeBomb(Path zip, int blocks) throws IOException {
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
