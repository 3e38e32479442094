package com.truereach.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import com.truereach.report.xlsx.XlsxWorkbook;

/**
 * The workbook across an agency's clients, beside the clients' own workbooks: one row per client
 * with its totals and a link to its workbook, the totals across clients (the sums of the rows
 * above them), every account with the client and workbook it is in, and what belongs to no one
 * client: unattributed revenue, every input file and rejected row, the run's notes and glossary.
 */
public final class OverviewWorkbook {

	static final String CLIENTS = "Clients";

	static final String ACCOUNTS = "Accounts";

	static final int HEADER_ROW = 3;

	private static final String[] LEADING = { "Client", "Id", "Workbook", "Accounts", "Needs attention",
			"Bought-follower episodes", "Followers bought", "Reported followers at end", "Real followers at end",
			"Growth (reported)", "Growth (real)", "Orders" };

	/** An account as the overview lists it. */
	public record AccountLine(String id, String name, String platform) {
	}

	/**
	 * A client: its workbook's file name (beside the overview), its accounts and their totals.
	 */
	public record ClientLine(String id, String name, String workbook, List<AccountLine> accounts,
			ClientTotals totals) {
	}

	private OverviewWorkbook() {
	}

	/** Writes the overview of {@code clients}; {@code model} gives the run, files, rejects and notes of the whole run. */
	public static Path write(ReportModel model, List<ClientLine> clients, Path target) throws IOException {
		return WorkbookTemporaries.replace(target, out -> {
			try (XlsxWorkbook workbook = XlsxWorkbook.streaming(100)) {
				Cells cells = new Cells(workbook.poi());
				clients(workbook, cells, model, clients);
				accounts(workbook, cells, clients);
				UnattributedSheet.write(workbook, cells, model.unattributed());
				DataQualitySheet.write(workbook, cells, model, SpreadsheetVersion.EXCEL2007.getMaxRows());
				AboutSheet.write(workbook, cells, model, -1);
				workbook.poi().setActiveSheet(0);
				cells.seal();
				workbook.write(out);
			}
		});
	}

	private static void clients(XlsxWorkbook workbook, Cells cells, ReportModel model, List<ClientLine> clients) {
		Set<String> currencies = new TreeSet<>();
		Set<String> costCurrencies = new TreeSet<>();
		clients.forEach(c -> {
			currencies.addAll(c.totals().revenue().keySet());
			costCurrencies.addAll(c.totals().boughtCost().keySet());
		});
		List<String> headers = new ArrayList<>(List.of(LEADING));
		currencies.forEach(c -> headers.add("Attributed revenue (" + c + ")"));
		costCurrencies.forEach(c -> headers.add("Cost of bought followers (" + c + ")"));
		headers.add("Notes");
		SXSSFSheet sheet = workbook.poi().createSheet(CLIENTS);
		sheet.setColumnWidth(0, 28 * 256);
		sheet.setColumnWidth(1, 14 * 256);
		sheet.setColumnWidth(2, 34 * 256);
		for (int i = 3; i < headers.size() - 1; i++) {
			sheet.setColumnWidth(i, 13 * 256);
		}
		sheet.setColumnWidth(headers.size() - 1, 50 * 256);
		ReportModel.Run run = model.run();
		cells.title(sheet.createRow(0), 0, "Clients: " + run.jobName() + ", " + run.from() + " to " + run.to());
		Layout.note(cells, sheet.createRow(1), 0, Math.min(headers.size() - 1, 8), "One row per client, its "
				+ "accounts added up, then the total of every client (the sum of the rows above it). Each client's "
				+ "workbook lies in this workbook's folder under the name in the Workbook column (the link opens "
				+ "it), with its accounts' sheets, findings and summary. Follower levels are added up only where "
				+ "they mean something (not relative totals); money only within a currency. The Accounts sheet "
				+ "lists every account with its client.");
		Row header = sheet.createRow(HEADER_ROW);
		cells.headers(header, 0, headers.toArray(String[]::new));
		Layout.fit(header);
		sheet.createFreezePane(1, HEADER_ROW + 1);
		Layout.print(workbook, sheet, HEADER_ROW);
		int r = HEADER_ROW + 1;
		for (ClientLine client : clients) {
			Row row = sheet.createRow(r++);
			cells.text(row, 0, client.name());
			cells.text(row, 1, client.id());
			cells.fileLink(row, 2, client.workbook(), client.workbook());
			figures(cells, row, client.totals(), currencies, costCurrencies);
			Layout.fit(row);
		}
		Row total = sheet.createRow(r + 1);
		cells.title(total, 0, "All " + clients.size() + (clients.size() == 1 ? " client" : " clients"));
		figures(cells, total, ClientTotals.sum(clients.stream().map(ClientLine::totals).toList()), currencies,
				costCurrencies);
		Layout.fit(total);
	}

	private static void figures(Cells cells, Row row, ClientTotals t, Set<String> currencies,
			Set<String> costCurrencies) {
		cells.count(row, 3, (long) t.accounts());
		cells.count(row, 4, (long) t.needAttention());
		cells.count(row, 5, (long) t.boughtEpisodes());
		cells.count(row, 6, t.boughtFollowers());
		cells.count(row, 7, sum(t.reportedEnd()));
		cells.count(row, 8, sum(t.realEnd()));
		cells.decimal(row, 9, growth(t.growthReported()), t.growthReported().atMost() > 0 ? SummarySheet.AT_MOST
				: Cells.COUNT);
		cells.decimal(row, 10, growth(t.growthReal()), t.growthReal().atMost() > 0 ? SummarySheet.AT_MOST
				: Cells.COUNT);
		cells.count(row, 11, t.orders());
		int c = LEADING.length;
		for (String currency : currencies) {
			cells.money(row, c++, t.revenue().get(currency), currency);
		}
		for (String currency : costCurrencies) {
			cells.money(row, c++, t.boughtCost().get(currency), currency);
		}
		cells.wrapped(row, c, t.caveats());
	}

	private static Long sum(ClientTotals.Sum sum) {
		return sum.known() == 0 ? null : sum.value();
	}

	private static Double growth(ClientTotals.Sum sum) {
		return sum.known() == 0 ? null : (double) sum.value();
	}

	private static void accounts(XlsxWorkbook workbook, Cells cells, List<ClientLine> clients) {
		SXSSFSheet sheet = workbook.poi().createSheet(ACCOUNTS);
		int[] widths = { 36, 18, 12, 28, 34 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		cells.title(sheet.createRow(0), 0, "Every account and the workbook it is in");
		Row header = sheet.createRow(2);
		cells.headers(header, 0, "Account", "Id", "Platform", "Client", "Workbook");
		sheet.createFreezePane(1, 3);
		Layout.print(workbook, sheet, 2);
		int r = 3;
		for (ClientLine client : clients) {
			for (AccountLine account : client.accounts()) {
				Row row = sheet.createRow(r++);
				cells.text(row, 0, account.name());
				cells.text(row, 1, account.id());
				cells.text(row, 2, account.platform());
				cells.text(row, 3, client.name());
				cells.fileLink(row, 4, client.workbook(), client.workbook());
			}
		}
	}
}
