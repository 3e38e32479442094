package com.truereach.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Follower cleanliness of every account for every day of the report, from the daily series
 * (docs/methods.md, "Signals from daily aggregates" and "Engagement baselines"). Platform purges are
 * found across all accounts first, then each account's bought-follower episodes, engagement
 * decoupling and inactive audience; see {@link #METHOD} for how the day counts combine.
 */
public final class CleanlinessAnalysis {

	/** An inactive share at or above this raises an INACTIVE_AUDIENCE flag. */
	public static final double INACTIVE_FLAG_SHARE = 0.5;

	public static final String METHOD = "suspectBought = followers bought in detected episodes (gain above the usual daily "
			+ "gain) minus those that left since: counted on a later follower list, summed from the excess unfollows, or, "
			+ "where the export has gross follows only, the attrition model bought * (1 - a * (1 - exp(-days / 14))); "
			+ "the follower sample is a snapshot of its day S (a range ending before S takes no fake share from it), so its "
			+ "fakes beyond the bought followers still present then, other = max(0, share * reported[S] - bought[S]), are a share "
			+ "other / (reported[S] - bought[S]) of the followers not bought, and suspectFake = round(that share * "
			+ "(reported - suspectBought)) on every day: the sample's fakes and the bought followers are not counted twice; "
			+ "suspectInactive = round(inactive share * max(0, reported - suspectBought - suspectFake)), the inactive share "
			+ "measured on those clean followers against the platform's per-post engagement baseline; "
			+ "clean = max(0, reported - suspectBought - suspectFake - suspectInactive). Platform purge drops are the "
			+ "platform's clean-up: not blamed on the account and not counted as loss of bought followers.";

	private CleanlinessAnalysis() {
	}

	/** @param samples follower-sample estimates by account id, each a snapshot of its series' last day; may be empty */
	public static Map<String, AccountQuality> analyse(Collection<AccountSeries> accounts, LocalDate reportFrom,
			LocalDate reportTo, Map<String, SampleEstimate> samples) {
		Map<String, FollowerEvidence> evidence = new LinkedHashMap<>();
		samples.forEach((id, sample) -> evidence.put(id, new FollowerEvidence(sample, null, null, null)));
		return analyseWith(accounts, reportFrom, reportTo, evidence);
	}

	/** @param evidence follower samples and lists by account id; may be empty */
	public static Map<String, AccountQuality> analyseWith(Collection<AccountSeries> accounts, LocalDate reportFrom,
			LocalDate reportTo, Map<String, FollowerEvidence> evidence) {
		checkRange(reportFrom, reportTo);
		List<AccountSeries> series = accounts.stream().map(account -> upTo(account, reportTo)).toList();
		List<PurgeDay> purges = PurgeDetector.detect(series);
		Map<String, AccountQuality> result = new LinkedHashMap<>();
		for (AccountSeries account : series) {
			result.put(account.accountId(), analyse(account, purges, reportFrom, reportTo,
					evidence.getOrDefault(account.accountId(), FollowerEvidence.NONE)));
		}
		return result;
	}

	/**
	 * Feeds one account to the purge tallies, as {@link #analyseWith} does for all accounts at once:
	 * so that accounts can be analysed apart, once the purges across all of them are known.
	 */
	public static void tally(PurgeDetector.Tallies tallies, AccountSeries account, LocalDate reportTo) {
		tallies.add(upTo(account, reportTo));
	}

	/** One account against the purges found across all accounts: the same as its entry in {@link #analyseWith}. */
	public static AccountQuality analyseOne(AccountSeries account, List<PurgeDay> purges, LocalDate reportFrom,
			LocalDate reportTo, FollowerEvidence evidence) {
		checkRange(reportFrom, reportTo);
		return analyse(upTo(account, reportTo), purges, reportFrom, reportTo, evidence);
	}

	private static void checkRange(LocalDate reportFrom, LocalDate reportTo) {
		if (reportTo.isBefore(reportFrom)) {
			throw new IllegalArgumentException("Report range " + reportFrom + ".." + reportTo + " ends before it starts");
		}
	}

	private static AccountSeries upTo(AccountSeries account, LocalDate reportTo) {
		List<SeriesPoint> points = account.points().stream().filter(point -> !point.day().isAfter(reportTo)).toList();
		return new AccountSeries(account.accountId(), account.platform(), points, account.followersRelative(),
				account.grossFollowsOnly());
	}

	private static AccountQuality analyse(AccountSeries account, List<PurgeDay> purges, LocalDate from, LocalDate to,
			FollowerEvidence evidence) {
		SampleEstimate sample = evidence.sampleDescribes(to) ? evidence.sample() : null;
		DailyColumns columns = new DailyColumns(account);
		Set<LocalDate> drops = PurgeDetector.drops(account);
		Map<LocalDate, PurgeDay> purgeDays = new TreeMap<>();
		for (PurgeDay purge : purges) {
			if (purge.platform() == account.platform() && drops.contains(purge.day())) {
				purgeDays.put(purge.day(), purge);
			}
		}
		BoughtFollowers bought = BoughtFollowerDetector.detect(account, purgeDays.keySet(), evidence.latestList());
		Map<LocalDate, SeriesPoint> points = new TreeMap<>();
		account.points().forEach(point -> points.put(point.day(), point));
		Counts counts = new Counts(account, points, bought, sample, evidence.sampleDay());
		AudienceActivity activity = AudienceActivity.estimate(account, from, to,
				day -> counts.bought(day) + counts.fake(day));

		List<QualityDay> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			Long reported = counts.reported(day);
			long suspectBought = counts.bought(day);
			long suspectFake = counts.fake(day);
			long suspectInactive = 0;
			Long clean = null;
			if (reported != null) {
				long genuine = Math.max(0, reported - suspectBought - suspectFake);
				if (activity.inactiveShare() != null) {
					suspectInactive = Math.round(activity.inactiveShare() * genuine);
				}
				clean = genuine - suspectInactive;
			}
			days.add(new QualityDay(day, reported, suspectBought, suspectFake, suspectInactive, clean,
					bought.episodeDay(day) || purgeDays.containsKey(day)));
		}

		List<Flag> flags = flags(account, columns, purgeDays, bought, activity, days, from, to);
		if (evidence.sample() != null && sample == null) {
			flags.add(FlagWriter.sampleAfterRange(evidence.sample(), evidence.sampleDay(), from, to));
		}
		followerListFlag(account, evidence, from, to).ifPresent(flags::add);
		List<ScoreComponent> components = components(account, columns, bought, activity, sample, days);
		return new AccountQuality(account.accountId(), days, QualityScore.score(components), components, flags, METHOD);
	}

	/** What the account's latest follower list (and the one before it) shows, where it has lists. */
	private static Optional<Flag> followerListFlag(AccountSeries account, FollowerEvidence evidence, LocalDate from,
			LocalDate to) {
		FollowerList latest = evidence.latestList();
		if (latest == null) {
			return Optional.empty();
		}
		FollowerList earlier = evidence.earlierList();
		Map<LocalDate, Long> gained = new HashMap<>();
		account.points().stream().filter(p -> p.gained() != null).forEach(p -> gained.put(p.day(), p.gained()));
		return FollowerListFinding.of(latest.file(), latest.members(), earlier == null ? null : earlier.file(),
				earlier == null ? null : earlier.members(), gained, from, to);
	}

	private static List<Flag> flags(AccountSeries account, DailyColumns columns, Map<LocalDate, PurgeDay> purgeDays,
			BoughtFollowers bought, AudienceActivity activity, List<QualityDay> days, LocalDate from, LocalDate to) {
		List<Flag> flags = new ArrayList<>();
		if (account.followersRelative()) {
			flags.add(FlagWriter.relative(from, to));
		}
		for (BoughtEpisode episode : bought.episodes()) {
			flags.add(FlagWriter.bought(episode));
			EngagementDecoupling.assess(account, episode, purgeDays.keySet())
				.filter(EngagementDecoupling::decoupled)
				.ifPresent(decoupling -> flags.add(FlagWriter.decoupling(episode, decoupling)));
		}
		for (OrganicSpike spike : bought.organic()) {
			if (!spike.to().isBefore(from)) {
				flags.add(FlagWriter.organic(spike));
			}
		}
		List<PurgeDay> run = new ArrayList<>();
		for (PurgeDay purge : purgeDays.values()) {
			if (purge.day().isBefore(from)) {
				continue;
			}
			if (!run.isEmpty() && !run.get(run.size() - 1).day().plusDays(1).equals(purge.day())) {
				flags.add(purgeFlag(account, columns, run));
				run = new ArrayList<>();
			}
			run.add(purge);
		}
		if (!run.isEmpty()) {
			flags.add(purgeFlag(account, columns, run));
		}
		QualityDay last = days.get(days.size() - 1);
		if (activity.inactiveShare() != null && activity.inactiveShare() >= INACTIVE_FLAG_SHARE) {
			flags.add(FlagWriter.inactive(activity, from, to, last.suspectInactive()));
		}
		return flags;
	}

	private static Flag purgeFlag(AccountSeries account, DailyColumns columns, List<PurgeDay> run) {
		long drop = 0;
		for (PurgeDay purge : run) {
			drop -= columns.net[columns.indexOf(purge.day())];
		}
		Long before = account.followersRelative() ? null : columns.followersBefore(columns.indexOf(run.get(0).day()));
		Double share = (before != null && before > 0) ? drop / (double) before : null;
		return FlagWriter.purge(run, drop, share);
	}

	private static List<ScoreComponent> components(AccountSeries account, DailyColumns columns, BoughtFollowers bought,
			AudienceActivity activity, SampleEstimate sample, List<QualityDay> days) {
		List<ScoreComponent> components = new ArrayList<>();
		long remaining = days.get(days.size() - 1).suspectBought();
		Long reported = days.stream().map(QualityDay::reported).filter(r -> r != null).reduce((a, b) -> b).orElse(null);
		if (reported != null && reported > 0) {
			components.add(QualityScore.growthAuthenticity(Math.min(1, remaining / (double) reported),
					"the followers reported on the last day"));
		}
		else {
			// without a known total, compare with the growth the series shows
			long growth = 0;
			for (Long net : columns.net) {
				growth += (net != null && net > 0) ? net : 0;
			}
			double share = (growth > 0) ? Math.min(1, remaining / (double) growth) : 0;
			components.add(QualityScore.growthAuthenticity(share, "the series' gross net gains"));
		}
		if (activity.perPostRate() != null && activity.baseline() != null) {
			components.add(QualityScore.engagementVsBaseline(activity.perPostRate(), activity.baseline()));
		}
		if (activity.reachPerFollowerTrend() != null) {
			components.add(QualityScore.reachTrend(activity.reachPerFollowerTrend(), activity.reachMetric()));
		}
		if (sample != null) {
			components.add(QualityScore.sampleFakeShare(sample));
		}
		return components;
	}

	/** Reported, bought and fake followers of a day; {@code sampleDay} null means the series' last day. */
	private record Counts(AccountSeries account, Map<LocalDate, SeriesPoint> points, BoughtFollowers bought,
			SampleEstimate sample, LocalDate sampleDay) {

		Long reported(LocalDate day) {
			SeriesPoint point = this.points.get(day);
			return (this.account.followersRelative() || point == null) ? null : point.followers();
		}

		long bought(LocalDate day) {
			return this.bought.remainingOn(day);
		}

		/**
		 * The sample is a snapshot of the followers on its day, bought ones included. The fakes it
		 * shows beyond the bought followers still present then are taken as a share of the
		 * followers that were not bought, and that share is applied to every day: so the fakes
		 * are not counted twice with the bought ones, and clean followers do not jump when a
		 * purchase arrives.
		 */
		long fake(LocalDate day) {
			Long reported = reported(day);
			if (this.sample == null || reported == null) {
				return 0;
			}
			return Math.round(otherFakeShare() * Math.max(0, reported - bought(day)));
		}

		private double otherFakeShare() {
			LocalDate last = null;
			for (LocalDate day : this.points.keySet()) {
				if (reported(day) != null && (this.sampleDay == null || !day.isAfter(this.sampleDay))) {
					last = day;
				}
			}
			long notBought = last == null ? 0 : reported(last) - bought(last);
			if (notBought <= 0) {
				return 0;
			}
			double otherFakes = Math.max(0, this.sample.share() * reported(last) - bought(last));
			return Math.min(1, otherFakes / notBought);
		}
	}
}
