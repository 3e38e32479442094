package com.truereach.report;

import java.math.BigDecimal;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import com.truereach.report.xlsx.XlsxWorkbook;

/** Revenue no rule gave to an account: totals per currency and the sources it came from. */
final class UnattributedSheet {

	static final String NAME = "Unattributed";

	private static final int[] WIDTHS = { 24, 16, 24, 50, 10, 16, 10 };

	private UnattributedSheet() {
	}

	static void write(XlsxWorkbook workbook, Cells cells, ReportModel.Unattributed unattributed) {
		SXSSFSheet sheet = workbook.poi().createSheet(NAME);
		for (int i = 0; i < WIDTHS.length; i++) {
			sheet.setColumnWidth(i, WIDTHS[i] * 256);
		}
		Layout.print(workbook, sheet, -1);
		int r = 0;
		cells.title(sheet.createRow(r++), 0, "Revenue that maps to no account");
		cells.text(sheet.createRow(r++), 0, "Kept apart, never dropped; currencies are not added together.");
		r++;
		cells.headers(sheet.createRow(r++), 0, "Currency", "Revenue");
		for (Map.Entry<String, BigDecimal> total : unattributed.totalByCurrency().entrySet()) {
			Row row = sheet.createRow(r++);
			cells.text(row, 0, total.getKey());
			cells.money(row, 1, total.getValue(), total.getKey());
		}
		if (unattributed.totalByCurrency().isEmpty()) {
			cells.text(sheet.createRow(r++), 0, "No unattributed revenue.");
		}
		Row orders = sheet.createRow(r++);
		cells.text(orders, 0, "Orders");
		cells.count(orders, 1, unattributed.orders());
		r++;
		cells.title(sheet.createRow(r++), 0, "Top sources");
		cells.headers(sheet.createRow(r++), 0, "Source", "Medium", "Campaign", "Reason", "Currency", "Revenue",
				"Orders");
		for (ReportModel.SourceLine line : unattributed.topSources()) {
			Row row = sheet.createRow(r++);
			cells.text(row, 0, line.source());
			cells.text(row, 1, line.medium());
			cells.text(row, 2, line.campaign());
			cells.text(row, 3, line.reason());
			cells.text(row, 4, line.currency());
			cells.money(row, 5, line.revenue(), line.currency());
			cells.count(row, 6, line.orders());
		}
		if (unattributed.topSources().isEmpty()) {
			cells.text(sheet.createRow(r), 0, "No sources.");
		}
	}
}
