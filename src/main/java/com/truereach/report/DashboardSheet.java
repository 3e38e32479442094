package com.truereach.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

import com.truereach.report.xlsx.XlsxWorkbook;

/**
 * Native charts over the largest accounts: follower growth (reported and clean) against daily
 * revenue on a secondary axis, and quality score against revenue per 1,000 clean followers. The
 * values the charts draw are written below them, so every series refers to real cells.
 */
final class DashboardSheet {

	static final String NAME = "Dashboard";

	/** Accounts with a growth chart: the largest by followers at the end of the range. */
	static final int GROWTH_CHARTS = 5;

	/** Longest range drawn day by day; a longer one gets no growth charts and says so. */
	static final int MAX_CHART_DAYS = 3_660;

	private static final int CHART_WIDTH = 9;

	private static final int CHART_HEIGHT = 20;

	private static final int FIRST_CHART_ROW = 3;

	/** Most accounts the scatter draws as a series each, each in the legend. */
	static final int SCATTER_SERIES = 20;

	private record Scatter(AccountPlan plan, double score, double revenuePer1000) {
	}

	private DashboardSheet() {
	}

	static void write(XlsxWorkbook workbook, Cells cells, ReportModel model, List<AccountPlan> plans,
			AccountSource accounts) {
		SXSSFSheet sheet = workbook.poi().createSheet(NAME);
		LocalDate from = model.run().from();
		long rangeDays = ChronoUnit.DAYS.between(from, model.run().to()) + 1;
		List<AccountPlan> charted = rangeDays > MAX_CHART_DAYS ? List.of()
				: plans.stream()
					.filter(p -> p.account().followersEnd() != null)
					.sorted(AccountPlan.LARGEST_FIRST)
					.limit(GROWTH_CHARTS)
					.toList();
		// the few accounts charted here are read in full, with their days
		List<ReportModel.AccountReport> largest = charted.stream().map(p -> accounts.account(p.index())).toList();
		List<Scatter> points = scatterPoints(plans);

		cells.title(sheet.createRow(0), 0, "Dashboard: " + model.run().jobName());

		int charts = largest.size() + 1;
		int dataTitleRow = FIRST_CHART_ROW + ((charts + 1) / 2) * (CHART_HEIGHT + 1);
		int headerRow = dataTitleRow + 1;
		int firstDataRow = headerRow + 1;
		int scatterColumn = 1 + 3 * largest.size() + 1;
		for (int c = 0; c < scatterColumn + 4; c++) {
			sheet.setColumnWidth(c, (c == 0 || c == scatterColumn ? 14 : 12) * 256);
		}
		sheet.setColumnWidth(scatterColumn, 28 * 256);
		Layout.note(cells, sheet.createRow(1), 0, 2 * CHART_WIDTH, note(rangeDays, largest, points));
		Layout.print(workbook, sheet, -1);

		cells.title(sheet.createRow(dataTitleRow), 0, "Chart data: the values the charts above draw");
		Row header = sheet.createRow(headerRow);
		cells.header(header, 0, "Day");
		for (int i = 0; i < largest.size(); i++) {
			String label = AccountPlan.label(largest.get(i));
			cells.header(header, 1 + 3 * i, label + ": growth (reported)");
			cells.header(header, 2 + 3 * i, label + ": growth (clean)");
			cells.header(header, 3 + 3 * i, label + ": revenue, 7-day average");
		}
		cells.header(header, scatterColumn, "Account");
		cells.header(header, scatterColumn + 1, "Currency");
		cells.header(header, scatterColumn + 2, "Quality score (0-100)");
		cells.header(header, scatterColumn + 3, "Revenue per 1,000 real followers");
		Layout.fit(header);

		int days = largest.isEmpty() ? 0 : (int) rangeDays;
		Double[] serials = new Double[days];
		List<Double[][]> growth = new ArrayList<>();
		for (ReportModel.AccountReport account : largest) {
			growth.add(growthSeries(account, from, days));
		}
		for (int i = 0; i < Math.max(days, points.size()); i++) {
			Row row = sheet.createRow(firstDataRow + i);
			if (i < days) {
				LocalDate day = from.plusDays(i);
				serials[i] = DateUtil.getExcelDate(day);
				cells.date(row, 0, day);
				for (int a = 0; a < largest.size(); a++) {
					String currency = largest.get(a).currency();
					Double[][] series = growth.get(a);
					cells.decimal(row, 1 + 3 * a, series[0][i], Cells.COUNT);
					cells.decimal(row, 2 + 3 * a, series[1][i], Cells.COUNT);
					cells.money(row, 3 + 3 * a, series[2][i] == null ? null : BigDecimal.valueOf(series[2][i]),
							currency);
				}
			}
			if (i < points.size()) {
				Scatter point = points.get(i);
				cells.text(row, scatterColumn, AccountPlan.label(point.plan().account()));
				cells.text(row, scatterColumn + 1, point.plan().account().currency());
				cells.decimal(row, scatterColumn + 2, point.score(), Cells.SCORE);
				cells.money(row, scatterColumn + 3, BigDecimal.valueOf(point.revenuePer1000()),
						point.plan().account().currency());
			}
		}

		XSSFDrawing drawing = Charts.drawing(workbook.poi().getXSSFWorkbook().getSheet(NAME));
		Charts.Column dayColumn = new Charts.Column("Day", NAME, 0, firstDataRow, serials);
		for (int a = 0; a < largest.size(); a++) {
			ReportModel.AccountReport account = largest.get(a);
			Double[][] series = growth.get(a);
			int col = (a % 2) * (CHART_WIDTH + 1);
			int row = FIRST_CHART_ROW + (a / 2) * (CHART_HEIGHT + 1);
			Charts.linesWithSecondaryAxis(
					Charts.chart(drawing, col, row, col + CHART_WIDTH, row + CHART_HEIGHT,
							AccountPlan.titled(account, null) + ": growth and revenue"),
					dayColumn,
					List.of(new Charts.Column("Growth (reported)", NAME, 1 + 3 * a, firstDataRow, series[0]),
							new Charts.Column("Growth (real)", NAME, 2 + 3 * a, firstDataRow, series[1])),
					"Followers gained since the first day",
					new Charts.Column("Revenue, 7-day average (" + account.currency() + ")", NAME, 3 + 3 * a,
							firstDataRow, series[2]),
					"Revenue per day, 7-day average (" + account.currency() + ")", flagged(account, from, days));
		}
		if (points.isEmpty()) {
			return;
		}
		int a = largest.size();
		int col = (a % 2) * (CHART_WIDTH + 1);
		int row = FIRST_CHART_ROW + (a / 2) * (CHART_HEIGHT + 1);
		List<String> currencies = points.stream()
			.map(p -> Objects.toString(p.plan().account().currency(), ""))
			.distinct()
			.toList();
		Charts.scatter(
				Charts.chart(drawing, col, row, col + CHART_WIDTH, row + CHART_HEIGHT,
						"Quality score against revenue per 1,000 real followers"),
				scatterSeries(points, scatterColumn, firstDataRow, currencies.size() > 1), "Quality score (0-100)", 100,
				"Revenue per 1,000 real followers ("
						+ (currencies.size() == 1 && !currencies.get(0).isEmpty() ? currencies.get(0)
								: "each account's currency")
						+ ")");
	}

	/** Indexes of the flagged days of {@code account} among the {@code days} from {@code from}. */
	private static List<Integer> flagged(ReportModel.AccountReport account, LocalDate from, int days) {
		List<Integer> flagged = new ArrayList<>();
		for (ReportModel.Day day : account.days()) {
			long i = ChronoUnit.DAYS.between(from, day.day());
			if (day.flagged() && i >= 0 && i < days) {
				flagged.add((int) i);
			}
		}
		return flagged;
	}

	private static String note(long rangeDays, List<ReportModel.AccountReport> largest, List<Scatter> points) {
		String growth = rangeDays > MAX_CHART_DAYS
				? "No growth charts: the range has " + rangeDays + " days, more than the " + MAX_CHART_DAYS
						+ " drawn day by day."
				: "Growth charts for the " + largest.size() + " largest accounts by followers at the end "
						+ "(growth = followers on the day minus followers on the first day with a count; "
						+ "revenue per day as the average of the day and the six before it, on the right axis, "
						+ "in the account's currency; flagged days are red dots).";
		return growth + " Scatter: " + points.size() + " accounts with both a quality score and revenue per "
				+ "1,000 real followers, " + (points.size() <= SCATTER_SERIES ? "one series per account"
						: "one series per currency") + " (amounts in different currencies are not comparable).";
	}

	/** [reported growth, clean growth, revenue 7-day average] per day of the range; null where not known. */
	private static Double[][] growthSeries(ReportModel.AccountReport account, LocalDate from, int days) {
		Map<LocalDate, ReportModel.Day> byDay = new HashMap<>();
		Map<LocalDate, Double> averages = new HashMap<>();
		double[] average = AccountSheet.averages(account.days(), 0, account.days().size(), account.currency());
		for (int i = 0; i < account.days().size(); i++) {
			ReportModel.Day day = account.days().get(i);
			byDay.put(day.day(), day);
			averages.put(day.day(), Double.isNaN(average[i]) ? null : average[i]);
		}
		Double[][] series = new Double[3][days];
		Long reportedBase = null;
		Long cleanBase = null;
		for (int i = 0; i < days; i++) {
			ReportModel.Day day = byDay.get(from.plusDays(i));
			if (day == null) {
				continue;
			}
			if (day.reported() != null) {
				reportedBase = reportedBase == null ? day.reported() : reportedBase;
				series[0][i] = (double) (day.reported() - reportedBase);
			}
			if (day.clean() != null) {
				cleanBase = cleanBase == null ? day.clean() : cleanBase;
				series[1][i] = (double) (day.clean() - cleanBase);
			}
			series[2][i] = averages.get(day.day());
		}
		return series;
	}

	/** Accounts with both values, grouped by currency so that each series is one block of rows. */
	private static List<Scatter> scatterPoints(List<AccountPlan> plans) {
		return plans.stream()
			.filter(p -> p.account().qualityScore() != null && p.account().revenuePer1000Clean() != null)
			.map(p -> new Scatter(p, p.account().qualityScore(), p.account().revenuePer1000Clean().doubleValue()))
			.sorted(Comparator.comparing((Scatter s) -> Objects.toString(s.plan().account().currency(), "")))
			.toList();
	}

	/**
	 * One series per account, named after it (and its currency when the accounts have several); with
	 * more accounts than a legend can tell apart, one series per currency.
	 */
	private static List<Charts.Column[]> scatterSeries(List<Scatter> points, int column, int firstRow,
			boolean currencies) {
		boolean perAccount = points.size() <= SCATTER_SERIES;
		List<Charts.Column[]> series = new ArrayList<>();
		int start = 0;
		while (start < points.size()) {
			ReportModel.AccountReport account = points.get(start).plan().account();
			String currency = account.currency();
			int end = start + 1;
			while (!perAccount && end < points.size()
					&& Objects.equals(points.get(end).plan().account().currency(), currency)) {
				end++;
			}
			List<Scatter> block = points.subList(start, end);
			String name = perAccount ? AccountPlan.label(account) + (currencies ? " (" + currency + ")" : "")
					: "Accounts in " + Objects.toString(currency, "no currency");
			series.add(new Charts.Column[] {
					new Charts.Column("Quality score", NAME, column + 2, firstRow + start,
							block.stream().map(Scatter::score).toArray(Double[]::new)),
					new Charts.Column(name, NAME, column + 3, firstRow + start,
							block.stream().map(Scatter::revenuePer1000).toArray(Double[]::new)) });
			start = end;
		}
		return series;
	}
}
