package com.truereach.report;

import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * One row per account in an Excel table (sortable, filterable), the header frozen, each account
 * linking to its sheet. A Notes column says where totals are relative and which values are not
 * known, so that an empty cell is never read as zero.
 */
final class SummarySheet {

	static final String NAME = "Summary";

	static final String TABLE = "Accounts";

	static final int HEADER_ROW = 3;

	static final String[] HEADERS = { "Platform", "Account", "Handle", "Totals", "Followers at start",
			"Followers at end", "Growth (reported)", "Clean followers at end", "Growth (clean)", "Fake share",
			"Fake share low (95%)", "Fake share high (95%)", "Sample size", "Quality score", "Engagement rate",
			"Attributed revenue", "Currency", "Orders", "Conversion rate", "Revenue per 1,000 clean followers",
			"Revenue per 1,000 reported followers", "Revenue per engagement", "Correlation verdict", "Flags",
			"Notes" };

	private static final int[] WIDTHS = { 11, 28, 18, 10, 12, 12, 12, 12, 12, 9, 9, 9, 9, 9, 11, 15, 9, 9, 11, 15,
			15, 12, 45, 60, 45 };

	private SummarySheet() {
	}

	static void write(SXSSFWorkbook workbook, Cells cells, ReportModel model, List<AccountPlan> plans) {
		SXSSFSheet sheet = workbook.createSheet(NAME);
		for (int i = 0; i < WIDTHS.length; i++) {
			sheet.setColumnWidth(i, WIDTHS[i] * 256);
		}
		ReportModel.Run run = model.run();
		cells.title(sheet.createRow(0), 0, "TrueReach: " + run.jobName());
		Row period = sheet.createRow(1);
		cells.text(period, 0, "From");
		cells.date(period, 1, run.from());
		cells.text(period, 2, "To");
		cells.date(period, 3, run.to());
		// the generation time goes under the wide Account column, where a date-time fits
		Row generated = sheet.createRow(2);
		cells.text(generated, 0, "Generated (UTC)");
		cells.dateTime(generated, 1, run.generatedAt() == null ? null
				: LocalDateTime.ofInstant(run.generatedAt(), ZoneOffset.UTC));
		cells.text(generated, 2, "An empty cell is not known (the Notes column says which), never zero. "
				+ "Shares are fractions of followers; money is in each account's currency.");
		cells.headers(sheet.createRow(HEADER_ROW), 0, HEADERS);
		int r = HEADER_ROW + 1;
		for (AccountPlan plan : plans) {
			row(cells, sheet.createRow(r++), plan);
		}
		sheet.createFreezePane(2, HEADER_ROW + 1);
		if (plans.isEmpty()) {
			cells.text(sheet.createRow(r), 0, "No accounts in this run.");
			return;
		}
		table(workbook.getXSSFWorkbook().getSheet(NAME), r - 1);
	}

	private static void row(Cells cells, Row row, AccountPlan plan) {
		ReportModel.AccountReport a = plan.account();
		String currency = a.currency();
		cells.text(row, 0, a.platform());
		cells.link(row, 1, AccountPlan.label(a), plan.firstSheet());
		cells.text(row, 2, a.handle());
		cells.text(row, 3, a.totals());
		cells.count(row, 4, a.followersStart());
		cells.count(row, 5, a.followersEnd());
		cells.count(row, 6, a.growthRaw());
		cells.count(row, 7, a.cleanEnd());
		cells.count(row, 8, a.growthClean());
		cells.share(row, 9, a.fakeShare());
		cells.share(row, 10, a.fakeShareLow());
		cells.share(row, 11, a.fakeShareHigh());
		cells.integer(row, 12, a.sampleSize());
		cells.score(row, 13, a.qualityScore());
		cells.rate(row, 14, a.engagementRate());
		cells.money(row, 15, a.revenue(), currency);
		cells.text(row, 16, currency);
		cells.count(row, 17, a.orders());
		cells.rate(row, 18, overOne(a.conversionRate()) ? null : a.conversionRate());
		cells.money(row, 19, a.revenuePer1000Clean(), currency);
		cells.money(row, 20, a.revenuePer1000Reported(), currency);
		cells.money(row, 21, a.revenuePerEngagement(), currency);
		cells.wrapped(row, 22, a.verdict());
		cells.wrapped(row, 23, a.flags().isEmpty() ? null
				: Stream.concat(a.flags().stream().map(SummarySheet::flag),
						a.impacts().stream().map(i -> "Revenue impact: " + i.sentence()))
					.collect(Collectors.joining("\n")));
		cells.wrapped(row, 24, notes(a));
	}

	static String flag(ReportModel.Flag flag) {
		String when = flag.from() == null ? "" : flag.from() + (flag.to() == null || flag.to().equals(flag.from())
				? "" : " to " + flag.to()) + ": ";
		return when + flag.sentence();
	}

	/** What the analyst must know before reading the row: relative totals and what is not known. */
	static String notes(ReportModel.AccountReport a) {
		List<String> notes = new ArrayList<>();
		if ("RELATIVE".equalsIgnoreCase(a.totals())) {
			notes.add("Follower totals are relative: only changes are meaningful, not the levels.");
		}
		List<String> unknown = new ArrayList<>();
		unknownIf(unknown, a.followersStart() == null || a.followersEnd() == null, "reported followers");
		unknownIf(unknown, a.cleanEnd() == null || a.growthClean() == null, "clean followers");
		unknownIf(unknown, a.fakeShare() == null, "fake share (no follower sample)");
		unknownIf(unknown, a.qualityScore() == null, "quality score");
		unknownIf(unknown, a.engagementRate() == null, "engagement rate");
		unknownIf(unknown, a.revenue() == null, "attributed revenue");
		unknownIf(unknown, a.conversionRate() == null, "conversion rate");
		if (overOne(a.conversionRate())) {
			notes.add("Conversion rate not shown: over 100% (" + a.conversionFormula().split(";")[0]
					+ "), so it is no rate: the platform under-reports clicks and orders also come by other paths "
					+ "(bio links, untagged shares). See the account sheet.");
		}
		for (ReportModel.OtherCurrency other : a.otherCurrencies()) {
			notes.add("Also " + other.revenue().setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + other.currency() + " net from " + other.orders()
					+ (other.orders() == 1 ? " order" : " orders") + " (counted in Orders), kept apart from "
					+ "Attributed revenue: the job definition gives no conversion rates.");
		}
		unknownIf(unknown, a.revenuePer1000Clean() == null, "revenue per 1,000 clean followers");
		unknownIf(unknown, a.verdict() == null, "correlation verdict");
		if (!unknown.isEmpty()) {
			notes.add("Not known: " + String.join(", ", unknown) + ".");
		}
		return notes.isEmpty() ? null : String.join(" ", notes);
	}

	private static boolean overOne(Double rate) {
		return rate != null && rate > 1;
	}

	private static void unknownIf(List<String> unknown, boolean missing, String what) {
		if (missing) {
			unknown.add(what);
		}
	}

	/**
	 * The table goes on the XSSF side of the streamed sheet, whose rows are not in memory, so the
	 * column names are set here; they must equal the header cells or Excel repairs the file.
	 */
	private static void table(XSSFSheet sheet, int lastRow) {
		AreaReference area = new AreaReference(new CellReference(HEADER_ROW, 0),
				new CellReference(lastRow, HEADERS.length - 1), SpreadsheetVersion.EXCEL2007);
		XSSFTable table = sheet.createTable(area);
		table.setName(TABLE);
		table.setDisplayName(TABLE);
		for (int i = 0; i < HEADERS.length; i++) {
			table.getCTTable().getTableColumns().getTableColumnArray(i).setName(HEADERS[i]);
		}
		if (!table.getCTTable().isSetAutoFilter()) {
			table.getCTTable().addNewAutoFilter();
		}
		table.getCTTable().getAutoFilter().setRef(area.formatAsString());
		// set on the XML: table.getStyle() first loads every built-in table style, over a second
		CTTableStyleInfo style = table.getCTTable().isSetTableStyleInfo() ? table.getCTTable().getTableStyleInfo()
				: table.getCTTable().addNewTableStyleInfo();
		style.setName("TableStyleMedium2");
		style.setShowRowStripes(true);
		style.setShowColumnStripes(false);
		style.setShowFirstColumn(false);
		style.setShowLastColumn(false);
	}
}
