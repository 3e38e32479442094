package com.truereach.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Decoding of text exports. The encoding is sniffed from the bytes (docs/formats.md): {@code FF FE}
 * is UTF-16LE (Meta insights), {@code EF BB BF} a UTF-8 BOM; otherwise UTF-8, or Windows-1252
 * when the bytes are not valid UTF-8 (an Excel re-save on a Western Windows machine).
 */
public final class TextFiles {

	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextFiles() {
	}

	/** The charset of a file whose first bytes are {@code head}, and the BOM length to skip. */
	public static Encoding sniff(byte[] head, int length) {
		ByteOrderMark bom = byteOrderMark(head, length);
		if (bom != null) {
			return new Encoding(Charset.forName(bom.getCharsetName()), bom.length());
		}
		if (!validUtf8(head, length)) {
			return new Encoding(WINDOWS_1252, 0);
		}
		return new Encoding(StandardCharsets.UTF_8, 0);
	}

	private static ByteOrderMark byteOrderMark(byte[] head, int length) {
		try (BOMInputStream in = BOMInputStream.builder()
			.setInputStream(new ByteArrayInputStream(head, 0, length))
			.setByteOrderMarks(ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE, ByteOrderMark.UTF_8)
			.get()) {
			return in.getBOM();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading bytes held in memory", ex);
		}
	}

	/** Opens a source as text with its sniffed encoding, the BOM already skipped. */
	public static Reader reader(Source source) throws IOException {
		return reader(source.open());
	}

	public static Reader reader(InputStream raw) throws IOException {
		PushbackInputStream in = new PushbackInputStream(raw, 65536);
		byte[] head = new byte[65536];
		int n = in.readNBytes(head, 0, head.length);
		Encoding encoding = sniff(head, n);
		if (n > encoding.bomLength()) {
			in.unread(head, encoding.bomLength(), n - encoding.bomLength());
		}
		return new BufferedReader(new InputStreamReader(in, encoding.charset()), 65536);
	}

	private static boolean validUtf8(byte[] head, int length) {
		int end = length;
		// a multi-byte character cut by the end of the sample is not an error
		while (end > 0 && length - end < 3 && (head[end - 1] & 0xC0) == 0x80) {
			end--;
		}
		if (end > 0 && (head[end - 1] & 0x80) != 0 && (head[end - 1] & 0xC0) == 0xC0) {
			end--;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(head, 0, end));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	public record Encoding(Charset charset, int bomLength) {
	}
}
