package com.truereach.report;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import com.truereach.report.xlsx.XlsxWorkbook;

/**
 * How the workbook came about: parameters, the job definition in full, the software and the time,
 * the run's notes, and a glossary giving every figure's formula and its source.
 */
final class AboutSheet {

	static final String NAME = "About";

	private AboutSheet() {
	}

	/** @param chartedAccounts how many account sheets have a chart; negative in a workbook without account sheets */
	static void write(XlsxWorkbook workbook, Cells cells, ReportModel model, int chartedAccounts) {
		SXSSFSheet sheet = workbook.poi().createSheet(NAME);
		sheet.setColumnWidth(0, 32 * 256);
		sheet.setColumnWidth(1, 80 * 256);
		sheet.setColumnWidth(2, 45 * 256);
		Layout.print(workbook, sheet, -1);
		ReportModel.Run run = model.run();
		int r = 0;
		cells.title(sheet.createRow(r++), 0, "About this workbook");
		r = pair(cells, sheet, r, "Job", run.jobName());
		Row from = sheet.createRow(r++);
		cells.text(from, 0, "From");
		cells.date(from, 1, run.from());
		Row to = sheet.createRow(r++);
		cells.text(to, 0, "To");
		cells.date(to, 1, run.to());
		r = pair(cells, sheet, r, "Currency", run.currency());
		r = pair(cells, sheet, r, "Software", run.softwareVersion());
		Row generated = sheet.createRow(r++);
		cells.text(generated, 0, "Generated (UTC)");
		cells.dateTime(generated, 1,
				run.generatedAt() == null ? null : LocalDateTime.ofInstant(run.generatedAt(), ZoneOffset.UTC));
		if (chartedAccounts >= 0) {
			r = pair(cells, sheet, r, "Charts",
				"Account sheets of the " + chartedAccounts + " largest accounts by followers at the end have a "
						+ "chart; the others say so. The Dashboard draws the " + DashboardSheet.GROWTH_CHARTS
						+ " largest.");
		}
		r++;
		cells.title(sheet.createRow(r++), 0, "Parameters");
		for (Map.Entry<String, String> parameter : run.parameters().entrySet()) {
			r = pair(cells, sheet, r, parameter.getKey(), parameter.getValue());
		}
		r++;
		cells.title(sheet.createRow(r++), 0, "Notes");
		for (String note : model.notes()) {
			Layout.note(cells, sheet.createRow(r++), 0, 2, note);
		}
		if (model.notes().isEmpty()) {
			cells.text(sheet.createRow(r++), 0, "No notes.");
		}
		r++;
		cells.title(sheet.createRow(r++), 0, "Glossary");
		cells.headers(sheet.createRow(r++), 0, "Term", "Formula or rule", "Source");
		String topic = null;
		for (ReportModel.GlossaryEntry entry : model.glossary()) {
			if (entry.topic() != null && !entry.topic().equals(topic)) {
				topic = entry.topic();
				r++;
				cells.title(sheet.createRow(r++), 0, topic);
			}
			Row row = sheet.createRow(r++);
			if (entry.term() == null || entry.term().isBlank()) {
				Layout.note(cells, row, 0, 1, entry.formula());
			}
			else {
				cells.wrapped(row, 0, entry.term());
				cells.wrapped(row, 1, entry.formula());
			}
			cells.wrapped(row, 2, entry.source());
			Layout.fit(row);
		}
		r++;
		cells.title(sheet.createRow(r++), 0, "Job definition");
		r = pair(cells, sheet, r, "Path", run.definitionPath());
		// one row per line keeps long definitions readable and each cell under Excel's text limit
		String text = run.definitionText() == null ? "" : run.definitionText();
		int line = 1;
		for (String content : text.split("\r\n|\r|\n", -1)) {
			Row row = sheet.createRow(r++);
			cells.count(row, 0, (long) line++);
			cells.text(row, 1, content);
		}
	}

	private static int pair(Cells cells, SXSSFSheet sheet, int r, String label, String value) {
		Row row = sheet.createRow(r);
		cells.text(row, 0, label);
		cells.wrapped(row, 1, value);
		Layout.fit(row);
		return r + 1;
	}
}
