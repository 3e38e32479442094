package com.truereach.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StreamingWorkbookTest {

	/** Numbers where Double.toString changes its form: signs, zero's sign, 10^7, fractions, tiny ones. */
	private static final double[] NUMBERS = { 0.0, -0.0, 1.0, -1.0, 46022.0, 9_999_999.0, 1.0E7, -1.0E7, 158.66,
			0.004, 1.0E-5, 2.5E15, Double.MAX_VALUE };

	@Test
	void keepsItsTemporaryFilesInAFolderOfTheUsersOwn() throws IOException {
		try (StreamingWorkbook workbook = new StreamingWorkbook(100)) {
			File temporary = TempFile.createTempFile("probe", ".tmp");
			try {
				// POI's own default is <tmpdir>/poifiles, shared by every user of the machine
				assertThat(temporary.toPath().getParent()).isEqualTo(StreamingWorkbook.temporaryFolder())
					.hasFileName("poifiles-" + System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_"));
			}
			finally {
				Files.delete(temporary.toPath());
			}
		}
	}

	@Test
	void writesTheSameXmlAsPoi() throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
			CellStyle style = workbook.createCellStyle();
			SXSSFSheet sheet = workbook.createSheet("Numbers");
			SXSSFRow row = sheet.createRow(41);
			for (int i = 0; i < NUMBERS.length; i++) {
				row.createCell(i).setCellValue(NUMBERS[i]);
			}
			// column 26 and on has two letters; booleans, blanks, styles and text too
			row.createCell(26).setCellValue(true);
			row.createCell(27).setCellValue(false);
			row.createCell(28).setCellStyle(style);
			row.createCell(29).setCellValue(" <text> & more ");
			row.getCell(1).setCellStyle(style);

			StringWriter poi = new StringWriter();
			new SheetDataWriter(poi).writeRow(41, row);
			StringWriter fast = new StringWriter();
			new FastSheetDataWriter(fast).writeRow(41, row);

			assertThat(fast.toString()).isEqualTo(poi.toString()).contains("<c r=\"B42\" s=\"1\" t=\"n\"><v>-0.0</v></c>");
			// POI would flush it on close, after closing the sheet's writer, and warn
			sheet.flushRows();
		}
	}

	@Test
	void aPlainRowIsWrittenAsPoiWritesTheSameCells() throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
			CellStyle style = workbook.createCellStyle();
			SXSSFSheet sheet = workbook.createSheet("Plain");
			PlainRow plain = new PlainRow(30);
			for (int i = 0; i < NUMBERS.length; i++) {
				plain.number(i, NUMBERS[i], i == 1 ? style.getIndex() : 0);
			}
			plain.bool(26, true, 0);
			plain.bool(27, false, style.getIndex());
			plain.blank(28, style.getIndex());
			SXSSFRow row = sheet.createRow(41);
			plain.copyTo(row, workbook);

			StringWriter poi = new StringWriter();
			new SheetDataWriter(poi).writeRow(41, row);
			StringWriter fast = new StringWriter();
			new FastSheetDataWriter(fast).writeRow(41, plain);

			assertThat(fast.toString()).isEqualTo(poi.toString()).startsWith("<row r=\"42\">\n")
				.contains("<c r=\"AC42\" s=\"1\"></c>").doesNotContain("r=\"AD42\"");
			sheet.flushRows();
		}
	}

	@Test
	void addsSheetsAsPoiDoes() throws IOException {
		List<String> names = List.of("Summary", "About", "Account 1", "Account 2");
		try (XSSFWorkbook fast = new ManySheetsWorkbook(); XSSFWorkbook poi = new XSSFWorkbook()) {
			for (String name : names) {
				fast.createSheet(name);
				poi.createSheet(name);
			}
			assertThat(describe(fast)).isEqualTo(describe(poi));
			assertThat(fast.getSheetAt(0).isSelected()).isTrue();
			assertThat(fast.getSheetAt(1).isSelected()).isFalse();
			assertThatThrownBy(() -> fast.createSheet("ACCOUNT 1")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("already contains");
			assertThatThrownBy(() -> fast.createSheet("a/b")).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void writesADeferredSheetWhenTheWorkbookIsWritten() throws IOException {
		List<String> written = new ArrayList<>();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (StreamingWorkbook workbook = new StreamingWorkbook(2)) {
			workbook.createSheet("First").createRow(0).createCell(0).setCellValue("kept in a temporary file");
			workbook.createDeferredSheet("Later", (sheet, writer) -> {
				written.add(sheet.getSheetName());
				// five rows through a window of two: three are flushed into the file while writing
				for (int r = 0; r < 5; r++) {
					sheet.createRow(r).createCell(r).setCellValue(r * 10);
				}
			});
			assertThat(written).isEmpty();
			workbook.write(file);
		}
		assertThat(written).containsExactly("Later");
		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
			assertThat(read.getSheet("First").getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("kept in a temporary file");
			XSSFSheet later = read.getSheet("Later");
			assertThat(later.getLastRowNum()).isEqualTo(4);
			for (int r = 0; r < 5; r++) {
				Row row = later.getRow(r);
				assertThat(row.getCell(r).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(row.getCell(r).getNumericCellValue()).isEqualTo(r * 10.0);
			}
		}
	}

	@Test
	void repeatsRowsAsPoiDoes() throws IOException {
		List<String> names = List.of("Findings", "Summary", "Acme (X)", "Shop's days", "Account 10");
		ByteArrayOutputStream poi = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
			for (int i = 0; i < names.size(); i++) {
				SXSSFSheet sheet = workbook.createSheet(names.get(i));
				sheet.setRepeatingRows(new CellRangeAddress(0, i, -1, -1));
				if (i == 1) {
					workbook.setPrintArea(i, 0, 9, 0, 20);
				}
			}
			workbook.write(poi);
		}
		ByteArrayOutputStream fast = new ByteArrayOutputStream();
		try (StreamingWorkbook workbook = new StreamingWorkbook(2)) {
			for (int i = 0; i < names.size(); i++) {
				workbook.repeatRows(workbook.createSheet(names.get(i)), i);
				if (i == 1) {
					workbook.setPrintArea(i, 0, 9, 0, 20);
				}
			}
			workbook.write(fast);
		}

		assertThat(entry(fast, "xl/workbook.xml")).isEqualTo(entry(poi, "xl/workbook.xml"))
			.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"3\">'Shop''s days'!$1:$4</definedName>");
	}

	private static String entry(ByteArrayOutputStream file, String name) throws IOException {
		try (OPCPackage zip = OPCPackage.open(new ByteArrayInputStream(file.toByteArray()));
				InputStream in = zip.getPart(PackagingURIHelper.createPartName("/" + name)).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	private static List<String> describe(XSSFWorkbook workbook) {
		List<String> sheets = new ArrayList<>();
		workbook.getCTWorkbook().getSheets().getSheetList().forEach(s -> sheets.add(s.xmlText()));
		workbook.forEach(s -> sheets.add(((XSSFSheet) s).getPackagePart().getPartName().getName()));
		return sheets;
	}
}
