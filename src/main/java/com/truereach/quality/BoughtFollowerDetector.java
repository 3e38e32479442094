package com.truereach.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds bought-follower episodes in one account's daily series (docs/methods.md, "Signals from daily
 * aggregates"): a day whose net gain is a robust outlier against the account's own trailing
 * window ({@code z >= 5}, or {@code >= 5,000} on an account whose usual gain is under 1,500 a
 * day), with no rise in posts, reach, impressions or profile visits that day or the day before.
 * Consecutive outlier days form one episode; an episode with any such rise is organic (viral)
 * growth and is not reported. Purge days never enter a baseline and never count as losses.
 */
public final class BoughtFollowerDetector {

	public static final double Z_THRESHOLD = 5.0;

	/** Ads alone rarely bring more than this in a day (Social Blade reading guides). */
	public static final long BIG_DAY = 5_000;

	/** Under this usual daily gain an account counts as slow (Social Blade: usually organic). */
	public static final double SLOW_ACCOUNT_GAIN = 1_500;

	/** Smallest excess over the usual gain worth reporting, whatever the z. */
	public static final long MIN_EXCESS = 50;

	/** (value + 1) / (trailing median + 1) at or above this means the metric rose. */
	public static final double ACTIVITY_RISE = 2.0;

	/** The day after a step falls back below this share of the peak excess. */
	public static final double STEP_SHARE = 0.2;

	/** Relative distance to a round multiple that still counts as round (at least 10 followers). */
	public static final double ROUND_TOLERANCE = 0.01;

	private static final int[] ROUND_UNITS = { 5_000, 1_000, 500 };

	/** Days over which the attrition model loses about two thirds of what it loses in all. */
	public static final double ATTRITION_DAYS = 14;

	/** Share of the bought followers the attrition model lets leave when nothing measures it. */
	public static final double MODEL_LOST_SHARE = 0.25;

	/** The high end of that share's interval (the low end is 0: nobody left). */
	public static final double MODEL_LOST_SHARE_HIGH = 0.5;

	private BoughtFollowerDetector() {
	}

	public static BoughtFollowers detect(AccountSeries series, Set<LocalDate> purgeDays) {
		return detect(series, purgeDays, null);
	}

	/**
	 * @param list the account's latest follower list, or null: where it was downloaded after an
	 * episode and has follow times, it counts that episode's bought followers still there
	 */
	public static BoughtFollowers detect(AccountSeries series, Set<LocalDate> purgeDays, FollowerList list) {
		DailyColumns columns = new DailyColumns(series);
		Set<Integer> skip = new HashSet<>();
		for (LocalDate day : purgeDays) {
			int i = columns.indexOf(day);
			if (i >= 0) {
				skip.add(i);
			}
		}
		// median and MAD shrug off a few outliers, so spikes stay in the windows (leaving them out
		// would let a bimodal series feed on itself); they are left out of the loss sums only
		Map<Integer, Spike> spikes = findSpikes(columns, skip);
		skip.addAll(spikes.keySet());
		List<BoughtEpisode> episodes = new ArrayList<>();
		List<OrganicSpike> organic = new ArrayList<>();
		for (List<Spike> run : runs(columns, spikes)) {
			if (run.stream().noneMatch(Spike::explained)) {
				episodes.add(episode(columns, run, skip));
			}
			else {
				organic.add(organic(columns, run));
			}
		}
		return withLosses(columns, episodes, spikes, skip, series.grossFollowsOnly(), list).withOrganic(organic);
	}

	private static Map<Integer, Spike> findSpikes(DailyColumns columns, Set<Integer> skip) {
		Map<Integer, Spike> spikes = new TreeMap<>();
		for (int i = 0; i < columns.size(); i++) {
			Long net = columns.net[i];
			if (net == null || skip.contains(i)) {
				continue;
			}
			RobustBaseline baseline = columns.trailing(columns.net, i, skip, DailyColumns.MIN_NET_VALUES);
			if (baseline == null) {
				continue;
			}
			double z = baseline.z(net);
			boolean slowAccountBigDay = net >= BIG_DAY && baseline.median() < SLOW_ACCOUNT_GAIN;
			// a gain is measured from zero while the account is shrinking, so that the return to
			// normal after a period of losses is not mistaken for a spike
			boolean sizeable = net - Math.max(0, baseline.median()) >= MIN_EXCESS;
			if (sizeable && (z >= Z_THRESHOLD || slowAccountBigDay)) {
				spikes.put(i, new Spike(i, baseline, z, net - baseline.median(), activityRatios(columns, i, skip)));
			}
		}
		return spikes;
	}

	private static Map<String, Double> activityRatios(DailyColumns columns, int i, Set<Integer> skip) {
		Map<String, Long[]> metrics = new LinkedHashMap<>();
		metrics.put("posts", columns.posts);
		metrics.put("reach", columns.reach);
		metrics.put("impressions", columns.impressions);
		metrics.put("profile visits", columns.profileVisits);
		boolean dayBefore = i > 0 && columns.day(i - 1).plusDays(1).equals(columns.day(i));
		Map<String, Double> ratios = new LinkedHashMap<>();
		metrics.forEach((name, values) -> {
			for (int j = dayBefore ? i - 1 : i; j <= i; j++) {
				RobustBaseline baseline = columns.trailing(values, j, skip, DailyColumns.MIN_METRIC_VALUES);
				if (values[j] != null && baseline != null) {
					ratios.merge(name, (values[j] + 1) / (baseline.median() + 1), Math::max);
				}
			}
		});
		return ratios;
	}

	private static List<List<Spike>> runs(DailyColumns columns, Map<Integer, Spike> spikes) {
		List<List<Spike>> runs = new ArrayList<>();
		List<Spike> run = new ArrayList<>();
		for (Spike spike : spikes.values()) {
			if (!run.isEmpty()
					&& !columns.day(run.get(run.size() - 1).index()).plusDays(1).equals(columns.day(spike.index()))) {
				runs.add(run);
				run = new ArrayList<>();
			}
			run.add(spike);
		}
		if (!run.isEmpty()) {
			runs.add(run);
		}
		return runs;
	}

	private static BoughtEpisode episode(DailyColumns columns, List<Spike> run, Set<Integer> skip) {
		Spike first = run.get(0);
		int last = run.get(run.size() - 1).index();
		RunTotals totals = RunTotals.of(columns, run);
		long gain = totals.gain();
		double excess = totals.excess();
		double peakExcess = totals.peakExcess();
		double maxZ = totals.maxZ();
		Map<String, Double> ratios = totals.ratios();
		double usualGain = first.baseline().median();
		Boolean step = null;
		int after = last + 1;
		if (after < columns.size() && columns.net[after] != null
				&& columns.day(last).plusDays(1).equals(columns.day(after))) {
			step = columns.net[after] - usualGain < STEP_SHARE * peakExcess;
		}
		RobustBaseline lossBaseline = columns.trailing(columns.lost, first.index(), skip,
				DailyColumns.MIN_METRIC_VALUES);
		long bought = Math.round(excess);
		return new BoughtEpisode(columns.day(first.index()), columns.day(last), gain, bought, 0, usualGain,
				(lossBaseline != null) ? lossBaseline.median() : null, maxZ, step, roundTo(bought), ratios);
	}

	private static OrganicSpike organic(DailyColumns columns, List<Spike> run) {
		RunTotals totals = RunTotals.of(columns, run);
		return new OrganicSpike(columns.day(run.get(0).index()), columns.day(run.get(run.size() - 1).index()),
				totals.gain(), Math.round(totals.excess()), run.get(0).baseline().median(), totals.maxZ(),
				totals.ratios());
	}

	/** A run of outlier days summed: net gain, excess over the usual gain, its peak, the largest z and activity ratios. */
	private record RunTotals(long gain, double excess, double peakExcess, double maxZ, Map<String, Double> ratios) {

		static RunTotals of(DailyColumns columns, List<Spike> run) {
			long gain = 0;
			double excess = 0;
			double peakExcess = 0;
			double maxZ = 0;
			Map<String, Double> ratios = new LinkedHashMap<>();
			for (Spike spike : run) {
				gain += columns.net[spike.index()];
				excess += spike.excess();
				peakExcess = Math.max(peakExcess, spike.excess());
				maxZ = Math.max(maxZ, spike.z());
				spike.activityRatios().forEach((name, ratio) -> ratios.merge(name, ratio, Math::max));
			}
			return new RunTotals(gain, excess, peakExcess, maxZ, ratios);
		}
	}

	/** The largest unit whose nearest multiple is within max(10, 1%) of the size, or 0. */
	static int roundTo(long size) {
		for (int unit : ROUND_UNITS) {
			long nearest = Math.round(size / (double) unit) * unit;
			if (nearest > 0 && Math.abs(size - nearest) <= Math.max(10, ROUND_TOLERANCE * size)) {
				return unit;
			}
		}
		return 0;
	}

	/**
	 * How many bought followers are still there on every day. An episode counted on a later
	 * follower list, or one whose series has no unfollows or net change to show losses (gross
	 * follows only), follows the attrition model (fitted to the list where there is one); the
	 * others lose what the series shows, see {@link #measuredLosses}.
	 */
	private static BoughtFollowers withLosses(DailyColumns columns, List<BoughtEpisode> episodes,
			Map<Integer, Spike> spikes, Set<Integer> skip, boolean grossOnly, FollowerList list) {
		List<BoughtEpisode> measured = new ArrayList<>();
		List<BoughtEpisode> modelled = new ArrayList<>();
		for (BoughtEpisode episode : episodes) {
			boolean counted = list != null && list.day() != null && list.day().isAfter(episode.to())
					&& list.followedBetween(episode.from(), episode.to()) != null;
			(counted || grossOnly ? modelled : measured).add(episode);
		}
		Map<LocalDate, Long> remaining = new HashMap<>();
		Map<BoughtEpisode, Long> lost = measuredLosses(columns, measured, spikes, skip, remaining);
		LocalDate asOf = columns.size() == 0 ? null : columns.day(columns.size() - 1);
		List<BoughtEpisode> assessed = new ArrayList<>();
		for (BoughtEpisode episode : episodes) {
			if (lost.containsKey(episode)) {
				long left = episode.bought() - lost.get(episode);
				assessed.add(episode.withAttrition(new Attrition(Attrition.Evidence.LOSSES, asOf, left, left, left,
						null, null, null, null, null)));
				continue;
			}
			AttritionModel model = AttritionModel.of(episode, list);
			double partial = 0;
			for (int i = 0; i < columns.size(); i++) {
				LocalDate day = columns.day(i);
				if (episode.covers(day)) {
					partial += spikes.get(i).excess();
					remaining.merge(day, Math.round(partial), Long::sum);
				}
				else {
					remaining.merge(day, model.remainingOn(day), Long::sum);
				}
			}
			assessed.add(episode.withAttrition(model.at(asOf)));
		}
		assessed.sort((a, b) -> a.from().compareTo(b.from()));
		return new BoughtFollowers(assessed, new TreeMap<>(remaining), List.of());
	}

	/**
	 * Walks the series once: bought followers are added on the episode days, and after each
	 * episode every ordinary day's excess loss (unfollows above the usual level before the latest
	 * episode, or, without unfollows, the shortfall of the net change below the usual gain) is
	 * summed. The cumulative loss, clamped to 0..bought so far, is what has left; it is given to
	 * the episodes oldest first. Puts each day's count in {@code remaining}; returns the loss of
	 * each episode.
	 */
	private static Map<BoughtEpisode, Long> measuredLosses(DailyColumns columns, List<BoughtEpisode> episodes,
			Map<Integer, Spike> spikes, Set<Integer> skip, Map<LocalDate, Long> remaining) {
		long added = 0;
		double partial = 0;
		double loss = 0;
		int next = 0;
		BoughtEpisode latest = null;
		for (int i = 0; i < columns.size(); i++) {
			LocalDate day = columns.day(i);
			BoughtEpisode current = (next < episodes.size() && episodes.get(next).covers(day)) ? episodes.get(next)
					: null;
			if (current != null) {
				partial += spikes.get(i).excess();
				remaining.put(day, added - clampedLoss(loss, added) + Math.round(partial));
				if (day.equals(current.to())) {
					added += current.bought();
					partial = 0;
					latest = current;
					next++;
				}
				continue;
			}
			if (latest != null && !skip.contains(i)) {
				loss += excessLoss(columns, i, latest);
			}
			remaining.put(day, added - clampedLoss(loss, added));
		}
		long lost = clampedLoss(loss, added);
		Map<BoughtEpisode, Long> lostBy = new HashMap<>();
		for (BoughtEpisode episode : episodes) {
			long share = Math.min(episode.bought(), lost);
			lost -= share;
			lostBy.put(episode, share);
		}
		return lostBy;
	}

	private static long clampedLoss(double loss, long added) {
		return Math.max(0, Math.min(added, Math.round(loss)));
	}

	private static double excessLoss(DailyColumns columns, int i, BoughtEpisode latest) {
		if (latest.usualLoss() != null && columns.lost[i] != null) {
			return columns.lost[i] - latest.usualLoss();
		}
		return (columns.net[i] != null) ? latest.usualGain() - columns.net[i] : 0;
	}

	private record Spike(int index, RobustBaseline baseline, double z, double excess,
			Map<String, Double> activityRatios) {

		boolean explained() {
			return this.activityRatios.values().stream().anyMatch(ratio -> ratio >= ACTIVITY_RISE);
		}
	}
}
