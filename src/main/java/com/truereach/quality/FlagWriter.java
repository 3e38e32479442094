package com.truereach.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns findings into {@link Flag}s with their evidence and one plain sentence. */
final class FlagWriter {

	static final String BOUGHT_RULE = "net gain robust z >= 5 (or >= 5,000 a day while the usual gain is under 1,500) "
			+ "against the trailing 28 days, excess >= 50, and no activity metric at >= 2x its trailing median that day or the day before";

	static final String ORGANIC_RULE = "net gain robust z >= 5 (or >= 5,000 a day while the usual gain is under 1,500) "
			+ "against the trailing 28 days, excess >= 50, with an activity metric at >= 2x its trailing median that day or the day before";

	static final String PURGE_RULE = "same-day drop (robust z <= -3) in >= 3 accounts and >= 50% of the platform's accounts, "
			+ "or any drop on an announced purge date";

	static final String DECOUPLING_RULE = "engagement / followers over 14 days after the jump <= 0.9x the 14 days before, "
			+ "daily engagements <= 1.25x";

	static final String INACTIVE_RULE = "inactive share = min(0.9, max(0, 1 - clean interactions per post per follower / "
			+ "platform baseline)) >= 0.5";

	static final String RELATIVE_RULE = "follower totals anchored at 0 by the caller (followersRelative)";

	private FlagWriter() {
	}

	static Flag bought(BoughtEpisode episode) {
		Map<String, Number> evidence = new LinkedHashMap<>();
		evidence.put("gain", episode.gain());
		evidence.put("bought", episode.bought());
		evidence.put("lostSince", episode.lostSince());
		evidence.put("usualGain", episode.usualGain());
		evidence.put("robustZ", episode.robustZ());
		if (episode.stepShape() != null) {
			evidence.put("stepShape", episode.stepShape() ? 1 : 0);
		}
		evidence.put("roundTo", episode.roundTo());
		episode.activityRatios().forEach((metric, ratio) -> evidence.put(metric + "Ratio", ratio));

		long days = episode.to().toEpochDay() - episode.from().toEpochDay() + 1;
		StringBuilder sentence = new StringBuilder(when(episode.from(), episode.to()))
			.append(" followers jumped by ")
			.append(Format.signed(episode.gain()))
			.append(", about ")
			.append(Format.count(episode.bought()))
			.append(" above the usual ")
			.append(Format.signed(episode.usualGain()))
			.append(" a day (robust z = ")
			.append(Format.z(episode.robustZ()));
		if (episode.usualGain() > 0) {
			sentence.append(", ").append(Format.count(episode.gain() / (episode.usualGain() * days))).append("x the usual gain");
		}
		if (Boolean.TRUE.equals(episode.stepShape())) {
			sentence.append(", a step");
		}
		if (episode.roundTo() > 0) {
			sentence.append(", close to a multiple of ").append(Format.count(episode.roundTo()));
		}
		sentence.append("), while ").append(quiet(new ArrayList<>(episode.activityRatios().keySet())));
		Attrition attrition = episode.attrition();
		if (attrition == null || attrition.evidence() == Attrition.Evidence.LOSSES) {
			sentence.append((episode.lostSince() > 0) ? "; about " + Format.count(episode.lostSince()) + " of them have left since."
					: "; none of them have measurably left since.");
		}
		else {
			evidence.put("remaining", attrition.remaining());
			evidence.put("remainingLow", attrition.low());
			evidence.put("remainingHigh", attrition.high());
			sentence.append(leaving(episode, attrition));
		}
		return new Flag(FlagKind.BOUGHT_FOLLOWERS, episode.from(), episode.to(), BOUGHT_RULE, evidence, sentence.toString());
	}

	/**
	 * "On 2026-09-15 followers jumped by +1,056, about 1,030 above the usual +26 a day (robust z =
	 * 40), with reach 36x and profile visits 19x their usual level that day or the day before: growth
	 * the account earned, not bought."
	 */
	static Flag organic(OrganicSpike spike) {
		Map<String, Number> evidence = new LinkedHashMap<>();
		evidence.put("gain", spike.gain());
		evidence.put("excess", spike.excess());
		evidence.put("usualGain", spike.usualGain());
		evidence.put("robustZ", spike.robustZ());
		spike.activityRatios().forEach((metric, ratio) -> evidence.put(metric + "Ratio", ratio));
		List<String> rose = new ArrayList<>();
		spike.activityRatios().forEach((metric, ratio) -> {
			if (ratio >= BoughtFollowerDetector.ACTIVITY_RISE) {
				rose.add(metric + " " + Format.ratio(ratio));
			}
		});
		String last = rose.remove(rose.size() - 1);
		String metrics = rose.isEmpty() ? last + " its" : String.join(", ", rose) + " and " + last + " their";
		String sentence = when(spike.from(), spike.to()) + " followers jumped by " + Format.signed(spike.gain())
				+ ", about " + Format.count(spike.excess()) + " above the usual " + Format.signed(spike.usualGain())
				+ " a day (robust z = " + Format.z(spike.robustZ()) + "), with " + metrics
				+ " usual level that day or the day before: growth the account earned, not bought.";
		return new Flag(FlagKind.ORGANIC_SPIKE, spike.from(), spike.to(), ORGANIC_RULE, evidence, sentence);
	}

	/** Who has left, as the follower list counts it or as the attrition model puts it, with its interval. */
	private static String leaving(BoughtEpisode episode, Attrition attrition) {
		String model = "the attrition model puts about " + Format.count(episode.lostSince()) + " of them gone by "
				+ attrition.asOf() + " (" + Format.count(attrition.remaining()) + " still there, between "
				+ Format.count(attrition.low()) + " and " + Format.count(attrition.high()) + ")";
		if (attrition.evidence() == Attrition.Evidence.MODEL) {
			return "; no follower list or unfollows show them leaving: " + model + ".";
		}
		String list = "; the follower list " + FollowerListFinding.name(attrition.list()) + " of " + attrition.listDay() + " still names "
				+ Format.count(attrition.listMembers()) + " who followed then";
		if (attrition.asOf().equals(attrition.listDay())) {
			return list + ", so about " + Format.count(episode.lostSince()) + " of them have left since.";
		}
		return list + " (" + Format.count(attrition.listLeft()) + " of the new follows of those days had left by "
				+ attrition.listDay() + "); " + model + ".";
	}

	private static String quiet(List<String> metrics) {
		if (metrics.isEmpty()) {
			return "no posts, reach, impressions or profile visits were exported to explain it";
		}
		if (metrics.size() == 1) {
			return metrics.get(0) + " stayed at its usual level";
		}
		String last = metrics.remove(metrics.size() - 1);
		return String.join(", ", metrics) + " and " + last + " stayed at their usual level";
	}

	/**
	 * @param drop followers lost on the purge days (positive)
	 * @param share that loss as a share of the total before, or null
	 */
	static Flag purge(List<PurgeDay> days, long drop, Double share) {
		PurgeDay first = days.get(0);
		LocalDate to = days.get(days.size() - 1).day();
		int accounts = days.stream().mapToInt(PurgeDay::accountsAffected).max().orElse(0);
		boolean known = days.stream().anyMatch(PurgeDay::known);
		List<Double> medians = days.stream().map(PurgeDay::medianDropShare).filter(m -> m != null).toList();
		Map<String, Number> evidence = new LinkedHashMap<>();
		evidence.put("drop", drop);
		if (share != null) {
			evidence.put("dropShare", share);
		}
		evidence.put("accountsAffected", accounts);
		if (!medians.isEmpty()) {
			evidence.put("medianDropShare", RobustBaseline.median(medians));
		}
		evidence.put("known", known ? 1 : 0);
		String sentence = when(first.day(), to) + " followers fell by " + Format.count(drop)
				+ ((share != null) ? " (" + Format.percent(share) + ")" : "") + " in a platform-wide "
				+ first.platform().label() + " purge (" + accounts + " analysed " + first.platform().label()
				+ ((accounts == 1) ? " account" : " accounts") + " dropped the same day"
				+ (medians.isEmpty() ? "" : ", median drop " + Format.percent(RobustBaseline.median(medians)))
				+ (known ? ", an announced clean-up date" : "")
				+ "); this is the platform's clean-up, not the account's doing, and is not counted as a loss of bought followers.";
		return new Flag(FlagKind.PLATFORM_PURGE, first.day(), to, PURGE_RULE, evidence, sentence);
	}

	static Flag decoupling(BoughtEpisode episode, EngagementDecoupling decoupling) {
		Map<String, Number> evidence = new LinkedHashMap<>();
		evidence.put("rateBefore", decoupling.rateBefore());
		evidence.put("rateAfter", decoupling.rateAfter());
		evidence.put("rateRatio", decoupling.rateRatio());
		evidence.put("engagementsBefore", decoupling.engagementsBefore());
		evidence.put("engagementsAfter", decoupling.engagementsAfter());
		String sentence = "After the follower jump of " + episode.from() + ", daily engagement per follower fell from "
				+ Format.percent(decoupling.rateBefore()) + " to " + Format.percent(decoupling.rateAfter()) + " ("
				+ Format.ratio(decoupling.rateRatio()) + ") while daily interactions stayed at about "
				+ Format.count(decoupling.engagementsAfter()) + " (" + Format.count(decoupling.engagementsBefore())
				+ " before), so the new followers do not interact.";
		LocalDate to = episode.to().plusDays(EngagementDecoupling.WINDOW_DAYS);
		return new Flag(FlagKind.ENGAGEMENT_DECOUPLING, episode.from(), to, DECOUPLING_RULE, evidence, sentence);
	}

	static Flag inactive(AudienceActivity activity, LocalDate from, LocalDate to, long inactiveOnLastDay) {
		PlatformBaseline baseline = activity.baseline();
		Map<String, Number> evidence = new LinkedHashMap<>();
		evidence.put("perPostRate", activity.perPostRate());
		evidence.put("cleanPerPostRate", activity.cleanPerPostRate());
		evidence.put("baselineRate", baseline.rate());
		evidence.put("inactiveShare", activity.inactiveShare());
		evidence.put("inactiveOnLastDay", inactiveOnLastDay);
		if (activity.engagementTrend() != null) {
			evidence.put("engagementTrend", activity.engagementTrend());
		}
		if (activity.reachPerFollowerTrend() != null) {
			evidence.put("reachPerFollowerTrend", activity.reachPerFollowerTrend());
		}
		String sentence = "From " + from + " to " + to + " interactions per post were "
				+ Format.percent(activity.cleanPerPostRate()) + " of the followers not already counted as bought or fake, against the "
				+ baseline.platform().label() + " median of " + Format.percent(baseline.rate()) + " (" + baseline.source()
				+ "), so about " + Format.percent(activity.inactiveShare()) + " of them (" + Format.count(inactiveOnLastDay)
				+ " on " + to + ") look inactive.";
		return new Flag(FlagKind.INACTIVE_AUDIENCE, from, to, INACTIVE_RULE, evidence, sentence);
	}

	static final String SAMPLE_RULE = "a follower sample describes the day it was taken; a range ending before that day "
			+ "takes no fake share from it";

	static Flag sampleAfterRange(SampleEstimate sample, LocalDate sampleDay, LocalDate from, LocalDate to) {
		Map<String, Number> evidence = new LinkedHashMap<>();
		evidence.put("sampleSize", sample.sampleSize());
		evidence.put("fakes", sample.fakes());
		evidence.put("share", sample.share());
		return new Flag(FlagKind.SAMPLE_AFTER_RANGE, from, to, SAMPLE_RULE, evidence,
				"The follower sample (" + sample.fakes() + " of " + sample.sampleSize() + " fake, "
						+ Format.percent(sample.share()) + ") was taken on " + sampleDay + ", after this range ends on " + to
						+ "; it describes the followers of that day, so no fake share is taken from it here.");
	}

	static Flag relative(LocalDate from, LocalDate to) {
		return new Flag(FlagKind.RELATIVE_TOTALS, from, to, RELATIVE_RULE, Map.of(),
				"Only daily follower changes are known for this account (totals anchored at 0), so reported and clean totals "
						+ "and rates per follower are not computed and only gain and loss episodes are assessed.");
	}

	private static String when(LocalDate from, LocalDate to) {
		return from.equals(to) ? "On " + from : "From " + from + " to " + to;
	}
}
