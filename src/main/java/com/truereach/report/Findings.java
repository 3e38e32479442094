package com.truereach.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The headline of each account in plain sentences, ranked by what needs attention: accounts with
 * bought followers first (the largest purchase first), then accounts whose fake share or audience
 * needs a look, then the rest by revenue per 1,000 real followers, highest first. Every sentence is
 * made from the report model's fields, so a field the model gains slots in here.
 */
final class Findings {

	/**
	 * A fake share whose whole 95% interval lies above this needs attention: up to 10% is "fine" in
	 * Socialbakers' bands (formulas/quality.md, Score).
	 */
	static final double FAKE_SHARE_FINE = 0.10;

	/** Flags that mean the audience itself needs a look, besides bought followers. */
	private static final Set<String> AUDIENCE_FLAGS = Set.of("ENGAGEMENT_DECOUPLING", "INACTIVE_AUDIENCE");

	/** One account's headline and why it ranks where it does. */
	record Finding(AccountPlan plan, boolean attention, String headline, String figures, String verdict,
			long bought, int tier) {

		ReportModel.AccountReport account() {
			return this.plan.account();
		}

		/** The largest episode of bought followers, or null. */
		ReportModel.Episode largestEpisode() {
			return this.plan.account()
				.episodes()
				.stream()
				.max(Comparator.comparingLong(ReportModel.Episode::bought))
				.orElse(null);
		}

	}

	static final Comparator<Finding> RANKING = Comparator.comparingInt(Finding::tier)
		.thenComparing(Comparator.comparingLong(Finding::bought).reversed())
		.thenComparing(f -> f.tier() == 1 ? f.account().fakeShare() : null,
				Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(f -> f.account().revenuePer1000Clean(), Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(f -> AccountPlan.label(f.account()), Comparator.nullsLast(Comparator.naturalOrder()));

	private Findings() {
	}

	/** The findings of every account, most urgent first. */
	static List<Finding> ranked(List<AccountPlan> plans) {
		List<Finding> findings = new ArrayList<>();
		for (AccountPlan plan : plans) {
			findings.add(of(plan));
		}
		findings.sort(RANKING);
		return findings;
	}

	/** Whether the account's finding needs attention: bought followers, too many fakes, or its audience. */
	static boolean needsAttention(ReportModel.AccountReport a) {
		return !a.episodes().isEmpty() || fakes(a) || !audience(a).isEmpty();
	}

	private static boolean fakes(ReportModel.AccountReport a) {
		return a.fakeShareLow() != null && a.fakeShareLow() > FAKE_SHARE_FINE;
	}

	private static List<ReportModel.Flag> audience(ReportModel.AccountReport a) {
		return a.flags().stream().filter(f -> AUDIENCE_FLAGS.contains(f.kind())).toList();
	}

	static Finding of(AccountPlan plan) {
		ReportModel.AccountReport a = plan.account();
		boolean fakes = fakes(a);
		List<ReportModel.Flag> audience = audience(a);
		boolean attention = needsAttention(a);
		List<String> headline = new ArrayList<>();
		for (ReportModel.Episode episode : a.episodes()) {
			headline.add(episode(episode, a.currency()));
		}
		if (fakes) {
			headline.add("The fake share of a follower sample is above the 10% considered normal.");
		}
		for (ReportModel.Flag flag : audience) {
			headline.add(Words.flagKind(flag.kind()) + (flag.from() == null ? "" : " (from " + flag.from() + ")")
					+ ": see the evidence.");
		}
		if (headline.isEmpty()) {
			headline.add("Nothing needs attention: no bought followers found"
					+ (a.fakeShare() == null ? "." : ", and the fake share is within the normal range."));
		}
		long bought = a.episodes().stream().mapToLong(ReportModel.Episode::bought).sum();
		// 0: bought followers, 1: another reason for attention, 2: nothing to act on
		int tier = bought > 0 ? 0 : attention ? 1 : 2;
		return new Finding(plan, attention, String.join(" ", headline), figures(a), verdict(a.verdict()), bought, tier);
	}

	/** "About 5,001 followers bought on 2026-10-10, costing about 75.02 USD; 1,250 of them have left since." */
	static String episode(ReportModel.Episode e, String currency) {
		StringBuilder s = new StringBuilder("About ").append(count(e.bought())).append(" followers bought ")
			.append(e.to() == null || e.to().equals(e.from()) ? "on " + e.from() : "from " + e.from() + " to " + e.to());
		if (e.cost() != null) {
			s.append(", costing about ").append(money(e.cost(), e.costCurrency() == null ? currency : e.costCurrency()));
		}
		s.append(e.lostSince() > 0 ? "; " + count(e.lostSince()) + " of them have left since." : ".");
		String impact = impact(e.impact());
		if (impact != null) {
			s.append(' ').append(impact);
		}
		return s.toString();
	}

	/**
	 * "Revenue in the 28 days after: 948 USD against 1,382 USD expected (95% interval 501 to 2,263),
	 * no measurable lift." from the impact's figures; its own sentence where it has none.
	 */
	static String impact(ReportModel.Impact impact) {
		if (impact == null) {
			return null;
		}
		if (impact.observed() == null || impact.expected() == null || impact.low() == null || impact.high() == null) {
			String sentence = impact.sentence() == null ? "" : impact.sentence().strip();
			return sentence.isEmpty() ? null : sentence.endsWith(".") ? sentence : sentence + ".";
		}
		String currency = impact.currency();
		String lift = impact.liftLow() != null && impact.liftLow() > 0 ? "a measurable lift"
				: impact.liftHigh() != null && impact.liftHigh() < 0 ? "a measurable drop" : "no measurable lift";
		return "Revenue in the 28 days after: " + money(BigDecimal.valueOf(impact.observed()), currency) + " against "
				+ money(BigDecimal.valueOf(impact.expected()), currency) + " expected (95% interval "
				+ money(BigDecimal.valueOf(impact.low()), null) + " to " + money(BigDecimal.valueOf(impact.high()), null)
				+ "), " + lift + ".";
	}

	/** Fake share with its interval, real against reported followers, revenue per 1,000 real followers. */
	static String figures(ReportModel.AccountReport a) {
		List<String> parts = new ArrayList<>();
		if (a.fakeShare() != null) {
			String interval = a.fakeShareLow() == null || a.fakeShareHigh() == null ? ""
					: " (95% interval " + percent(a.fakeShareLow()) + " to " + percent(a.fakeShareHigh())
							+ (a.sampleSize() == null ? "" : ", sample of " + count(a.sampleSize()) + " followers") + ")";
			parts.add("Fake share " + percent(a.fakeShare()) + interval);
		}
		else {
			parts.add("Fake share not known (no follower sample)");
		}
		if (a.cleanEnd() != null && a.followersEnd() != null) {
			parts.add(count(a.cleanEnd()) + " real of " + count(a.followersEnd()) + " reported followers");
		}
		if (a.revenue() != null) {
			parts.add("revenue " + money(a.revenue(), a.currency()) + (a.revenuePer1000Clean() == null ? ""
					: ", " + money(a.revenuePer1000Clean(), a.currency()) + " per 1,000 real followers"));
		}
		else {
			parts.add("no attributed revenue");
		}
		return String.join("; ", parts) + ".";
	}

	/** The model's verdict as a sentence: capital first letter, full stop at the end. */
	static String verdict(String verdict) {
		if (verdict == null || verdict.isBlank()) {
			return "Not known: no verdict on follower growth and revenue.";
		}
		String v = verdict.strip();
		v = Character.toUpperCase(v.charAt(0)) + v.substring(1);
		return v.endsWith(".") ? v : v + ".";
	}

	static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
	}

	/** An amount with its currency's usual decimals, as the workbook's money cells show it. */
	static String money(BigDecimal amount, String currency) {
		int digits = Cells.fractionDigits(currency);
		String number = String.format(Locale.ROOT, "%,." + digits + "f", amount.setScale(digits, RoundingMode.HALF_UP));
		return currency == null ? number : number + " " + currency;
	}
}
