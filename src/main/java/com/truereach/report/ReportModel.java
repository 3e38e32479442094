package com.truereach.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
	 * carried from an anchor, or relative (only changes are meaningful).
	 */
	public record AccountReport(String id, String platform, String handle, String name, String totals,
			Long followersStart, Long followersEnd, Long growthRaw, Long cleanStart, Long cleanEnd, Long growthClean,
			Double fakeShare, Double fakeShareLow, Double fakeShareHigh, Integer sampleSize, Integer qualityScore,
			List<ScoreComponent> scoreComponents, Double engagementRate, BigDecimal revenue, String currency,
			long orders, Double conversionRate, String conversionFormula, BigDecimal revenuePer1000Reported,
			BigDecimal revenuePer1000Clean, BigDecimal revenuePerEngagement, String verdict,
			List<Correlation> correlations, BigDecimal fakeSpend, List<Flag> flags, List<Day> days) {
	}

	public record ScoreComponent(String name, double value, double weight, String explanation) {
	}

	/** One lag of one correlation: {@code series} against daily revenue {@code lag} days later. */
	public record Correlation(String series, int lag, int n, Double pearson, Double pearsonP, Double spearman,
			Double spearmanP) {
	}

	/** A finding with its dates and the one sentence an analyst reads. */
	public record Flag(String kind, LocalDate from, LocalDate to, String sentence) {
	}

	/**
	 * One row of an account's daily sheet: clean = reported - suspect bought - suspect fake -
	 * suspect inactive (null where the cleanliness step could not say).
	 */
	public record Day(LocalDate day, Long reported, Long clean, Long gained, Long lost, Long net, Long posts,
			Long engagements, Long reach, Long impressions, Long linkClicks, BigDecimal revenue, long orders,
			boolean flagged, Long suspectBought, Long suspectFake, Long suspectInactive) {
	}

	/** Revenue that no rule could give to an account, with where it came from. */
	public record Unattributed(Map<String, BigDecimal> totalByCurrency, long orders, List<SourceLine> topSources) {
	}

	public record SourceLine(String source, String medium, String campaign, String reason, String currency,
			BigDecimal revenue, long orders) {
	}

	/** One input file and what the run made of it. */
	public record InputFile(String path, String owner, String format, String platform, LocalDate first,
			LocalDate last, String status, String message, long read, long accepted, long rejected, long summaryRows,
			long replaced) {
	}

	public record RejectLine(String file, long line, String column, String value, String reason) {
	}

	/** A term, its formula as implemented, and where the method or number comes from. */
	public record GlossaryEntry(String term, String formula, String source) {
	}
}
