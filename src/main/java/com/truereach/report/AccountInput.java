package com.truereach.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the steps of a run found about one account, in the report's own terms: the job copies the
 * analyses' results into these records field by field, and {@link AccountReports} works out the
 * account's figures from them. Nulls mean "not known", as in the report model.
 *
 * @param followers the follower history from the day before the range to its end
 * @param quality the cleanliness of each day of the range
 * @param flags what the cleanliness step flagged
 * @param sample the fake share of a follower sample, or null without one
 * @param conversion revenue and its relation to growth
 * @param impacts the revenue impact of each growth episode, in flag order
 */
public record AccountInput(String id, String platform, String handle, String name, BigDecimal pricePer1000Followers,
		String priceCurrency, Followers followers, List<QualityDay> quality, Integer qualityScore,
		List<ReportModel.ScoreComponent> scoreComponents, List<FlagFound> flags, Sample sample, Conversion conversion,
		List<ImpactFound> impacts) {

	/** How a day's total relates to the true total where the export has gross follows only. */
	public enum Bound {
		EXACT, AT_LEAST, AT_MOST
	}

	/**
	 * The follower history: {@code totals} says how totals were obtained (EXPORTED, ANCHORED or
	 * RELATIVE); with {@code grossFollowsOnly} the totals carried from the {@code pins} (the days of
	 * a known total) are bounds, {@code startBound} that of the day before the range and {@code endBound}
	 * that of its last day.
	 */
	public record Followers(String totals, boolean grossFollowsOnly, List<LocalDate> pins, Bound startBound,
			Bound endBound, List<HistoryDay> days) {

		public static final String RELATIVE = "RELATIVE";
	}

	public record HistoryDay(LocalDate day, Long followers, Long gained, Long lost, Long net, Long posts,
			Long engagements, Long reach, Long impressions, Long linkClicks) {
	}

	/** A day's reported followers and the suspect ones the cleanliness step took off them. */
	public record QualityDay(LocalDate day, Long reported, Long clean, boolean flagged, long suspectBought,
			long suspectFake, long suspectInactive) {
	}

	/**
	 * A flag with its sentence; for bought followers, how many were bought and how many of them have
	 * left since (null for other flags).
	 */
	public record FlagFound(String kind, LocalDate from, LocalDate to, String sentence, Long bought, Long lostSince) {

		public static final String BOUGHT_FOLLOWERS = "BOUGHT_FOLLOWERS";
	}

	public record Sample(double share, double low, double high, int size) {
	}

	/** One lag of a correlation with revenue; {@code pAcrossLags} for the lags of the verdict's own test. */
	public record Lag(int lag, int n, Double pearson, Double pearsonP, Double spearman, Double spearmanP,
			Double pAcrossLags) {
	}

	/**
	 * A series' lagged correlation with revenue: every lag as measured, and the lags the verdict
	 * tests after adjusting for weekday, trend and an AR({@code arOrder}) process, with p across lags
	 * from {@code shuffles} permutations (fewer than {@code maxShuffles} when they stopped early).
	 */
	public record Correlation(String driver, List<Lag> lags, List<Lag> adjusted, int arOrder, int shuffles,
			int maxShuffles, int exceedances) {
	}

	public record RevenueDay(LocalDate day, BigDecimal revenue, long orders) {
	}

	/** What the conversion step found for the account; {@code otherCurrencies} with their orders. */
	public record Conversion(BigDecimal revenue, String currency, long orders, BigDecimal conversionRate,
			String conversionFormula, BigDecimal revenuePer1000Reported, BigDecimal revenuePer1000Clean,
			BigDecimal revenuePerEngagement, String verdict, List<Correlation> correlations, BigDecimal fakeSpend,
			List<ReportModel.OtherCurrency> otherCurrencies, List<RevenueDay> daily) {
	}

	/** The revenue impact of a growth episode: bought followers, or else an organic spike. */
	public record ImpactFound(boolean bought, LocalDate from, LocalDate to, Long followers, BigDecimal cost,
			String costCurrency, String currency, Double observed, Double expected, Double low, Double high,
			Double lift, Double liftLow, Double liftHigh, String sentence, String basis) {
	}
}
