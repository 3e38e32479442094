package com.truereach.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Everything the workbook shows, computed before a single cell is written: the writer only
 * lays it out. Nulls mean "not known" and are shown as empty cells with the reason nearby,
 * never as 0. Money is exact; shares are fractions (0.25 = 25%).
 */
public record ReportModel(Run run, List<AccountReport> accounts, Unattributed unattributed, List<InputFile> files,
		List<RejectLine> rejects, long rejectsTotal, List<GlossaryEntry> glossary, List<String> notes) {

	/** The run: what was asked, with which definition, and when. */
	public record Run(String jobName, String definitionPath, String definitionText, LocalDate from, LocalDate to,
			Map<String, String> parameters, String softwareVersion, Instant generatedAt, String currency) {
	}

	/**
	 * One account over the range. {@code totals} says whether follower totals are exported,
	 * carried from an anchor, or relative (only changes are meaningful). {@code revenue} is in
	 * {@code currency}; {@code otherCurrencies} is the revenue in other currencies, kept apart when
	 * the job gives no rates; {@code orders} counts every currency's orders. {@code impacts}: the
	 * revenue impact of each growth episode, in flag order.
	 */
	public record AccountReport(String id, String platform, String handle, String name, String totals,
			Long followersStart, Long followersEnd, Long growthRaw, Long cleanStart, Long cleanEnd, Long growthClean,
			Double fakeShare, Double fakeShareLow, Double fakeShareHigh, Integer sampleSize, Integer qualityScore,
			List<ScoreComponent> scoreComponents, Double engagementRate, BigDecimal revenue, String currency,
			long orders, Double conversionRate, String conversionFormula, BigDecimal revenuePer1000Reported,
			BigDecimal revenuePer1000Clean, BigDecimal revenuePerEngagement, String verdict,
			List<Correlation> correlations, BigDecimal fakeSpend, List<Flag> flags, List<Day> days,
			List<OtherCurrency> otherCurrencies, List<Impact> impacts, List<Episode> episodes) {

		public AccountReport {
			otherCurrencies = otherCurrencies == null ? List.of() : List.copyOf(otherCurrencies);
			impacts = impacts == null ? List.of() : List.copyOf(impacts);
			episodes = episodes == null ? List.of() : List.copyOf(episodes);
		}

		/** An account with its revenue impacts and without bought-follower episodes. */
		public AccountReport(String id, String platform, String handle, String name, String totals,
				Long followersStart, Long followersEnd, Long growthRaw, Long cleanStart, Long cleanEnd,
				Long growthClean, Double fakeShare, Double fakeShareLow, Double fakeShareHigh, Integer sampleSize,
				Integer qualityScore, List<ScoreComponent> scoreComponents, Double engagementRate, BigDecimal revenue,
				String currency, long orders, Double conversionRate, String conversionFormula,
				BigDecimal revenuePer1000Reported, BigDecimal revenuePer1000Clean, BigDecimal revenuePerEngagement,
				String verdict, List<Correlation> correlations, BigDecimal fakeSpend, List<Flag> flags,
				List<Day> days, List<OtherCurrency> otherCurrencies, List<Impact> impacts) {
			this(id, platform, handle, name, totals, followersStart, followersEnd, growthRaw, cleanStart, cleanEnd,
					growthClean, fakeShare, fakeShareLow, fakeShareHigh, sampleSize, qualityScore, scoreComponents,
					engagementRate, revenue, currency, orders, conversionRate, conversionFormula,
					revenuePer1000Reported, revenuePer1000Clean, revenuePerEngagement, verdict, correlations, fakeSpend,
					flags, days, otherCurrencies, impacts, List.of());
		}

		/** An account with all its revenue in {@code currency} and no growth episode. */
		public AccountReport(String id, String platform, String handle, String name, String totals,
				Long followersStart, Long followersEnd, Long growthRaw, Long cleanStart, Long cleanEnd,
				Long growthClean, Double fakeShare, Double fakeShareLow, Double fakeShareHigh, Integer sampleSize,
				Integer qualityScore, List<ScoreComponent> scoreComponents, Double engagementRate, BigDecimal revenue,
				String currency, long orders, Double conversionRate, String conversionFormula,
				BigDecimal revenuePer1000Reported, BigDecimal revenuePer1000Clean, BigDecimal revenuePerEngagement,
				String verdict, List<Correlation> correlations, BigDecimal fakeSpend, List<Flag> flags,
				List<Day> days) {
			this(id, platform, handle, name, totals, followersStart, followersEnd, growthRaw, cleanStart, cleanEnd,
					growthClean, fakeShare, fakeShareLow, fakeShareHigh, sampleSize, qualityScore, scoreComponents,
					engagementRate, revenue, currency, orders, conversionRate, conversionFormula,
					revenuePer1000Reported, revenuePer1000Clean, revenuePerEngagement, verdict, correlations, fakeSpend,
					flags, days, List.of(), List.of(), List.of());
		}
	}

	/**
	 * What the first sheets (Findings, Summary, Dashboard) need of an account: its report without
	 * its daily rows, correlations and score components, how many days it has, and the index among
	 * them of each bought-follower episode's first day (which the Findings sheet links to).
	 */
	public record Headline(AccountReport account, int days, Map<LocalDate, Integer> episodeDays) {

		public static Headline of(AccountReport full) {
			Map<LocalDate, Integer> episodeDays = new HashMap<>();
			for (Episode episode : full.episodes()) {
				int index = dayIndex(full.days(), episode.from());
				if (index >= 0) {
					episodeDays.put(episode.from(), index);
				}
			}
			AccountReport a = full;
			AccountReport headline = new AccountReport(a.id(), a.platform(), a.handle(), a.name(), a.totals(),
					a.followersStart(), a.followersEnd(), a.growthRaw(), a.cleanStart(), a.cleanEnd(), a.growthClean(),
					a.fakeShare(), a.fakeShareLow(), a.fakeShareHigh(), a.sampleSize(), a.qualityScore(), List.of(),
					a.engagementRate(), a.revenue(), a.currency(), a.orders(), a.conversionRate(), a.conversionFormula(),
					a.revenuePer1000Reported(), a.revenuePer1000Clean(), a.revenuePerEngagement(), a.verdict(),
					List.of(), a.fakeSpend(), a.flags(), List.of(), a.otherCurrencies(), a.impacts(), a.episodes());
			return new Headline(headline, full.days().size(), episodeDays);
		}

		/** The index of {@code day} among {@code days} (in date order), or -1 when they do not have it. */
		private static int dayIndex(List<Day> days, LocalDate day) {
			int low = 0;
			int high = days.size() - 1;
			while (low <= high) {
				int mid = (low + high) >>> 1;
				int order = days.get(mid).day().compareTo(day);
				if (order == 0) {
					return mid;
				}
				if (order < 0) {
					low = mid + 1;
				}
				else {
					high = mid - 1;
				}
			}
			return -1;
		}
	}

	/** Net revenue and orders of an account in a currency other than its own, never added to it. */
	public record OtherCurrency(String currency, BigDecimal revenue, long orders) {
	}

	/**
	 * The revenue of the 28 days from a growth episode against what was expected without it:
	 * {@code low .. high} is the 95% prediction interval of the expected sum, {@code liftLow ..
	 * liftHigh} that of observed - expected, all in {@code currency}; null numbers with the reason in
	 * {@code sentence} when the range cannot tell. {@code cost} is in {@code costCurrency};
	 * {@code basis} says what the expectation was fitted on (null without an estimate).
	 */
	public record Impact(String kind, LocalDate from, LocalDate to, Long followers, BigDecimal cost,
			String costCurrency, String currency, Double observed, Double expected, Double low, Double high,
			Double lift, Double liftLow, Double liftHigh, String sentence, String basis) {
	}

	/**
	 * A bought-follower episode: its days, how many followers were bought and how many of them
	 * have left since, what they cost at the definition's {@code pricePer1000Followers} (null
	 * without a price) in {@code costCurrency}, and what happened to revenue after it (null when
	 * not estimated).
	 */
	public record Episode(LocalDate from, LocalDate to, long bought, long lostSince, BigDecimal cost,
			String costCurrency, Impact impact) {
	}

	public record ScoreComponent(String name, double value, double weight, String explanation) {
	}

	/** One lag of one correlation: {@code series} against daily revenue {@code lag} days later. */
	public record Correlation(String series, int lag, int n, Double pearson, Double pearsonP, Double spearman,
			Double spearmanP) {
	}

	/** A finding with its dates and the one sentence an analyst reads. */
	public record Flag(String kind, LocalDate from, LocalDate to, String sentence) {

		/** The flag of an account whose totals, carried from gross follows, are bounds: its growth is at most the figure. */
		public static final String FOLLOWER_BOUNDS = "FOLLOWER_BOUNDS";
	}

	/**
	 * One row of an account's daily sheet: clean = reported - suspect bought - suspect fake -
	 * suspect inactive (null where the cleanliness step could not say).
	 */
	public static final class Day {

		/** Marks an unknown count in {@link #counts}; no count reaches it. */
		private static final long UNKNOWN = Long.MIN_VALUE;

		private final LocalDate day;

		/**
		 * The counts as primitives: a report of 2,000 accounts holds 730,000 days, and boxed,
		 * their counts were 150 MB of the 512 MB heap the workbook is written in.
		 */
		private final long[] counts;

		private final BigDecimal revenue;

		private final long orders;

		private final boolean flagged;

		private Day(Stored stored) {
			this.day = stored.day();
			this.counts = stored.counts().clone();
			this.revenue = stored.revenue();
			this.orders = stored.orders();
			this.flagged = stored.flagged();
		}

		/** A day as kept between the steps of a run: its values in one JSON array, the counts in one inside it. */
		@JsonFormat(shape = JsonFormat.Shape.ARRAY)
		record Stored(LocalDate day, long[] counts, BigDecimal revenue, long orders, boolean flagged) {
		}

		@JsonValue
		Stored stored() {
			return new Stored(this.day, this.counts, this.revenue, this.orders, this.flagged);
		}

		@JsonCreator
		static Day of(Stored stored) {
			return new Day(stored);
		}

		public Day(LocalDate day, Long reported, Long clean, Long gained, Long lost, Long net, Long posts,
				Long engagements, Long reach, Long impressions, Long linkClicks, BigDecimal revenue, long orders,
				boolean flagged, Long suspectBought, Long suspectFake, Long suspectInactive) {
			this.day = day;
			this.counts = new long[] { known(reported), known(clean), known(gained), known(lost), known(net),
					known(posts), known(engagements), known(reach), known(impressions), known(linkClicks),
					known(suspectBought), known(suspectFake), known(suspectInactive) };
			this.revenue = revenue;
			this.orders = orders;
			this.flagged = flagged;
		}

		private static long known(Long value) {
			return value == null ? UNKNOWN : value;
		}

		private Long count(int i) {
			return counts[i] == UNKNOWN ? null : counts[i];
		}

		public LocalDate day() {
			return day;
		}

		public Long reported() {
			return count(0);
		}

		public Long clean() {
			return count(1);
		}

		public Long gained() {
			return count(2);
		}

		public Long lost() {
			return count(3);
		}

		public Long net() {
			return count(4);
		}

		public Long posts() {
			return count(5);
		}

		public Long engagements() {
			return count(6);
		}

		public Long reach() {
			return count(7);
		}

		public Long impressions() {
			return count(8);
		}

		public Long linkClicks() {
			return count(9);
		}

		public BigDecimal revenue() {
			return revenue;
		}

		public long orders() {
			return orders;
		}

		public boolean flagged() {
			return flagged;
		}

		public Long suspectBought() {
			return count(10);
		}

		public Long suspectFake() {
			return count(11);
		}

		public Long suspectInactive() {
			return count(12);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Day d && day.equals(d.day) && Arrays.equals(counts, d.counts)
					&& Objects.equals(revenue, d.revenue) && orders == d.orders && flagged == d.flagged;
		}

		@Override
		public int hashCode() {
			return Objects.hash(day, Arrays.hashCode(counts), revenue, orders, flagged);
		}

		@Override
		public String toString() {
			return "Day[" + day + ", counts=" + Arrays.toString(counts) + ", revenue=" + revenue + ", orders="
					+ orders + ", flagged=" + flagged + "]";
		}
	}

	/** Revenue that no rule could give to an account, with where it came from. */
	public record Unattributed(Map<String, BigDecimal> totalByCurrency, long orders, List<SourceLine> topSources) {
	}

	public record SourceLine(String source, String medium, String campaign, String reason, String currency,
			BigDecimal revenue, long orders) {
	}

	/** One input file and what the run made of it. */
	/** {@code skipped}: well-formed rows that are not what TrueReach reads; read = accepted + rejected + skipped. */
	public record InputFile(String path, String owner, String format, String platform, LocalDate first,
			LocalDate last, String status, String message, long read, long accepted, long rejected, long summaryRows,
			long replaced, long skipped) {

		/** A file with no skipped rows. */
		public InputFile(String path, String owner, String format, String platform, LocalDate first, LocalDate last,
				String status, String message, long read, long accepted, long rejected, long summaryRows,
				long replaced) {
			this(path, owner, format, platform, first, last, status, message, read, accepted, rejected, summaryRows,
					replaced, 0);
		}
	}

	public record RejectLine(String file, long line, String column, String value, String reason) {
	}

	/**
	 * A term, its formula as implemented, and where the method or number comes from; {@code topic}
	 * groups the terms (the section of the formula document they come from).
	 */
	public record GlossaryEntry(String topic, String term, String formula, String source) {
	}
}
