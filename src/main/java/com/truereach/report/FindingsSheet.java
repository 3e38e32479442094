package com.truereach.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import com.truereach.report.xlsx.XlsxWorkbook;

/**
 * The first sheet, read in a minute: one row per account with its headline in plain sentences,
 * most urgent first (see {@link Findings}), each linking to its evidence on the account's sheet.
 * Orange marks a finding that needs attention and nothing else; the legend above the table says so.
 */
final class FindingsSheet {

	static final String NAME = "Findings";

	static final int HEADER_ROW = 5;

	static final String[] HEADERS = { "Rank", "Account", "Needs attention", "Finding", "Figures",
			"Verdict: does follower growth bring revenue?", "Evidence", "Day in the series" };

	private static final int[] WIDTHS = { 6, 30, 11, 50, 42, 42, 14, 14 };

	private FindingsSheet() {
	}

	static void write(XlsxWorkbook workbook, Cells cells, ReportModel model, List<AccountPlan> plans,
			AccountSheet accounts) {
		SXSSFSheet sheet = workbook.poi().createSheet(NAME);
		for (int i = 0; i < WIDTHS.length; i++) {
			sheet.setColumnWidth(i, WIDTHS[i] * 256);
		}
		ReportModel.Run run = model.run();
		cells.title(sheet.createRow(0), 0, "Findings: what to look at first");
		Layout.note(cells, sheet.createRow(1), 0, HEADERS.length - 1, run.jobName() + ", " + run.from() + " to "
				+ run.to() + ". One row per account, the most urgent first: bought followers (the largest purchase "
				+ "first), then a fake share or an audience that needs a look, then the others by revenue per 1,000 "
				+ "real followers. Real followers = reported - suspect bought, fake and inactive (see About). "
				+ "The links lead to the evidence on the account's sheet.");
		Row attention = sheet.createRow(2);
		cells.highlighted().text(attention, 1, "Orange");
		Layout.note(cells, attention, 2, HEADERS.length - 1, "Needs attention: bought followers, a fake share "
				+ "whose 95% interval lies wholly above 10% (up to 10% is normal), new followers who do not "
				+ "interact, or an inactive audience.");
		Row calm = sheet.createRow(3);
		cells.text(calm, 1, "No fill");
		Layout.note(cells, calm, 2, HEADERS.length - 1, "Nothing to act on; the figures are there to compare.");
		Row header = sheet.createRow(HEADER_ROW);
		cells.headers(header, 0, HEADERS);
		Layout.fit(header);
		sheet.createFreezePane(2, HEADER_ROW + 1);
		Layout.print(workbook, sheet, HEADER_ROW);
		int r = HEADER_ROW + 1;
		int rank = 1;
		for (Findings.Finding finding : Findings.ranked(plans)) {
			row(cells, sheet.createRow(r++), rank++, finding, accounts);
		}
		if (plans.isEmpty()) {
			cells.text(sheet.createRow(r), 0, "No accounts in this run.");
		}
	}

	private static void row(Cells cells, Row row, int rank, Findings.Finding finding, AccountSheet accounts) {
		AccountPlan plan = finding.plan();
		Cells marked = finding.attention() ? cells.highlighted() : cells;
		cells.count(row, 0, (long) rank);
		cells.link(row, 1, AccountPlan.titled(plan.account(), null), plan.firstSheet());
		marked.wrapped(row, 2, finding.attention() ? "Yes" : "No");
		marked.wrapped(row, 3, finding.headline());
		cells.wrapped(row, 4, finding.figures());
		cells.wrapped(row, 5, finding.verdict());
		cells.link(row, 6, "Flags", plan.firstSheet(), accounts.flagsAddress(plan));
		ReportModel.Episode episode = finding.largestEpisode();
		if (episode != null) {
			String[] day = accounts.dayAddress(plan, episode.from());
			if (day != null) {
				cells.link(row, 7, episode.from().toString(), day[0], day[1]);
			}
		}
		Layout.fit(row);
	}
}
