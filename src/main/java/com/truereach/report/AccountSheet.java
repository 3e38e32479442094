package com.truereach.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One account: its daily series on the left (flagged days filled), and beside it the chart of
 * followers against revenue, the key figures, the flags with their evidence, the quality score
 * components and the correlation table. A series longer than a sheet holds continues on further
 * sheets, each saying which days it has.
 */
final class AccountSheet {

	static final int HEADER_ROW = 3;

	static final int FIRST_DAY_ROW = HEADER_ROW + 1;

	static final String[] HEADERS = { "Day", "Reported followers", "Clean followers", "Gained", "Lost", "Net",
			"Posts", "Engagements", "Reach", "Impressions", "Link clicks", "Attributed revenue", "Orders",
			"Flagged", "Suspect bought", "Suspect fake", "Suspect inactive" };

	/** Longest series drawn day by day in a chart. */
	static final int MAX_CHART_DAYS = DashboardSheet.MAX_CHART_DAYS;

	/** First column of what stands beside the series. */
	static final int SIDE = HEADERS.length + 1;

	private static final int CHART_LAST_ROW = FIRST_DAY_ROW + 20;


	private final StreamingWorkbook workbook;

	private final Cells cells;

	private final int capacity;

	private final String chartNote;

	/**
	 * @param capacity days per sheet
	 * @param chartNote what a sheet without a chart says about it
	 */
	AccountSheet(StreamingWorkbook workbook, Cells cells, int capacity, String chartNote) {
		this.workbook = workbook;
		this.cells = cells;
		this.capacity = capacity;
		this.chartNote = chartNote;
	}

	void write(AccountPlan plan) {
		int total = plan.account().days().size();
		List<String> sheets = plan.sheets();
		for (int part = 0; part < sheets.size(); part++) {
			int first = part * this.capacity;
			int count = Math.max(0, Math.min(this.capacity, total - first));
			boolean charted = part == 0 && plan.charted() && count > 0;
			writePart(plan, part, first, count, total, charted);
		}
	}

	/** What one sheet shows: the rows below are written from it twice, for styles and for good. */
	private record Part(String title, String note, List<ReportModel.Day> days, String currency,
			List<Consumer<Row>> side, int sideStart) {
	}

	/**
	 * Lays the sheet out now (widths, panes, chart, styles); its rows are written when the
	 * workbook is, straight into the file (see {@link StreamingWorkbook}).
	 */
	private void writePart(AccountPlan plan, int part, int first, int count, int total, boolean charted) {
		ReportModel.AccountReport account = plan.account();
		String name = plan.sheets().get(part);
		List<ReportModel.Day> days = account.days().subList(first, first + count);
		Part content = new Part(
				AccountPlan.label(account) + " (" + account.platform()
						+ (account.handle() == null ? "" : ", " + account.handle()) + ")",
				note(plan, part, first, count, total, charted), days, account.currency(),
				part == 0 ? side(account) : List.of(), charted ? CHART_LAST_ROW + 2 - FIRST_DAY_ROW : 0);
		SXSSFSheet sheet = this.workbook.createDeferredSheet(name, (s, writer) -> {
			PlainRow plain = new PlainRow(HEADERS.length);
			// a day row with side cells beside it is a POI row; the day's cells are made the same way
			BiConsumer<Row, ReportModel.Day> beside = (row, day) -> {
				plain.clear();
				day(plain, day, content.currency());
				plain.copyTo(row, this.workbook);
			};
			rows(content, s::createRow, beside, (rownum, day) -> {
				if (!s.areAllRowsFlushed()) {
					s.flushRows();
				}
				plain.clear();
				day(plain, day, content.currency());
				writer.writeRow(rownum, plain);
			});
		});
		// a default width and two exceptions: every width set is an XML object kept for each sheet
		sheet.setDefaultColumnWidth(12);
		sheet.setColumnWidth(HEADERS.length, 3 * 256);
		sheet.setColumnWidth(SIDE, 36 * 256);
		sheet.createFreezePane(1, FIRST_DAY_ROW);
		prepareStyles(sheet, content);
		if (charted) {
			chart(name, account, days);
		}
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
			}, (row, day) -> {
				int fill = day.flagged() ? 1 : 0;
				if (!prepared[fill]) {
					prepared[fill] = true;
					Cells c = day.flagged() ? this.cells.highlighted() : this.cells;
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

		void write(int rownum, ReportModel.Day day) throws IOException;

	}

	/**
	 * The sheet's rows from the top; a day row with no side cell goes to {@code plain} when there
	 * is one (the final write), every other row through {@code rowAt}.
	 */
	private void rows(Part part, IntFunction<Row> rowAt, BiConsumer<Row, ReportModel.Day> dayWriter, PlainDays plain)
			throws IOException {
		this.cells.title(rowAt.apply(0), 0, part.title());
		this.cells.text(rowAt.apply(1), 0, part.note());
		this.cells.headers(rowAt.apply(HEADER_ROW), 0, HEADERS);
		List<Consumer<Row>> side = part.side();
		Iterator<ReportModel.Day> days = part.days().iterator();
		int rows = Math.max(part.days().size(), part.sideStart() + side.size());
		for (int i = 0; i < rows; i++) {
			boolean beside = i >= part.sideStart() && i - part.sideStart() < side.size();
			if (plain != null && !beside && days.hasNext()) {
				plain.write(FIRST_DAY_ROW + i, days.next());
				continue;
			}
			Row row = rowAt.apply(FIRST_DAY_ROW + i);
			if (days.hasNext()) {
				dayWriter.accept(row, days.next());
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
		notes.add("Flagged days are filled orange; an empty cell is not known, never zero.");
		return String.join(" ", notes);
	}

	/** A day's cells, through {@link Cells}' rules, into a plain row. */
	private void day(PlainRow row, ReportModel.Day day, String currency) {
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
		c.count(row, 12, day.orders());
		c.bool(row, 13, day.flagged());
		c.count(row, 14, day.suspectBought());
		c.count(row, 15, day.suspectFake());
		c.count(row, 16, day.suspectInactive());
	}

	private void chart(String name, ReportModel.AccountReport account, List<ReportModel.Day> days) {
		Double[][] values = new Double[4][days.size()];
		for (int i = 0; i < days.size(); i++) {
			ReportModel.Day day = days.get(i);
			values[0][i] = day.day() == null ? null : DateUtil.getExcelDate(day.day());
			values[1][i] = day.reported() == null ? null : day.reported().doubleValue();
			values[2][i] = day.clean() == null ? null : day.clean().doubleValue();
			values[3][i] = day.revenue() == null ? null : day.revenue().doubleValue();
		}
		String currency = account.currency() == null ? "" : " (" + account.currency() + ")";
		Charts.linesWithSecondaryAxis(
				Charts.chart(Charts.drawing(this.workbook.getXSSFWorkbook().getSheet(name)), SIDE, FIRST_DAY_ROW,
						SIDE + 9, CHART_LAST_ROW, "Followers and revenue per day"),
				new Charts.Column("Day", name, 0, FIRST_DAY_ROW, values[0]),
				List.of(new Charts.Column("Reported followers", name, 1, FIRST_DAY_ROW, values[1]),
						new Charts.Column("Clean followers", name, 2, FIRST_DAY_ROW, values[2])),
				"Followers", new Charts.Column("Revenue" + currency, name, 11, FIRST_DAY_ROW, values[3]),
				"Revenue per day" + currency);
	}

	/** Everything beside the series, one writer per row, from the top. */
	private List<Consumer<Row>> side(ReportModel.AccountReport a) {
		Cells c = this.cells;
		String currency = a.currency();
		List<Consumer<Row>> side = new ArrayList<>();
		side.add(row -> c.title(row, SIDE, "Verdict"));
		side.add(row -> c.text(row, SIDE, a.verdict() == null ? "Not known: no correlation verdict." : a.verdict()));
		side.add(row -> {
		});
		side.add(row -> c.title(row, SIDE, "Key figures"));
		figure(side, "Totals", row -> c.text(row, SIDE + 1, a.totals()));
		figure(side, "Followers at start", row -> c.count(row, SIDE + 1, a.followersStart()));
		figure(side, "Followers at end", row -> c.count(row, SIDE + 1, a.followersEnd()));
		figure(side, "Growth (reported)", row -> c.count(row, SIDE + 1, a.growthRaw()));
		figure(side, "Clean followers at start", row -> c.count(row, SIDE + 1, a.cleanStart()));
		figure(side, "Clean followers at end", row -> c.count(row, SIDE + 1, a.cleanEnd()));
		figure(side, "Growth (clean)", row -> c.count(row, SIDE + 1, a.growthClean()));
		figure(side, "Fake share, 95% interval", row -> {
			c.share(row, SIDE + 1, a.fakeShare());
			c.share(row, SIDE + 2, a.fakeShareLow());
			c.share(row, SIDE + 3, a.fakeShareHigh());
		});
		figure(side, "Sample size", row -> c.integer(row, SIDE + 1, a.sampleSize()));
		figure(side, "Quality score", row -> c.score(row, SIDE + 1, a.qualityScore()));
		figure(side, "Engagement rate", row -> c.rate(row, SIDE + 1, a.engagementRate()));
		figure(side, "Attributed revenue", row -> c.money(row, SIDE + 1, a.revenue(), currency));
		for (ReportModel.OtherCurrency other : a.otherCurrencies()) {
			figure(side, "Revenue in " + other.currency() + ", kept apart (no rates), and its orders", row -> {
				c.money(row, SIDE + 1, other.revenue(), other.currency());
				c.count(row, SIDE + 2, other.orders());
			});
		}
		figure(side, "Orders", row -> c.count(row, SIDE + 1, a.orders()));
		figure(side, "Conversion rate", row -> {
			c.rate(row, SIDE + 1, a.conversionRate());
			c.text(row, SIDE + 2, a.conversionFormula());
		});
		figure(side, "Revenue per 1,000 clean followers",
				row -> c.money(row, SIDE + 1, a.revenuePer1000Clean(), currency));
		figure(side, "Revenue per 1,000 reported followers",
				row -> c.money(row, SIDE + 1, a.revenuePer1000Reported(), currency));
		figure(side, "Revenue per engagement", row -> c.money(row, SIDE + 1, a.revenuePerEngagement(), currency));
		figure(side, "Estimated cost of the fake followers", row -> c.money(row, SIDE + 1, a.fakeSpend(), currency));
		side.add(row -> {
		});
		side.add(row -> c.title(row, SIDE, "Flags"));
		side.add(headers("From", "To", "Kind", "Evidence"));
		for (ReportModel.Flag flag : a.flags()) {
			side.add(row -> {
				c.date(row, SIDE, flag.from());
				c.date(row, SIDE + 1, flag.to());
				c.text(row, SIDE + 2, flag.kind());
				c.text(row, SIDE + 3, flag.sentence());
			});
		}
		if (a.flags().isEmpty()) {
			side.add(row -> c.text(row, SIDE, "No flags."));
		}
		side.add(row -> {
		});
		if (!a.impacts().isEmpty()) {
			impacts(side, a.impacts());
		}
		side.add(row -> c.title(row, SIDE, "Quality score components"));
		side.add(headers("Component", "Value", "Weight", "Explanation"));
		for (ReportModel.ScoreComponent component : a.scoreComponents()) {
			side.add(row -> {
				c.text(row, SIDE, component.name());
				c.decimal(row, SIDE + 1, component.value(), Cells.DECIMAL);
				c.decimal(row, SIDE + 2, component.weight(), Cells.DECIMAL);
				c.text(row, SIDE + 3, component.explanation());
			});
		}
		if (a.scoreComponents().isEmpty()) {
			side.add(row -> c.text(row, SIDE, "No components: no quality score."));
		}
		side.add(row -> {
		});
		side.add(row -> c.title(row, SIDE, "Correlation of daily series with revenue"));
		side.add(headers("Series", "Lag (days)", "n", "Pearson r", "p", "Spearman rho", "p"));
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
		return side;
	}

	/** Each episode's sentence, then its 28-day sums: observed, expected with its 95% interval, lift with its. */
	private void impacts(List<Consumer<Row>> side, List<ReportModel.Impact> impacts) {
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
			side.add(row -> c.text(row, SIDE, impact.sentence()));
			if (impact.basis() != null) {
				side.add(row -> c.text(row, SIDE, "Expected: " + impact.basis() + "."));
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

	private Consumer<Row> headers(String... names) {
		return row -> this.cells.headers(row, SIDE, names);
	}
}
