package com.truereach.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import com.truereach.report.xlsx.XlsxWorkbook;

/**
 * Every input file and what the run made of it (rows read = accepted + rejected + skipped, checked on each
 * line), then the rejected rows with file, line, column, value and reason, as many as a sheet holds.
 */
final class DataQualitySheet {

	static final String NAME = "Data quality";

	static final String[] FILE_HEADERS = { "File", "Owner", "Format", "Platform", "First day", "Last day", "Status",
			"Message", "Rows read", "Accepted", "Rejected", "Skipped", "Summary rows", "Days replaced",
			"Read = accepted + rejected + skipped" };

	static final String[] REJECT_HEADERS = { "File", "Line", "Column", "Value", "Reason" };

	private static final int[] WIDTHS = { 40, 12, 30, 11, 11, 11, 10, 40, 10, 10, 10, 10, 10, 10, 16 };

	private DataQualitySheet() {
	}

	/** @param maxRows the rows a sheet holds; the rejects list stops there and says so */
	static void write(XlsxWorkbook workbook, Cells cells, ReportModel model, int maxRows) {
		SXSSFSheet sheet = workbook.poi().createSheet(NAME);
		for (int i = 0; i < WIDTHS.length; i++) {
			sheet.setColumnWidth(i, WIDTHS[i] * 256);
		}
		int r = 0;
		cells.title(sheet.createRow(r++), 0, "Input files");
		Layout.note(cells, sheet.createRow(r++), 0, FILE_HEADERS.length - 1, "Each file's rows read must equal "
				+ "accepted + rejected + skipped; skipped rows are well-formed but not what TrueReach reads (the "
				+ "reason is in the message); summary rows (totals lines in the export) are read and set aside, not "
				+ "counted as days. File names are relative to the folder of the job definition; the full path is in "
				+ "the cell's comment.");
		Row header = sheet.createRow(r++);
		cells.headers(header, 0, FILE_HEADERS);
		Layout.fit(header);
		Layout.print(workbook, sheet, r - 1);
		String folder = folder(model.run().definitionPath());
		for (ReportModel.InputFile file : model.files()) {
			Row row = sheet.createRow(r++);
			String name = relative(folder, file.path());
			Cell path = cells.wrapped(row, 0, name);
			if (name != null && !name.equals(file.path())) {
				cells.comment(path, file.path());
			}
			cells.text(row, 1, file.owner());
			cells.wrapped(row, 2, file.format());
			cells.text(row, 3, file.platform());
			cells.date(row, 4, file.first());
			cells.date(row, 5, file.last());
			cells.text(row, 6, file.status());
			cells.wrapped(row, 7, file.message());
			cells.count(row, 8, file.read());
			cells.count(row, 9, file.accepted());
			cells.count(row, 10, file.rejected());
			cells.count(row, 11, file.skipped());
			cells.count(row, 12, file.summaryRows());
			cells.count(row, 13, file.replaced());
			long gap = file.read() - file.accepted() - file.rejected() - file.skipped();
			cells.text(row, 14, gap == 0 ? "yes" : String.format("NO: %,d rows unaccounted", gap));
			Layout.fit(row);
		}
		if (model.files().isEmpty()) {
			cells.text(sheet.createRow(r++), 0, "No input files in this run.");
		}
		r++;
		cells.title(sheet.createRow(r++), 0, "Rejected rows");
		Row note = sheet.createRow(r++);
		Row rejectHeader = sheet.createRow(r++);
		cells.headers(rejectHeader, 0, REJECT_HEADERS);
		int room = Math.max(0, maxRows - r);
		int listed = Math.min(room, model.rejects().size());
		long total = Math.max(model.rejectsTotal(), model.rejects().size());
		cells.text(note, 0, listed < total
				? String.format("Showing the first %,d of %,d rejected rows; the rest are in the history store.",
						listed, total)
				: String.format("All %,d rejected rows.", total));
		int i = 0;
		for (ReportModel.RejectLine reject : model.rejects()) {
			if (i++ == listed) {
				break;
			}
			Row row = sheet.createRow(r++);
			cells.text(row, 0, relative(folder, reject.file()));
			cells.count(row, 1, reject.line());
			cells.text(row, 2, reject.column());
			cells.text(row, 3, reject.value());
			cells.text(row, 4, reject.reason());
		}
	}

	/** The folder of the job definition, with a separator at the end, or null when not known. */
	static String folder(String definitionPath) {
		if (definitionPath == null) {
			return null;
		}
		int slash = Math.max(definitionPath.lastIndexOf('/'), definitionPath.lastIndexOf('\\'));
		return slash < 0 ? null : definitionPath.substring(0, slash + 1);
	}

	/**
	 * {@code path} relative to {@code folder}, going up with ".." where it lies beside it; as it is
	 * when either is not absolute or they share no root.
	 */
	static String relative(String folder, String path) {
		if (folder == null || path == null) {
			return path;
		}
		try {
			Path base = Path.of(folder);
			Path file = Path.of(path);
			if (!base.isAbsolute() || !file.isAbsolute() || !base.getRoot().equals(file.getRoot())) {
				return path;
			}
			return base.relativize(file).toString().replace('\\', '/');
		}
		catch (InvalidPathException ex) {
			return path;
		}
	}
}
