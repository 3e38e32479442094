package com.truereach.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;

import com.truereach.report.xlsx.XlsxWorkbook;

/**
 * Writes the analyst's workbook: Findings, Summary, Dashboard, Unattributed, Data quality, About,
 * then one sheet per account. Row-heavy sheets are streamed, so memory does not grow with the days. The
 * file is written next to its target under a temporary name and renamed at the end, so a failed
 * run never leaves a partial workbook and the previous workbook of the same range stays as it was.
 */
public class WorkbookWriter {

	/** Account sheets with a chart: the largest accounts by followers at the end of the range. */
	public static final int DEFAULT_CHARTED_ACCOUNTS = 50;

	private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

	/** Rows kept in memory per streamed sheet. */
	private static final int WINDOW = 100;

	private final int maxRows;

	private final int chartedAccounts;

	public WorkbookWriter() {
		this(MAX_ROWS, DEFAULT_CHARTED_ACCOUNTS);
	}

	/** @param chartedAccounts how many of the largest accounts of each workbook get a chart on their sheet */
	public WorkbookWriter(int chartedAccounts) {
		this(MAX_ROWS, chartedAccounts);
	}

	/**
	 * @param maxRows rows a sheet may hold (Excel's limit; smaller in tests to see long series split)
	 * @param chartedAccounts how many of the largest accounts get a chart on their sheet
	 */
	WorkbookWriter(int maxRows, int chartedAccounts) {
		this.maxRows = maxRows;
		this.chartedAccounts = chartedAccounts;
	}

	/** Writes the workbook of a report whose accounts are in {@code model}. */
	public Path write(ReportModel model, Path target) throws IOException {
		return write(model, AccountSource.of(model.accounts()), target);
	}

	/**
	 * Writes the workbook of a report whose accounts {@code accounts} gives one at a time (those of
	 * {@code model} are not read): only their headlines are kept while the workbook is written.
	 */
	public Path write(ReportModel model, AccountSource accounts, Path target) throws IOException {
		return write(model, accounts, target, false);
	}

	/**
	 * Writes the workbook of one client, whose {@code accounts} are a share of the run's
	 * {@code runAccounts}: its account sheets have the same share of the charts, the largest of its
	 * accounts first, so that all clients' workbooks together draw about as many account charts as
	 * the one workbook of every account (a chart is most of what a small workbook costs). The
	 * sheets are those of {@link #write(ReportModel, AccountSource, Path)} for the client's
	 * accounts, the Summary ending with the client's totals, and no Unattributed sheet (revenue no
	 * rule gave to an account belongs to no client: the overview workbook has it). {@code model}
	 * holds the client's files and rejected rows only.
	 */
	public Path writeClient(ReportModel model, AccountSource accounts, int runAccounts, Path target)
			throws IOException {
		int share = (int) Math.round((double) this.chartedAccounts * accounts.headlines().size()
				/ Math.max(1, runAccounts));
		return new WorkbookWriter(this.maxRows, Math.min(this.chartedAccounts, share)).write(model, accounts, target,
				true);
	}

	private Path write(ReportModel model, AccountSource accounts, Path target, boolean client) throws IOException {
		return WorkbookTemporaries.replace(target, out -> {
			try (XlsxWorkbook workbook = XlsxWorkbook.streaming(WINDOW)) {
				layOut(workbook, model, accounts, client);
				workbook.write(out);
			}
		});
	}

	private void layOut(XlsxWorkbook workbook, ReportModel model, AccountSource accounts, boolean client)
			throws IOException {
		Cells cells = new Cells(workbook.poi());
		List<AccountPlan> plans = plan(accounts.headlines());
		AccountSheet sheets = new AccountSheet(workbook, cells, accounts, capacity(),
				"No chart: only the " + this.chartedAccounts + " largest accounts by followers at the end have one "
						+ (client ? "(a client's share of the run's charts, by its number of accounts, to keep large "
								+ "runs fast)" : "(to keep large runs fast)")
						+ "; the series is all here.");
		FindingsSheet.write(workbook, cells, model, plans, sheets);
		SummarySheet.write(workbook, cells, model, plans, client
				? ClientTotals.of(accounts.headlines().stream().map(ReportModel.Headline::account).toList()) : null);
		DashboardSheet.write(workbook, cells, model, plans, accounts);
		if (!client) {
			UnattributedSheet.write(workbook, cells, model.unattributed());
		}
		DataQualitySheet.write(workbook, cells, model, this.maxRows);
		AboutSheet.write(workbook, cells, model, this.chartedAccounts);
		for (AccountPlan plan : plans) {
			sheets.write(plan);
		}
		workbook.poi().setActiveSheet(0);
		cells.seal();
	}

	/** Days one account sheet holds below its title and header rows. */
	private int capacity() {
		return this.maxRows - AccountSheet.FIRST_DAY_ROW;
	}

	/** Sheet names for every account, given out after the fixed sheets so that those keep theirs. */
	private List<AccountPlan> plan(List<ReportModel.Headline> accounts) {
		SheetNames names = new SheetNames();
		for (String fixed : List.of(FindingsSheet.NAME, SummarySheet.NAME, DashboardSheet.NAME, UnattributedSheet.NAME,
				DataQualitySheet.NAME, AboutSheet.NAME)) {
			names.unique(fixed);
		}
		List<AccountPlan> plans = new ArrayList<>();
		for (int i = 0; i < accounts.size(); i++) {
			ReportModel.Headline account = accounts.get(i);
			int days = account.days();
			int parts = Math.max(1, (days + capacity() - 1) / capacity());
			List<String> sheets = new ArrayList<>();
			String label = AccountPlan.label(account.account());
			sheets.add(names.unique(label));
			for (int part = 2; part <= parts; part++) {
				sheets.add(names.unique(label, " part " + part));
			}
			plans.add(new AccountPlan(account, i, sheets, false));
		}
		// by identity: two accounts may hold equal values, and hashing every day would be slow
		Set<AccountPlan> charted = Collections.newSetFromMap(new IdentityHashMap<>());
		charted.addAll(plans.stream()
			.filter(p -> p.sheets().size() == 1 && p.headline().days() > 0
					&& p.headline().days() <= AccountSheet.MAX_CHART_DAYS)
			.sorted(AccountPlan.LARGEST_FIRST)
			.limit(this.chartedAccounts)
			.toList());
		return plans.stream()
			.map(p -> new AccountPlan(p.headline(), p.index(), p.sheets(), charted.contains(p)))
			.toList();
	}
}
