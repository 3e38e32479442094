package com.truereach.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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

	private static final int[] WIDTHS = { 40, 12, 20, 24, 40, 11, 10, 40, 10, 10, 10, 10, 10, 10, 14 };

	private DataQualitySheet() {
	}

	/** @param maxRows the rows a sheet holds; the rejects list stops there and says so */
	static void write(SXSSFWorkbook workbook, Cells cells, ReportModel model, int maxRows) {
		SXSSFSheet sheet = workbook.createSheet(NAME);
		for (int i = 0; i < WIDTHS.length; i++) {
			sheet.setColumnWidth(i, WIDTHS[i] * 256);
		}
		int r = 0;
		cells.title(sheet.createRow(r++), 0, "Input files");
		cells.text(sheet.createRow(r++), 0, "Each file's rows read must equal accepted + rejected + skipped; "
				+ "skipped rows are well-formed but not what TrueReach reads (the reason is in the message); "
				+ "summary rows (totals lines in the export) are read and set aside, not counted as days.");
		cells.headers(sheet.createRow(r++), 0, FILE_HEADERS);
		for (ReportModel.InputFile file : model.files()) {
			Row row = sheet.createRow(r++);
			cells.text(row, 0, file.path());
			cells.text(row, 1, file.owner());
			cells.text(row, 2, file.format());
			cells.text(row, 3, file.platform());
			cells.date(row, 4, file.first());
			cells.date(row, 5, file.last());
			cells.text(row, 6, file.status());
			cells.text(row, 7, file.message());
			cells.count(row, 8, file.read());
			cells.count(row, 9, file.accepted());
			cells.count(row, 10, file.rejected());
			cells.count(row, 11, file.skipped());
			cells.count(row, 12, file.summaryRows());
			cells.count(row, 13, file.replaced());
			long gap = file.read() - file.accepted() - file.rejected() - file.skipped();
			cells.text(row, 14, gap == 0 ? "yes" : String.format("NO: %,d rows unaccounted", gap));
		}
		if (model.files().isEmpty()) {
			cells.text(sheet.createRow(r++), 0, "No input files in this run.");
		}
		r++;
		cells.title(sheet.createRow(r++), 0, "Rejected rows");
		Row note = sheet.createRow(r++);
		cells.headers(sheet.createRow(r++), 0, REJECT_HEADERS);
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
			cells.text(row, 0, reject.file());
			cells.count(row, 1, reject.line());
			cells.text(row, 2, reject.column());
			cells.text(row, 3, reject.value());
			cells.text(row, 4, reject.reason());
		}
	}
}
