package com.truereach.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * What detection looks at: the first lines of a text file (decoded, BOM removed), or the sheet
 * names and first rows of a workbook. Built from at most {@value #HEAD_BYTES} bytes of text, so
 * a 50 MB single line costs no more than a small file.
 */
public final class Preview {

	public static final int HEAD_BYTES = 65536;

	private static final int MAX_LINES = 40;

	public enum Kind {
		TEXT, WORKBOOK, ZIP, BINARY, EMPTY
	}

	private final Source source;

	private final Kind kind;

	private final Charset charset;

	private final List<String> lines;

	private final Map<String, List<List<String>>> sheets;

	private Preview(Source source, Kind kind, Charset charset, List<String> lines,
			Map<String, List<List<String>>> sheets) {
		this.source = source;
		this.kind = kind;
		this.charset = charset;
		this.lines = lines;
		this.sheets = sheets;
	}

	public static Preview of(Source source) throws IOException {
		byte[] head;
		try (InputStream in = source.open()) {
			head = in.readNBytes(HEAD_BYTES);
		}
		if (head.length == 0) {
			return new Preview(source, Kind.EMPTY, null, List.of(), Map.of());
		}
		if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0) || (startsWith(head, 'P', 'K', 3, 4) && isWorkbookZip(head))) {
			return new Preview(source, Kind.WORKBOOK, null, List.of(), readSheets(source));
		}
		if (startsWith(head, 'P', 'K', 3, 4)) {
			return new Preview(source, Kind.ZIP, null, List.of(), Map.of());
		}
		TextFiles.Encoding encoding = TextFiles.sniff(head, head.length);
		String text = new String(head, encoding.bomLength(), head.length - encoding.bomLength(), encoding.charset());
		if (looksBinary(text)) {
			return new Preview(source, Kind.BINARY, null, List.of(), Map.of());
		}
		return new Preview(source, Kind.TEXT, encoding.charset(), firstLines(text), Map.of());
	}

	/** Up to {@value #MAX_LINES} lines, split at CRLF, CR or LF as the platforms write them. */
	static List<String> firstLines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		while (lines.size() < MAX_LINES) {
			int end = start;
			while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
				end++;
			}
			lines.add(text.substring(start, end));
			if (end == text.length()) {
				break;
			}
			start = end + (text.startsWith("\r\n", end) ? 2 : 1);
		}
		return List.copyOf(lines);
	}

	public Source source() {
		return source;
	}

	public Kind kind() {
		return kind;
	}

	public Charset charset() {
		return charset;
	}

	/** The first lines of a text file; empty for other kinds. */
	public List<String> lines() {
		return lines;
	}

	public String firstLine() {
		return lines.isEmpty() ? "" : lines.get(0);
	}

	/** Sheet name to its first rows (cell text), for workbooks. */
	public Map<String, List<List<String>>> sheets() {
		return sheets;
	}

	/** Lower-cased, quotes removed, {@code ;} and tabs read as {@code ,}: enough to compare header lines. */
	public static String normalise(String line) {
		return line.replace("\"", "").replace(';', ',').replace('\t', ',').trim().toLowerCase(Locale.ROOT);
	}

	private static boolean startsWith(byte[] head, int... magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((head[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isWorkbookZip(byte[] head) {
		String ascii = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
		return ascii.contains("xl/") || ascii.contains("[Content_Types].xml") && !ascii.contains(".csv");
	}

	private static boolean looksBinary(String text) {
		int control = 0;
		int sample = Math.min(text.length(), 4096);
		for (int i = 0; i < sample; i++) {
			char c = text.charAt(i);
			if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
				control++;
			}
		}
		return sample > 0 && control * 20 > sample;
	}

	private static Map<String, List<List<String>>> readSheets(Source source) throws IOException {
		Map<String, List<List<String>>> result = new LinkedHashMap<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (InputStream in = source.open(); Workbook workbook = WorkbookFactory.create(in)) {
			for (Sheet sheet : workbook) {
				List<List<String>> rows = new ArrayList<>();
				for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + 3); r++) {
					Row row = sheet.getRow(r);
					List<String> cells = new ArrayList<>();
					if (row != null) {
						for (int c = 0; c < row.getLastCellNum(); c++) {
							Cell cell = row.getCell(c);
							cells.add(cell == null ? "" : formatter.formatCellValue(cell).trim());
						}
					}
					rows.add(cells);
				}
				result.put(sheet.getSheetName(), rows);
			}
		}
		catch (RuntimeException ex) {
			throw new IOException("not a readable Excel workbook: " + ex.getMessage(), ex);
		}
		return result;
	}
}
