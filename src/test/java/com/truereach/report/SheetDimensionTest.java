package com.truereach.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.report.xlsx.XlsxWorkbook;

/**
 * Issue 11, item 13: every sheet's {@code <dimension>} gives the range its cells cover, also for
 * sheets streamed past POI's window and for deferred account sheets, which said "A1" while holding
 * hundreds of rows; tools that trust the dimension read only that much.
 */
class SheetDimensionTest {

	private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"([A-Z0-9:]+)\"/>");

	@TempDir
	Path dir;

	@Test
	void everySheetDeclaresTheRangeItsCellsCover() throws Exception {
		Path target = new WorkbookWriter().write(longModel(), this.dir.resolve("long.xlsx"));

		try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			List<String> checked = new ArrayList<>();
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				XSSFSheet sheet = workbook.getSheetAt(i);
				assertThat(declared(target, sheet)).as(sheet.getSheetName()).isEqualTo(covered(sheet));
				checked.add(sheet.getSheetName() + " " + declared(target, sheet));
			}
			// an account sheet holds its 400 days below 4 rows of title and headers, its side tables reach
			// column Z (the correlation table beside the series starts one column further right, past the revenue
			// average); Data quality lists 2 files and 402 rejected rows below its titles
			assertThat(checked).contains("Acme Shoes A1:Z404", "Data quality A1:O411");
		}
	}

	@Test
	void aDeferredSheetWritingOutsideTheRangeItDeclaredFails() throws IOException {
		try (XlsxWorkbook workbook = XlsxWorkbook.streaming(2)) {
			var sheet = workbook.createDeferredSheet("Later", (s, writer) -> {
				for (int r = 0; r < 3; r++) {
					s.createRow(r).createCell(r).setCellValue(r);
				}
			});
			workbook.declareDimension(sheet, new CellRangeAddress(0, 1, 0, 1));

			assertThatThrownBy(() -> workbook.write(new ByteArrayOutputStream())).hasMessage(
					"sheet Later declared its cells to lie in A1:B2 but wrote A1:C3");
		}
	}

	/** The dimension as the sheet's XML in the file gives it. */
	private static String declared(Path workbook, XSSFSheet sheet) throws IOException {
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			String entry = sheet.getPackagePart().getPartName().getName().substring(1);
			String xml = new String(zip.getInputStream(zip.getEntry(entry)).readNBytes(4096), StandardCharsets.UTF_8);
			Matcher matcher = DIMENSION.matcher(xml);
			assertThat(matcher.find()).as(entry + " declares a dimension").isTrue();
			return matcher.group(1);
		}
	}

	/** The range of the rows and cells the sheet holds, read in full. */
	private static String covered(XSSFSheet sheet) {
		int firstColumn = Integer.MAX_VALUE;
		int lastColumn = 0;
		for (Row row : sheet) {
			if (row.getFirstCellNum() >= 0) {
				firstColumn = Math.min(firstColumn, row.getFirstCellNum());
				lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
			}
		}
		return new CellRangeAddress(sheet.getFirstRowNum(), sheet.getLastRowNum(),
				firstColumn == Integer.MAX_VALUE ? 0 : firstColumn, lastColumn).formatAsString();
	}

	/** The writer test's model with 400 days for every account and 400 more rejected rows. */
	private static ReportModel longModel() throws ReflectiveOperationException {
		ReportModel model = WorkbookWriterTest.model();
		List<ReportModel.AccountReport> accounts = new ArrayList<>();
		for (ReportModel.AccountReport account : model.accounts()) {
			List<ReportModel.Day> days = new ArrayList<>();
			for (int d = 0; d < 400; d++) {
				ReportModel.Day day = account.days().get(d % account.days().size());
				days.add(new ReportModel.Day(model.run().from().plusDays(d), day.reported(), day.clean(), day.gained(),
						day.lost(), day.net(), day.posts(), day.engagements(), day.reach(), day.impressions(),
						day.linkClicks(), day.revenue(), day.orders(), day.flagged(), day.suspectBought(),
						day.suspectFake(), day.suspectInactive()));
			}
			accounts.add(with(account, "days", days));
		}
		List<ReportModel.RejectLine> rejects = new ArrayList<>(model.rejects());
		for (int i = 0; i < 400; i++) {
			rejects.add(new ReportModel.RejectLine("exports/acme.csv", 100 + i, "Followers", "x" + i, "not a number"));
		}
		return with(with(model, "accounts", accounts), "rejects", rejects);
	}

	/** A copy of {@code record} with one component replaced. */
	@SuppressWarnings("unchecked")
	private static <R extends Record> R with(R record, String component, Object value)
			throws ReflectiveOperationException {
		RecordComponent[] components = record.getClass().getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(record);
		}
		return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
	}
}
