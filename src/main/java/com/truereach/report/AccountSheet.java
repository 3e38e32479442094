package com.truereach.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import com.truereach.report.xlsx.PlainRow;

import com.truereach.report.xlsx.XlsxWorkbook;

/**
 * One account: its daily series on the left (flagged days filled), and beside it the chart of
 * followers against revenue, the key figures, the flags with their evidence, the quality score
 * components and the correlation table. A series longer than a sheet holds continues on further
 * sheets, each saying which days it has.
 */
final class AccountSheet {

	static final int HEADER_ROW = 3;

	static final int FIRST_DAY_ROW = HEADER_ROW + 1;

	static final String[] HEADERS = { "Day", "Reported followers", "Real followers", "Gained", "Lost", "Net",
			"Posts", "Engagements", "Reach", "Impressions", "Link clicks", "Attributed revenue",
			"Revenue, 7-day average", "Orders", "Flagged", "Suspect bought", "Suspect fake", "Suspect inactive" };

	/** Days the revenue average is taken over: the day and the six before it. */
	static final int AVERAGE_DAYS = 7;

	/** Columns of the text beside the series that runs long (verdict, evidence, explanations). */
	private static final int WIDE_FIRST = HEADERS.length + 4;

	private static final int WIDE_LAST = WIDE_FIRST + 6;

	/** Width of a column, in characters: every one but the gap and the side's labels. */
	private static final int DEFAULT_WIDTH = 12;

	private static final int SIDE_WIDTH = 36;

	/** Longest series drawn day by day in a chart. */
	static final int MAX_CHART_DAYS = DashboardSheet.MAX_CHART_DAYS;

	/** First column of what stands beside the series. */
	static final int SIDE = HEADERS.length + 1;

	private static final int CHART_LAST_ROW = FIRST_DAY_ROW + 20;

	private final XlsxWorkbook workbook;

	private final Cells cells;

	private final AccountSource accounts;

	private final int capacity;

	private final String chartNote;

	/**
	 * @param capacity days per sheet
	 * @param chartNote what a sheet without a chart says about it
	 */
	AccountSheet(XlsxWorkbook workbook, Cells cells, AccountSource accounts, int capacity, String chartNote) {
		this.workbook = workbook;
		this.cells = cells;
		this.accounts = accounts;
		this.capacity = capacity;
		this.chartNote = chartNote;
	}

	/**
	 * Lays out the account's sheets from its full report, read here and again when the workbook
	 * writes their rows, so that no account's days stay in memory between the two.
	 */
	void write(AccountPlan plan) {
		ReportModel.AccountReport account = this.accounts.account(plan.index());
		int total = account.days().size();
		List<String> sheets = plan.sheets();
		for (int part = 0; part < sheets.size(); part++) {
			int first = part * this.capacity;
			int count = Math.max(0, Math.min(this.capacity, total - first));
			boolean charted = part == 0 && plan.charted() && count > 0;
			writePart(plan, account, part, first, count, total, charted);
		}
	}

	/** What one sheet shows: the rows below are written from it twice, for styles and for good. */
	private record Part(String title, String note, List<ReportModel.Day> days, double[] averages, String currency,
			List<Consumer<Row>> side, int sideStart) {
	}

	/** What stands beside the series, one writer per row, and which of those rows hold long text. */
	private record Side(List<Consumer<Row>> rows, List<int[]> wide, int flags) {
	}

	/**
	 * Lays the sheet out now (widths, panes, chart, styles); its rows are written when the
	 * workbook is, straight into the file (see {@link XlsxWorkbook#createDeferredSheet}).
	 */
	private void writePart(AccountPlan plan, ReportModel.AccountReport account, int part, int first, int count,
			int total, boolean charted) {
		String name = plan.sheets().get(part);
		Side side = side(account, part);
		Part content = part(plan, account, side, part, first, count, total, charted);
		SXSSFSheet sheet = this.workbook.createDeferredSheet(name, (s, writer) -> {
			ReportModel.AccountReport again = this.accounts.account(plan.index());
			Part rows = part(plan, again, side(again, part), part, first, count, total, charted);
			PlainRow plain = new PlainRow(HEADERS.length);
			// a day row with side cells beside it is a POI row; the day's cells are made the same way
			DayWriter beside = (row, i) -> {
				plain.clear();
				day(plain, rows, i);
				plain.copyTo(row, this.workbook.poi());
			};
			rows(rows, s::createRow, beside, (rownum, i) -> {
				if (!s.areAllRowsFlushed()) {
					s.flushRows();
				}
				plain.clear();
				day(plain, rows, i);
				writer.write(rownum, plain);
			});
			if (part == plan.sheets().size() - 1) {
				this.accounts.written(plan.index());
			}
		});
		// a default width and a few exceptions: every width set is an XML object kept for each sheet
		sheet.setDefaultColumnWidth(DEFAULT_WIDTH);
		sheet.setColumnWidth(HEADERS.length, 3 * 256);
		sheet.setColumnWidth(SIDE, SIDE_WIDTH * 256);
		sheet.createFreezePane(1, FIRST_DAY_ROW);
		for (int[] wide : side.wide()) {
			int row = FIRST_DAY_ROW + content.sideStart() + wide[0];
			sheet.addMergedRegion(new CellRangeAddress(row, row, wide[1], WIDE_LAST));
		}
		Layout.print(this.workbook, sheet, HEADER_ROW);
		prepareStyles(sheet, content);
		if (charted) {
			chart(name, account, content.days(), content.averages());
		}
	}

	/** What a part of the account's sheets shows, from the account's full report. */
	private Part part(AccountPlan plan, ReportModel.AccountReport account, Side side, int part, int first, int count,
			int total, boolean charted) {
		return new Part(AccountPlan.titled(account, account.handle()), note(plan, part, first, count, total, charted),
				account.days().subList(first, first + count),
				averages(account.days(), first, count, account.currency()), account.currency(), side.rows(),
				sideStart(charted));
	}

	/** Only the first part of an account's sheets has the tables beside the series. */
	private Side side(ReportModel.AccountReport account, int part) {
		return part == 0 ? side(account) : new Side(List.of(), List.of(), -1);
	}

	/** Side rows start below the chart, when there is one. */
	private static int sideStart(boolean charted) {
		return charted ? CHART_LAST_ROW + 2 - FIRST_DAY_ROW : 0;
	}

	/**
	 * The cell of the account's flags table an analyst is sent to from the Findings sheet: its
	 * title on the account's first sheet.
	 */
	String flagsAddress(AccountPlan plan) {
		int row = FIRST_DAY_ROW + sideStart(plan.charted()) + side(plan.account()).flags();
		return new CellReference(row, SIDE).formatAsString(false);
	}

	/**
	 * The sheet and cell of the row of {@code day}, the first day of one of the account's
	 * bought-follower episodes, or null when the range does not have it.
	 */
	String[] dayAddress(AccountPlan plan, LocalDate day) {
		Integer index = plan.headline().episodeDays().get(day);
		if (index == null) {
			return null;
		}
		return new String[] { plan.sheets().get(index / this.capacity),
				new CellReference(FIRST_DAY_ROW + index % this.capacity, 0).formatAsString(false) };
	}

	/**
	 * Mean revenue of each day and the six before it, for the days {@code first} to {@code first +
	 * count}, rounded to the currency's decimals: NaN (an empty cell) until seven days with a known
	 * revenue are there.
	 */
	static double[] averages(List<ReportModel.Day> days, int first, int count, String currency) {
		double unit = Math.pow(10, Cells.fractionDigits(currency));
		double[] averages = new double[count];
		int start = Math.max(0, first - (AVERAGE_DAYS - 1));
		double[] revenue = new double[first + count - start];
		for (int i = start; i < first + count; i++) {
			BigDecimal amount = days.get(i).revenue();
			revenue[i - start] = amount == null ? Double.NaN : amount.doubleValue();
		}
		// summed afresh for each day: a running sum would leave rounding noise (-1e-15) on days of no revenue
		for (int i = first; i < first + count; i++) {
			double sum = 0;
			for (int d = i - AVERAGE_DAYS + 1; d <= i; d++) {
				sum += d < start ? Double.NaN : revenue[d - start];
			}
			averages[i - first] = Double.isNaN(sum) ? Double.NaN : Math.round(sum / AVERAGE_DAYS * unit) / unit;
		}
		return averages;
	}

	/**
	 * Makes every style the sheet's rows will use before the workbook writes its styles, in the
	 * order writing the rows would. The title, headers and side cells are written into a row the
	 * sheet never holds; the first day row of each fill makes the date, count, money and plain
	 * styles of that fill (even one that only unknown values would have used). Going through every
	 * row this way also gives the range the rows will cover, which the sheet declares.
	 */
	private void prepareStyles(SXSSFSheet sheet, Part part) {
		Row scratch = new SXSSFRow(sheet);
		boolean[] prepared = new boolean[2];
		int[] lastRow = new int[1];
		try {
			rows(part, i -> {
				lastRow[0] = Math.max(lastRow[0], i);
				return scratch;
			}, (row, i) -> {
				boolean flagged = part.days().get(i).flagged();
				int fill = flagged ? 1 : 0;
				if (!prepared[fill]) {
					prepared[fill] = true;
					Cells c = flagged ? this.cells.highlighted() : this.cells;
					c.prepare(Cells.DATE);
					c.prepare(Cells.COUNT);
					c.prepare(Cells.moneyFormat(part.currency()));
					c.prepare(null);
				}
			}, null);
		}
		catch (IOException ex) {
			// without plain rows nothing is written here
			throw new UncheckedIOException(ex);
		}
		// a day row's cells lie under the headers
		this.workbook.declareDimension(sheet, new CellRangeAddress(0, lastRow[0], 0,
				Math.max(HEADERS.length, scratch.getLastCellNum()) - 1));
	}

	/** Writes a day row that has nothing beside it, as a plain row. */
	@FunctionalInterface
	private interface PlainDays {

		void write(int rownum, int day) throws IOException;

	}

	/** Writes the cells of the part's day {@code day} into a row that also holds side cells. */
	@FunctionalInterface
	private interface DayWriter {

		void write(Row row, int day);

	}

	/**
	 * The sheet's rows from the top; a day row with no side cell goes to {@code plain} when there
	 * is one (the final write), every other row through {@code rowAt}.
	 */
	private void rows(Part part, IntFunction<Row> rowAt, DayWriter dayWriter, PlainDays plain) throws IOException {
		this.cells.title(rowAt.apply(0), 0, part.title());
		this.cells.text(rowAt.apply(1), 0, part.note());
		Row header = rowAt.apply(HEADER_ROW);
		this.cells.headers(header, 0, HEADERS);
		header.setHeightInPoints(2 * Layout.LINE + 2);
		List<Consumer<Row>> side = part.side();
		int days = part.days().size();
		int rows = Math.max(days, part.sideStart() + side.size());
		for (int i = 0; i < rows; i++) {
			boolean beside = i >= part.sideStart() && i - part.sideStart() < side.size();
			if (plain != null && !beside && i < days) {
				plain.write(FIRST_DAY_ROW + i, i);
				continue;
			}
			Row row = rowAt.apply(FIRST_DAY_ROW + i);
			if (i < days) {
				dayWriter.write(row, i);
			}
			if (i >= part.sideStart() && i - part.sideStart() < side.size()) {
				side.get(i - part.sideStart()).accept(row);
			}
		}
	}

	private String note(AccountPlan plan, int part, int first, int count, int total, boolean charted) {
		List<String> notes = new ArrayList<>();
		if (total == 0) {
			notes.add("No days in the range.");
		}
		if ("RELATIVE".equalsIgnoreCase(plan.account().totals())) {
			notes.add("Follower totals are relative: only changes are meaningful, not the levels.");
		}
		if (plan.sheets().size() > 1) {
			notes.add(String.format("Days %,d to %,d of %,d (part %d of %d; a sheet holds %,d days).", first + 1,
					first + count, total, part + 1, plan.sheets().size(), this.capacity));
			if (part + 1 < plan.sheets().size()) {
				notes.add("Continued on sheet " + plan.sheets().get(part + 1) + ".");
			}
		}
		if (part == 0 && !charted && total > 0) {
			notes.add(plan.sheets().size() > 1 || total > MAX_CHART_DAYS
					? "No chart: the series is longer than the " + MAX_CHART_DAYS + " days drawn day by day."
					: this.chartNote);
		}
		notes.add("Flagged days (bought followers, platform clean-ups) are filled orange"
				+ (charted ? " and marked red on the chart" : "") + "; an empty cell is not known, never zero.");
		return String.join(" ", notes);
	}

	/** A day's cells, through {@link Cells}' rules, into a plain row. */
	private void day(PlainRow row, Part part, int i) {
		ReportModel.Day day = part.days().get(i);
		String currency = part.currency();
		Cells c = day.flagged() ? this.cells.highlighted() : this.cells;
		c.date(row, 0, day.day());
		c.count(row, 1, day.reported());
		c.count(row, 2, day.clean());
		c.count(row, 3, day.gained());
		c.count(row, 4, day.lost());
		c.count(row, 5, day.net());
		c.count(row, 6, day.posts());
		c.count(row, 7, day.engagements());
		c.count(row, 8, day.reach());
		c.count(row, 9, day.impressions());
		c.count(row, 10, day.linkClicks());
		c.money(row, 11, day.revenue(), currency);
		c.money(row, 12, part.averages()[i], currency);
		c.count(row, 13, day.orders());
		c.bool(row, 14, day.flagged());
		c.count(row, 15, day.suspectBought());
		c.count(row, 16, day.suspectFake());
		c.count(row, 17, day.suspectInactive());
	}

	private void chart(String name, ReportModel.AccountReport account, List<ReportModel.Day> days,
			double[] averages) {
		Double[][] values = new Double[4][days.size()];
		List<Integer> flagged = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			ReportModel.Day day = days.get(i);
			values[0][i] = day.day() == null ? null : DateUtil.getExcelDate(day.day());
			values[1][i] = day.reported() == null ? null : day.reported().doubleValue();
			values[2][i] = day.clean() == null ? null : day.clean().doubleValue();
			values[3][i] = Double.isNaN(averages[i]) ? null : averages[i];
			if (day.flagged()) {
				flagged.add(i);
			}
		}
		String currency = account.currency() == null ? "" : " (" + account.currency() + ")";
		Charts.linesWithSecondaryAxis(
				Charts.chart(Charts.drawing(this.workbook.poi().getXSSFWorkbook().getSheet(name)), SIDE, FIRST_DAY_ROW,
						SIDE + 9, CHART_LAST_ROW, "Followers and revenue (7-day average)"),
				new Charts.Column("Day", name, 0, FIRST_DAY_ROW, values[0]),
				List.of(new Charts.Column("Reported followers", name, 1, FIRST_DAY_ROW, values[1]),
						new Charts.Column("Real followers", name, 2, FIRST_DAY_ROW, values[2])),
				"Followers", new Charts.Column("Revenue, 7-day average" + currency, name, 12, FIRST_DAY_ROW, values[3]),
				"Revenue per day, 7-day average" + currency, flagged);
	}

	/** Everything beside the series, one writer per row, from the top. */
	private Side side(ReportModel.AccountReport a) {
		Cells c = this.cells;
		String currency = a.currency();
		List<Consumer<Row>> side = new ArrayList<>();
		List<int[]> wide = new ArrayList<>();
		side.add(row -> c.title(row, SIDE, "Verdict: does follower growth bring revenue?"));
		wide(side, wide, SIDE, a.verdict() == null ? "Not known: no verdict." : Findings.verdict(a.verdict()), null);
		side.add(row -> {
		});
		int flags = side.size();
		side.add(row -> c.title(row, SIDE, "Flags"));
		side.add(headers("From", "To", "Kind"));
		side.set(side.size() - 1, side.get(side.size() - 1).andThen(row -> c.header(row, WIDE_FIRST, "Evidence")));
		for (ReportModel.Flag flag : a.flags()) {
			wide(side, wide, WIDE_FIRST, flag.sentence(), row -> {
				c.date(row, SIDE, flag.from());
				c.date(row, SIDE + 1, flag.to());
				c.text(row, SIDE + 2, Words.flagKind(flag.kind()));
			});
		}
		if (a.flags().isEmpty()) {
			side.add(row -> c.text(row, SIDE, "No flags."));
		}
		side.add(row -> {
		});
		if (!a.impacts().isEmpty()) {
			impacts(side, wide, a.impacts());
		}
		side.add(row -> c.title(row, SIDE, "Key figures"));
		figure(side, "Follower totals", row -> c.text(row, SIDE + 1, Words.totals(a.totals())));
		figure(side, "Followers at start", row -> c.count(row, SIDE + 1, a.followersStart()));
		figure(side, "Followers at end", row -> c.count(row, SIDE + 1, a.followersEnd()));
		figure(side, "Growth (reported)", row -> c.count(row, SIDE + 1, a.growthRaw()));
		figure(side, "Real followers at start", row -> c.count(row, SIDE + 1, a.cleanStart()));
		figure(side, "Real followers at end", row -> c.count(row, SIDE + 1, a.cleanEnd()));
		figure(side, "Growth (real)", row -> c.count(row, SIDE + 1, a.growthClean()));
		figure(side, "Fake share, 95% interval", row -> {
			c.share(row, SIDE + 1, a.fakeShare());
			c.share(row, SIDE + 2, a.fakeShareLow());
			c.share(row, SIDE + 3, a.fakeShareHigh());
		});
		figure(side, "Follower sample size", row -> c.integer(row, SIDE + 1, a.sampleSize()));
		figure(side, "Quality score (0-100)", row -> c.score(row, SIDE + 1, a.qualityScore()));
		figure(side, "Engagement rate (per follower and day)", row -> c.rate(row, SIDE + 1, a.engagementRate()));
		figure(side, "Attributed revenue", row -> c.money(row, SIDE + 1, a.revenue(), currency));
		for (ReportModel.OtherCurrency other : a.otherCurrencies()) {
			figure(side, "Revenue in " + other.currency() + ", kept apart (no rates), and its orders", row -> {
				c.money(row, SIDE + 1, other.revenue(), other.currency());
				c.count(row, SIDE + 2, other.orders());
			});
		}
		figure(side, "Orders", row -> c.count(row, SIDE + 1, a.orders()));
		figure(side, "Conversion rate", row -> c.rate(row, SIDE + 1, a.conversionRate()));
		if (a.conversionFormula() != null) {
			wide(side, wide, WIDE_FIRST, a.conversionFormula(), row -> c.text(row, SIDE, "Conversion rate formula"));
		}
		figure(side, "Revenue per 1,000 real followers",
				row -> c.money(row, SIDE + 1, a.revenuePer1000Clean(), currency));
		figure(side, "Revenue per 1,000 reported followers",
				row -> c.money(row, SIDE + 1, a.revenuePer1000Reported(), currency));
		figure(side, "Revenue per engagement", row -> c.money(row, SIDE + 1, a.revenuePerEngagement(), currency));
		figure(side, "Estimated cost of the suspect followers",
				row -> c.money(row, SIDE + 1, a.fakeSpend(), currency));
		side.add(row -> {
		});
		side.add(row -> c.title(row, SIDE, "Quality score components"));
		side.add(headers("Component", "Value", "Weight").andThen(row -> c.header(row, WIDE_FIRST, "Explanation")));
		for (ReportModel.ScoreComponent component : a.scoreComponents()) {
			wide(side, wide, WIDE_FIRST, component.explanation(), row -> {
				c.text(row, SIDE, component.name());
				c.decimal(row, SIDE + 1, component.value(), Cells.DECIMAL);
				c.decimal(row, SIDE + 2, component.weight(), Cells.DECIMAL);
			});
		}
		if (a.scoreComponents().isEmpty()) {
			side.add(row -> c.text(row, SIDE, "No components: no quality score."));
		}
		side.add(row -> {
		});
		side.add(row -> c.title(row, SIDE, "Correlation of daily series with revenue"));
		side.add(headers("Series", "Lag (days)", "Days (n)", "Pearson r", "p", "Spearman rho", "p"));
		for (ReportModel.Correlation r : a.correlations()) {
			side.add(row -> {
				c.text(row, SIDE, r.series());
				c.count(row, SIDE + 1, (long) r.lag());
				c.count(row, SIDE + 2, (long) r.n());
				c.decimal(row, SIDE + 3, r.pearson(), Cells.DECIMAL);
				c.decimal(row, SIDE + 4, r.pearsonP(), Cells.P_VALUE);
				c.decimal(row, SIDE + 5, r.spearman(), Cells.DECIMAL);
				c.decimal(row, SIDE + 6, r.spearmanP(), Cells.P_VALUE);
			});
		}
		if (a.correlations().isEmpty()) {
			side.add(row -> c.text(row, SIDE, "No correlations computed."));
		}
		return new Side(side, wide, flags);
	}

	/**
	 * A side row whose long text is wrapped over the wide columns (merged by the sheet's layout)
	 * from {@code column}, with the row as high as the text needs; {@code before} writes the row's
	 * other cells.
	 */
	private void wide(List<Consumer<Row>> side, List<int[]> wide, int column, String text, Consumer<Row> before) {
		wide.add(new int[] { side.size(), column });
		int width = (WIDE_LAST - column + 1) * DEFAULT_WIDTH * 256 + (column == SIDE ? (SIDE_WIDTH - DEFAULT_WIDTH) * 256 : 0);
		float height = (text == null ? 1 : Layout.lines(text, width)) * Layout.LINE + 2;
		side.add(row -> {
			if (before != null) {
				before.accept(row);
			}
			this.cells.wrapped(row, column, text);
			row.setHeightInPoints(height);
		});
	}

	/** Each episode's sentence, then its 28-day sums: observed, expected with its 95% interval, lift with its. */
	private void impacts(List<Consumer<Row>> side, List<int[]> wide, List<ReportModel.Impact> impacts) {
		Cells c = this.cells;
		side.add(row -> c.title(row, SIDE, "Revenue impact of growth episodes (28 days from the episode)"));
		side.add(headers("From", "Observed", "Expected", "Expected low (95%)", "Expected high (95%)", "Lift",
				"Lift low (95%)", "Lift high (95%)", "Cost"));
		for (ReportModel.Impact impact : impacts) {
			side.add(row -> {
				c.date(row, SIDE, impact.from());
				c.money(row, SIDE + 1, money(impact.observed()), impact.currency());
				c.money(row, SIDE + 2, money(impact.expected()), impact.currency());
				c.money(row, SIDE + 3, money(impact.low()), impact.currency());
				c.money(row, SIDE + 4, money(impact.high()), impact.currency());
				c.money(row, SIDE + 5, money(impact.lift()), impact.currency());
				c.money(row, SIDE + 6, money(impact.liftLow()), impact.currency());
				c.money(row, SIDE + 7, money(impact.liftHigh()), impact.currency());
				c.money(row, SIDE + 8, impact.cost(), impact.costCurrency());
			});
			wide(side, wide, SIDE, impact.sentence(), null);
			if (impact.basis() != null) {
				wide(side, wide, SIDE, "Expected: " + impact.basis() + ".", null);
			}
		}
		side.add(row -> {
		});
	}

	private static BigDecimal money(Double value) {
		return value == null ? null : BigDecimal.valueOf(value);
	}

	private void figure(List<Consumer<Row>> side, String label, Consumer<Row> value) {
		side.add(row -> {
			this.cells.text(row, SIDE, label);
			value.accept(row);
		});
	}

	/** Side headers from the side's first column; two lines high where a name is longer than a column. */
	private Consumer<Row> headers(String... names) {
		boolean twoLines = false;
		for (int i = 1; i < names.length; i++) {
			twoLines |= Layout.lines(names[i], DEFAULT_WIDTH * 256 * 5 / 6) > 1;
		}
		boolean high = twoLines;
		return row -> {
			this.cells.headers(row, SIDE, names);
			if (high) {
				row.setHeightInPoints(2 * Layout.LINE + 2);
			}
		};
	}
}
