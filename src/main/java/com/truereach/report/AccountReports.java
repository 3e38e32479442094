package com.truereach.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One account's report over a range from what the steps found ({@link AccountInput}): the
 * followers at the start and end, raw and clean, and the growth between them, the engagement rate,
 * the daily rows, and where totals carried from gross follows are bounds, a flag that says so.
 */
public final class AccountReports {

	private AccountReports() {
	}

	public static ReportModel.AccountReport build(AccountInput input, LocalDate from, LocalDate to) {
		AccountInput.Followers followers = input.followers();
		Map<LocalDate, AccountInput.QualityDay> quality = new HashMap<>();
		input.quality().forEach(d -> quality.put(d.day(), d));
		Map<LocalDate, AccountInput.RevenueDay> revenue = new HashMap<>();
		input.conversion().daily().forEach(d -> revenue.put(d.day(), d));
		List<AccountInput.HistoryDay> range = followers.days()
			.stream()
			.filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to))
			.toList();
		List<ReportModel.Day> days = range.stream().map(d -> day(d, quality.get(d.day()), revenue.get(d.day()))).toList();
		Long start = followersBefore(followers.days(), from);
		Long end = range.isEmpty() ? null : range.get(range.size() - 1).followers();
		Long cleanEnd = range.isEmpty() ? null : clean(quality.get(to));
		Long cleanStart = cleanBefore(quality.get(from), start);
		List<ReportModel.Flag> flags = new ArrayList<>(input.flags()
			.stream()
			.map(f -> new ReportModel.Flag(f.kind(), f.from(), f.to(), f.sentence()))
			.toList());
		ReportModel.Flag bounds = boundsFlag(followers, from, to, start, end, cleanStart, cleanEnd);
		if (bounds != null) {
			flags.add(0, bounds);
		}
		List<ReportModel.Impact> impacts = input.impacts().stream().map(AccountReports::impact).toList();
		List<ReportModel.Episode> episodes = input.flags()
			.stream()
			.filter(f -> AccountInput.FlagFound.BOUGHT_FOLLOWERS.equals(f.kind()))
			.map(f -> episode(f, input.pricePer1000Followers(), input.priceCurrency(),
					impacts.stream().filter(i -> f.from().equals(i.from())).findFirst().orElse(null)))
			.toList();
		AccountInput.Sample sample = input.sample();
		AccountInput.Conversion conversion = input.conversion();
		return new ReportModel.AccountReport(input.id(), input.platform(), input.handle(), input.name(),
				followers.totals(), start, end, difference(start, end), cleanStart, cleanEnd,
				difference(cleanStart, cleanEnd), sample == null ? null : sample.share(),
				sample == null ? null : sample.low(), sample == null ? null : sample.high(),
				sample == null ? null : sample.size(), input.qualityScore(), input.scoreComponents(),
				engagementRate(range), conversion.revenue(), conversion.currency(), conversion.orders(),
				conversion.conversionRate() == null ? null : conversion.conversionRate().doubleValue(),
				conversion.conversionFormula(), conversion.revenuePer1000Reported(), conversion.revenuePer1000Clean(),
				conversion.revenuePerEngagement(), conversion.verdict(), correlations(conversion.correlations()),
				conversion.fakeSpend(), flags, days,
				conversion.otherCurrencies()
					.stream()
					.sorted(Comparator.comparing(ReportModel.OtherCurrency::currency))
					.toList(),
				impacts, episodes);
	}

	private static ReportModel.Day day(AccountInput.HistoryDay d, AccountInput.QualityDay q,
			AccountInput.RevenueDay r) {
		return new ReportModel.Day(d.day(), d.followers(), clean(q), d.gained(), d.lost(), d.net(), d.posts(),
				d.engagements(), d.reach(), d.impressions(), d.linkClicks(), r == null ? BigDecimal.ZERO : r.revenue(),
				r == null ? 0 : r.orders(), q != null && q.flagged(), q == null ? null : q.suspectBought(),
				q == null ? null : q.suspectFake(), q == null ? null : q.suspectInactive());
	}

	private static ReportModel.Impact impact(AccountInput.ImpactFound i) {
		return new ReportModel.Impact(i.bought() ? "bought followers" : "follower spike", i.from(), i.to(),
				i.followers(), i.cost(), i.costCurrency(), i.currency(), i.observed(), i.expected(), i.low(), i.high(),
				i.lift(), i.liftLow(), i.liftHigh(), i.sentence(), i.basis());
	}

	/**
	 * A bought-follower episode from its flag, with its cost at the definition's price per 1,000
	 * followers (null without a price) and its revenue impact (null when there is none).
	 */
	static ReportModel.Episode episode(AccountInput.FlagFound flag, BigDecimal pricePer1000, String priceCurrency,
			ReportModel.Impact impact) {
		long bought = flag.bought() == null ? 0 : flag.bought();
		BigDecimal cost = pricePer1000 == null ? null
				: pricePer1000.multiply(BigDecimal.valueOf(bought)).movePointLeft(3);
		return new ReportModel.Episode(flag.from(), flag.to(), bought, flag.lostSince() == null ? 0 : flag.lostSince(),
				cost, priceCurrency, impact);
	}

	/** Every lag of each series, then the lags the verdict tests, with the p across lags it tests. */
	private static List<ReportModel.Correlation> correlations(List<AccountInput.Correlation> correlations) {
		List<ReportModel.Correlation> rows = new ArrayList<>();
		for (AccountInput.Correlation result : correlations) {
			for (AccountInput.Lag lag : result.lags()) {
				rows.add(correlation(result.driver(), lag, lag.pearsonP()));
			}
			for (AccountInput.Lag lag : result.adjusted()) {
				rows.add(correlation(result.driver() + ", adjusted (weekday, trend, AR(" + result.arOrder()
						+ ")); p across lags " + shuffles(result), lag, lag.pAcrossLags()));
			}
		}
		return rows;
	}

	/**
	 * How precise the p across lags is: from every shuffle, or from the few made before the test
	 * stopped early (Besag and Clifford), when p = reaches / shuffles is only a rough estimate.
	 */
	private static String shuffles(AccountInput.Correlation result) {
		if (result.shuffles() >= result.maxShuffles()) {
			return "(" + result.shuffles() + " shuffles)";
		}
		return "(rough: " + result.shuffles() + " shuffles, stopped once " + result.exceedances()
				+ " reached the strongest lag)";
	}

	private static ReportModel.Correlation correlation(String series, AccountInput.Lag lag, Double p) {
		return new ReportModel.Correlation(series, lag.lag(), lag.n(), lag.pearson(), p, lag.spearman(),
				lag.spearmanP());
	}

	/**
	 * Interactions per follower per day over the range: sum of engagements / sum of the day's
	 * follower totals, over the days where both are known.
	 */
	static Double engagementRate(List<AccountInput.HistoryDay> days) {
		long engagements = 0;
		long followerDays = 0;
		for (AccountInput.HistoryDay day : days) {
			if (day.engagements() != null && day.followers() != null && day.followers() > 0) {
				engagements += day.engagements();
				followerDays += day.followers();
			}
		}
		return followerDays == 0 ? null : (double) engagements / followerDays;
	}

	/**
	 * Followers at the start of the range: the total at the end of the day before it, so that
	 * growth counts every day of the range; without that day, the first day's total less its net change.
	 */
	static Long followersBefore(List<AccountInput.HistoryDay> days, LocalDate from) {
		for (AccountInput.HistoryDay day : days) {
			if (day.day().equals(from.minusDays(1))) {
				return day.followers();
			}
			if (day.day().equals(from)) {
				return day.followers() == null || day.net() == null ? null : day.followers() - day.net();
			}
		}
		return null;
	}

	/** Clean followers at the start of the range: the first day's suspect followers taken off the start total. */
	static Long cleanBefore(AccountInput.QualityDay first, Long start) {
		if (first == null || start == null || first.reported() == null || first.clean() == null
				|| first.reported() == 0) {
			return null;
		}
		long suspect = first.reported() - first.clean();
		return Math.max(0, start - suspect);
	}

	/**
	 * Where the daily changes are gross follows only (Meta exports no unfollows), the totals
	 * carried from a known one are bounds, and the growth over the range adds follows without
	 * subtracting unfollows: at most the true growth unless both ends are known. Says so with the
	 * figures, or null when every figure is exact.
	 */
	static ReportModel.Flag boundsFlag(AccountInput.Followers followers, LocalDate from, LocalDate to, Long start,
			Long end, Long cleanStart, Long cleanEnd) {
		if (!followers.grossFollowsOnly() || AccountInput.Followers.RELATIVE.equals(followers.totals())
				|| start == null || end == null) {
			return null;
		}
		AccountInput.Bound startBound = followers.startBound();
		AccountInput.Bound endBound = followers.endBound();
		if (startBound == AccountInput.Bound.EXACT && endBound == AccountInput.Bound.EXACT) {
			return null;
		}
		List<String> figures = new ArrayList<>();
		figures.add("followers at start " + bounded(startBound, start));
		figures.add("followers at end " + bounded(endBound, end));
		figures.add("growth (reported) " + bounded(AccountInput.Bound.AT_MOST, end - start));
		if (cleanStart != null && cleanEnd != null) {
			figures.add("clean followers at start " + bounded(startBound, cleanStart));
			figures.add("growth (clean) " + bounded(AccountInput.Bound.AT_MOST, cleanEnd - cleanStart));
		}
		List<LocalDate> pins = followers.pins();
		return new ReportModel.Flag(ReportModel.Flag.FOLLOWER_BOUNDS, from, to,
				"The export counts new follows but no unfollows, so totals carried from the known total"
						+ (pins.size() == 1 ? " of " : "s of ")
						+ String.join(", ", pins.stream().map(LocalDate::toString).toList())
						+ " (an exported total, a follower list or the definition's anchor) are bounds: "
						+ String.join(", ", figures) + ".");
	}

	private static String bounded(AccountInput.Bound bound, long value) {
		String figure = String.format(Locale.ROOT, "%,d", value);
		return switch (bound) {
			case EXACT -> figure;
			case AT_LEAST -> "at least " + figure;
			case AT_MOST -> "at most " + figure;
		};
	}

	private static Long clean(AccountInput.QualityDay day) {
		return day == null ? null : day.clean();
	}

	private static Long difference(Long start, Long end) {
		return start == null || end == null ? null : end - start;
	}
}
