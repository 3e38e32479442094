package com.truereach.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

import com.truereach.report.xlsx.XlsxWorkbook;

/**
 * One row per account in an Excel table (sortable, filterable), the header frozen, each account
 * linking to its sheet: the columns that matter first, the details after them, headers explained
 * in their comments. A Notes column says where totals are relative and which values are not known,
 * so that an empty cell is never read as zero.
 */
final class SummarySheet {

	static final String NAME = "Summary";

	static final String TABLE = "Accounts";

	static final int HEADER_ROW = 3;

	/** The columns that matter first, then the details. */
	/** A growth that is an upper bound: the number stays a number, to sort and sum. */
	static final String AT_MOST = "\"at most \"#,##0";

	static final String[] HEADERS = { "Account", "Platform", "Real followers at end", "Growth (real)",
			"Growth (reported)", "Fake share", "Attributed revenue", "Revenue per 1,000 real followers",
			"Verdict: does follower growth bring revenue?", "Notes", "Handle", "Follower totals", "Followers at start",
			"Followers at end", "Real followers at start", "Fake share low (95%)", "Fake share high (95%)",
			"Follower sample size", "Quality score (0-100)", "Engagement rate (per follower and day)", "Currency",
			"Orders", "Conversion rate", "Revenue per 1,000 reported followers", "Revenue per engagement",
			"Estimated cost of the suspect followers", "Flags" };

	/** What a header means, where a few words cannot say it: shown as the header cell's comment. */
	private static final Map<String, String> EXPLAINED = Map.of("Real followers at end",
			"Reported followers minus the suspect bought, fake and inactive ones on the last day of the range "
					+ "(the clean followers of the About sheet's formulas).",
			"Growth (real)", "Real followers at the end minus real followers at the start of the range.",
			"Fake share", "Share of a follower sample judged fake by the shipped model; the 95% interval is in the "
					+ "detail columns further right.",
			"Attributed revenue", "Net revenue (sales minus refunds) the attribution rules gave to the account, in "
					+ "the account's currency (Currency column).",
			"Revenue per 1,000 real followers", "Attributed revenue x 1,000 / real followers at the end, in the "
					+ "account's currency.",
			"Verdict: does follower growth bring revenue?", "Lagged correlation of daily follower gains (reported "
					+ "and real) and engagement with revenue 0 to 14 days later; see the account's sheet.",
			"Follower totals", "Exported by the platform; carried from an anchor (a total and the daily changes); "
					+ "or relative (no total known: only changes are meaningful).",
			"Engagement rate (per follower and day)", "Sum of interactions / sum of the day's follower totals.",
			"Estimated cost of the suspect followers", "pricePer1000Followers of the job definition x (reported - "
					+ "real followers) / 1,000; empty without a price.");

	/** The columns that matter first, which are the ones printed. */
	static final int KEY_COLUMNS = 10;

	private static final int[] WIDTHS = { 30, 20, 11, 10, 10, 8, 13, 12, 40, 30, 16, 14, 11, 11, 11, 10, 10, 10, 10,
			14, 8, 8, 10, 14, 12, 14, 30 };

	private SummarySheet() {
	}

	/** @param totals the client's totals, written below the table; null in a workbook of every account */
	static void write(XlsxWorkbook workbook, Cells cells, ReportModel model, List<AccountPlan> plans,
			ClientTotals totals) {
		SXSSFSheet sheet = workbook.poi().createSheet(NAME);
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
		Row generated = sheet.createRow(2);
		cells.text(generated, 0, "Generated (UTC)");
		cells.dateTime(generated, 1, run.generatedAt() == null ? null
				: LocalDateTime.ofInstant(run.generatedAt(), ZoneOffset.UTC));
		Layout.note(cells, generated, 2, 9, "An empty cell is not known (the Notes column says which), never "
				+ "zero. Shares are fractions of followers; money is in each account's currency. The first ten "
				+ "columns matter most and are the ones printed; the details follow them (and are on each "
				+ "account's sheet). A header with a red corner has a comment explaining it.");
		Row header = sheet.createRow(HEADER_ROW);
		cells.headers(header, 0, HEADERS);
		for (int i = 0; i < HEADERS.length; i++) {
			cells.comment(header.getCell(i), EXPLAINED.get(HEADERS[i]));
		}
		Layout.fit(header);
		int r = HEADER_ROW + 1;
		for (AccountPlan plan : plans) {
			Row row = sheet.createRow(r++);
			row(cells, row, plan);
			Layout.fit(row);
		}
		sheet.createFreezePane(1, HEADER_ROW + 1);
		Layout.print(workbook, sheet, HEADER_ROW);
		if (plans.isEmpty()) {
			cells.text(sheet.createRow(r), 0, "No accounts in this run.");
			return;
		}
		table(workbook.poi().getXSSFWorkbook().getSheet(NAME), r - 1);
		int last = totals == null ? r - 1 : totals(cells, sheet, r + 1, totals);
		// the first ten columns print, one page wide at a readable size; the details are on each account's sheet
		workbook.poi().setPrintArea(workbook.poi().getSheetIndex(sheet), 0, KEY_COLUMNS - 1, 0, last);
	}

	/**
	 * The client's totals from row {@code r}, below the table (so that sorting the table leaves
	 * them be), under the columns they add up; a row per currency when revenue is in several.
	 * Returns the last row written.
	 */
	private static int totals(Cells cells, SXSSFSheet sheet, int r, ClientTotals totals) {
		Row row = sheet.createRow(r);
		cells.title(row, 0, "Total of the " + totals.accounts() + (totals.accounts() == 1 ? " account" : " accounts"));
		cells.count(row, 2, totals.realEnd().known() == 0 ? null : totals.realEnd().value());
		String growth = totals.growthReal().atMost() > 0 ? AT_MOST : Cells.COUNT;
		cells.decimal(row, 3, totals.growthReal().known() == 0 ? null : (double) totals.growthReal().value(), growth);
		growth = totals.growthReported().atMost() > 0 ? AT_MOST : Cells.COUNT;
		cells.decimal(row, 4, totals.growthReported().known() == 0 ? null : (double) totals.growthReported().value(),
				growth);
		List<Map.Entry<String, BigDecimal>> revenue = List.copyOf(totals.revenue().entrySet());
		if (revenue.size() == 1) {
			cells.money(row, 6, revenue.get(0).getValue(), revenue.get(0).getKey());
		}
		cells.wrapped(row, 9, totals.caveats());
		cells.count(row, 13, totals.reportedEnd().known() == 0 ? null : totals.reportedEnd().value());
		if (revenue.size() == 1) {
			cells.text(row, 20, revenue.get(0).getKey());
		}
		cells.count(row, 21, totals.orders());
		Layout.fit(row);
		if (revenue.size() > 1) {
			for (Map.Entry<String, BigDecimal> currency : revenue) {
				Row more = sheet.createRow(++r);
				cells.text(more, 0, "Attributed revenue in " + currency.getKey());
				cells.money(more, 6, currency.getValue(), currency.getKey());
				cells.text(more, 20, currency.getKey());
			}
		}
		return r;
	}

	private static void row(Cells cells, Row row, AccountPlan plan) {
		ReportModel.AccountReport a = plan.account();
		String currency = a.currency();
		cells.link(row, 0, AccountPlan.label(a), plan.firstSheet());
		cells.text(row, 1, a.platform());
		cells.count(row, 2, a.cleanEnd());
		// growth added up from gross follows (Meta) without unfollows is an upper bound, and the cell says so
		String growth = bounded(a) ? AT_MOST : Cells.COUNT;
		cells.decimal(row, 3, a.growthClean() == null ? null : a.growthClean().doubleValue(), growth);
		cells.decimal(row, 4, a.growthRaw() == null ? null : a.growthRaw().doubleValue(), growth);
		cells.share(row, 5, a.fakeShare());
		cells.money(row, 6, a.revenue(), currency);
		cells.money(row, 7, a.revenuePer1000Clean(), currency);
		cells.wrapped(row, 8, a.verdict() == null ? null : Findings.verdict(a.verdict()));
		cells.wrapped(row, 9, notes(a));
		cells.text(row, 10, a.handle());
		cells.text(row, 11, Words.totals(a.totals()));
		cells.count(row, 12, a.followersStart());
		cells.count(row, 13, a.followersEnd());
		cells.count(row, 14, a.cleanStart());
		cells.share(row, 15, a.fakeShareLow());
		cells.share(row, 16, a.fakeShareHigh());
		cells.integer(row, 17, a.sampleSize());
		cells.score(row, 18, a.qualityScore());
		cells.rate(row, 19, a.engagementRate());
		cells.text(row, 20, currency);
		cells.count(row, 21, a.orders());
		cells.rate(row, 22, overOne(a.conversionRate()) ? null : a.conversionRate());
		cells.money(row, 23, a.revenuePer1000Reported(), currency);
		cells.money(row, 24, a.revenuePerEngagement(), currency);
		cells.money(row, 25, a.fakeSpend(), currency);
		cells.wrapped(row, 26, a.flags().isEmpty() ? null
				: Stream.concat(a.flags().stream().map(SummarySheet::flag),
						a.impacts().stream().map(i -> "Revenue impact: " + i.sentence()))
					.collect(Collectors.joining("\n")));
	}

	/** "2026-10-10: Bought followers": the sentence is on the account's sheet. */
	static String flag(ReportModel.Flag flag) {
		String when = flag.from() == null ? "" : flag.from() + (flag.to() == null || flag.to().equals(flag.from())
				? "" : " to " + flag.to()) + ": ";
		return when + Words.flagKind(flag.kind());
	}

	private static boolean bounded(ReportModel.AccountReport a) {
		return a.flags().stream().anyMatch(f -> ReportModel.Flag.FOLLOWER_BOUNDS.equals(f.kind()));
	}

	/** What the analyst must know before reading the row: relative totals and what is not known. */
	static String notes(ReportModel.AccountReport a) {
		List<String> notes = new ArrayList<>();
		if (bounded(a)) {
			notes.add("Growth is at most the figure shown: the platform exports new follows but no unfollows "
					+ "(the account sheet gives the bounds of every total).");
		}
		if ("RELATIVE".equalsIgnoreCase(a.totals())) {
			notes.add("Follower totals are relative: only changes are meaningful, not the levels.");
		}
		List<String> unknown = new ArrayList<>();
		unknownIf(unknown, a.followersStart() == null || a.followersEnd() == null, "reported followers");
		unknownIf(unknown, a.cleanEnd() == null || a.growthClean() == null, "real followers");
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
		unknownIf(unknown, a.revenuePer1000Clean() == null, "revenue per 1,000 real followers");
		unknownIf(unknown, a.verdict() == null, "verdict");
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
