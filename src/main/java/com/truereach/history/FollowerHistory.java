package com.truereach.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import com.truereach.domain.Metric;

/**
 * An account's daily history with follower totals made whole. Platforms that export a total
 * (TikTok, older TikTok business files) give it directly; the others (X Premium, Meta insights,
 * LinkedIn, YouTube) give only daily changes, so the total is carried from an anchor: an
 * exported total on some day, else the job definition's {@code followersAnchor}. Without any
 * anchor the totals are relative: 0 on the first day, and the report says so.
 */
public record FollowerHistory(List<HistoryDay> days, Totals totals, List<LocalDate> pins) {

	public enum Totals {
		/** Every total is exported by the platform. */
		EXPORTED,
		/** Carried from exported totals or the definition's anchor with the daily net change. */
		ANCHORED,
		/** No anchor: totals start at 0 and only their changes mean something. */
		RELATIVE
	}

	/** How a day's total relates to the true one. */
	public enum Bound {
		/** Exported, anchored, or carried with net changes that count losses too. */
		EXACT,
		/** Carried back from a later total with gross follows only: losses since are not subtracted back. */
		AT_LEAST,
		/** Carried forward from an earlier total with gross follows only: losses since are not subtracted. */
		AT_MOST
	}

	/**
	 * @param pins null when every carried total is exact; else the daily changes are gross follows
	 * only (Meta exports no unfollows) and these are the days whose totals are known, the others
	 * being bounds (see {@link #bound}); empty with relative totals
	 */
	public FollowerHistory {
		days = List.copyOf(days);
		pins = pins == null ? null : List.copyOf(pins);
	}

	public FollowerHistory(List<HistoryDay> days, Totals totals) {
		this(days, totals, null);
	}

	/** The same history cut to the days from {@code from} to {@code to}. */
	public FollowerHistory cut(LocalDate from, LocalDate to) {
		return new FollowerHistory(between(from, to), totals, pins);
	}

	/**
	 * Builds the history for every day from {@code from} to {@code to}. A day with no row is a day
	 * with no change (Instagram leaves out days with 0 follows).
	 *
	 * @param stored metrics per day, as the store merged them
	 * @param anchorDay the definition's anchor day, or null
	 * @param anchorFollowers the definition's anchor total (ignored without a day)
	 */
	public static FollowerHistory of(SortedMap<LocalDate, AccountDayStore.StoredDay> stored,
			Map<LocalDate, AudienceStore.PostDay> postDays,
			LocalDate from, LocalDate to, LocalDate anchorDay, long anchorFollowers) {
		return of(stored, postDays, Map.of(), from, to, anchorDay, anchorFollowers);
	}

	/**
	 * @param listTotals the number of followers on a follower list downloaded that day: an
	 * exported total where the daily export has none
	 */
	public static FollowerHistory of(SortedMap<LocalDate, AccountDayStore.StoredDay> stored,
			Map<LocalDate, AudienceStore.PostDay> postDays, Map<LocalDate, Long> listTotals,
			LocalDate from, LocalDate to, LocalDate anchorDay, long anchorFollowers) {
		List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
		int n = days.size();
		long[] net = new long[n];
		Long[] exported = new Long[n];
		boolean anyExported = false;
		boolean allExported = true;
		boolean platformTotals = false;
		boolean gross = false;
		boolean losses = false;
		for (int i = 0; i < n; i++) {
			AccountDayStore.StoredDay day = stored.get(days.get(i));
			exported[i] = day == null ? null : day.get(Metric.FOLLOWERS);
			platformTotals |= exported[i] != null;
			if (exported[i] == null) {
				exported[i] = listTotals.get(days.get(i));
			}
			anyExported |= exported[i] != null;
			allExported &= exported[i] != null;
			net[i] = netChange(day);
			gross |= day != null && day.get(Metric.FOLLOWS_GAINED) != null;
			losses |= day != null && (day.get(Metric.UNFOLLOWS) != null || day.get(Metric.NET_FOLLOWS) != null);
		}
		Long[] totals = new Long[n];
		Totals kind;
		boolean anchorInRange = anchorDay != null && !anchorDay.isBefore(from) && !anchorDay.isAfter(to);
		if (anyExported) {
			for (int i = 0; i < n; i++) {
				totals[i] = exported[i];
			}
			kind = allExported ? Totals.EXPORTED : Totals.ANCHORED;
			// a follower list does not set the definition's anchor aside; only the platform's own totals do
			if (!platformTotals && anchorInRange && totals[days.indexOf(anchorDay)] == null) {
				totals[days.indexOf(anchorDay)] = anchorFollowers;
			}
		}
		else if (anchorInRange) {
			totals[days.indexOf(anchorDay)] = anchorFollowers;
			kind = Totals.ANCHORED;
		}
		else {
			totals[0] = net[0];
			kind = Totals.RELATIVE;
		}
		List<LocalDate> pins = null;
		if (kind != Totals.EXPORTED && gross && !losses) {
			pins = new ArrayList<>();
			for (int i = 0; i < n && kind != Totals.RELATIVE; i++) {
				if (totals[i] != null) {
					pins.add(days.get(i));
				}
			}
		}
		carry(totals, net);
		List<HistoryDay> result = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			AccountDayStore.StoredDay day = stored.get(days.get(i));
			AudienceStore.PostDay published = postDays.get(days.get(i));
			Long posts = day == null ? null : day.get(Metric.POSTS);
			if (posts == null && published != null) {
				posts = published.posts();
			}
			Long linkClicks = day == null ? null : day.get(Metric.LINK_CLICKS);
			if (linkClicks == null && published != null) {
				linkClicks = published.linkClicks();
			}
			result.add(new HistoryDay(days.get(i), totals[i], get(day, Metric.FOLLOWS_GAINED), get(day, Metric.UNFOLLOWS),
					net[i], posts, impressions(day), get(day, Metric.REACH), engagements(day),
					get(day, Metric.PROFILE_VISITS), linkClicks, day != null && day.observed()));
		}
		return new FollowerHistory(result, kind, pins);
	}

	/** The days from {@code from} to {@code to}, both included. */
	public List<HistoryDay> between(LocalDate from, LocalDate to) {
		return days.stream().filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to)).toList();
	}

	/**
	 * The days some export covers (a stored day always has file lines behind it). On the
	 * others nothing was observed, so they are no days of 0 change for a baseline to learn from:
	 * before the first export, after the last, or in a gap between exports.
	 */
	public List<HistoryDay> observed() {
		return days.stream().filter(HistoryDay::observed).toList();
	}

	/** True when the daily changes are gross follows only, so that carried totals are bounds. */
	public boolean grossFollowsOnly() {
		return pins != null;
	}

	/**
	 * How the total of the day relates to the true total. With gross follows only, a total
	 * carried back from a later pin subtracts the follows but cannot add back the unfollows, so
	 * the true total is at least that; carried forward from an earlier pin it adds the follows
	 * but cannot subtract the unfollows, so the true total is at most that.
	 */
	public Bound bound(LocalDate day) {
		if (pins == null || pins.contains(day)) {
			return Bound.EXACT;
		}
		return pins.isEmpty() || day.isBefore(pins.get(0)) ? Bound.AT_LEAST : Bound.AT_MOST;
	}

	/** Fills unknown totals forwards (F[t] = F[t-1] + net[t]) and backwards (F[t-1] = F[t] - net[t]) from known ones. */
	private static void carry(Long[] totals, long[] net) {
		for (int i = 1; i < totals.length; i++) {
			if (totals[i] == null && totals[i - 1] != null) {
				totals[i] = totals[i - 1] + net[i];
			}
		}
		for (int i = totals.length - 1; i > 0; i--) {
			if (totals[i - 1] == null && totals[i] != null) {
				totals[i - 1] = totals[i] - net[i];
			}
		}
	}

	/**
	 * The day's net follower change: the exported net where there is one, else gained - lost
	 * (either may be absent: Meta exports only follows), else 0.
	 */
	static long netChange(AccountDayStore.StoredDay day) {
		if (day == null) {
			return 0;
		}
		Long net = day.get(Metric.NET_FOLLOWS);
		if (net != null) {
			return net;
		}
		long gained = day.get(Metric.FOLLOWS_GAINED) == null ? 0 : day.get(Metric.FOLLOWS_GAINED);
		long lost = day.get(Metric.UNFOLLOWS) == null ? 0 : day.get(Metric.UNFOLLOWS);
		return gained - lost;
	}

	/** Interactions: the exported engagements, else the sum of likes, comments, shares, saves, replies and reposts. */
	static Long engagements(AccountDayStore.StoredDay day) {
		if (day == null) {
			return null;
		}
		if (day.get(Metric.ENGAGEMENTS) != null) {
			return day.get(Metric.ENGAGEMENTS);
		}
		Long sum = null;
		for (Metric metric : List.of(Metric.LIKES, Metric.COMMENTS, Metric.SHARES, Metric.SAVES, Metric.REPLIES,
				Metric.REPOSTS)) {
			if (day.get(metric) != null) {
				sum = (sum == null ? 0 : sum) + day.get(metric);
			}
		}
		return sum;
	}

	private static Long impressions(AccountDayStore.StoredDay day) {
		if (day == null) {
			return null;
		}
		return day.get(Metric.IMPRESSIONS) != null ? day.get(Metric.IMPRESSIONS) : day.get(Metric.VIEWS);
	}

	private static Long get(AccountDayStore.StoredDay day, Metric metric) {
		return day == null ? null : day.get(metric);
	}
}
