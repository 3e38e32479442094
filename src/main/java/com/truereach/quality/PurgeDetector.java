package com.truereach.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.truereach.domain.Platform;

/**
 * Finds platform purges: the same-day drop across many accounts of one platform is the
 * platform's clean-up, not the accounts' doing (docs/methods.md, "platform purge"). A day counts when
 * at least {@link #MIN_ACCOUNTS} accounts and at least {@link #MIN_SHARE_OF_ACCOUNTS} of the
 * platform's accounts with data that day dropped with a robust z of at most {@link #DROP_Z}; on
 * the announced dates ({@link #isKnown}) any net loss counts, however many accounts are analysed.
 */
public final class PurgeDetector {

	public static final double DROP_Z = -3.0;

	public static final int MIN_ACCOUNTS = 3;

	public static final double MIN_SHARE_OF_ACCOUNTS = 0.5;

	/** Twitter's clean-up of locked accounts (announced 11 July 2018). */
	public static final LocalDate TWITTER_FROM = LocalDate.of(2018, 7, 11);

	public static final LocalDate TWITTER_TO = LocalDate.of(2018, 7, 13);

	/**
	 * Instagram's removal of inauthentic follows from 19 November 2018; the announcement gives no
	 * end, so two weeks are treated as the purge window.
	 */
	public static final LocalDate INSTAGRAM_FROM = LocalDate.of(2018, 11, 19);

	public static final LocalDate INSTAGRAM_TO = LocalDate.of(2018, 12, 2);

	private PurgeDetector() {
	}

	public static boolean isKnown(Platform platform, LocalDate day) {
		return switch (platform) {
			case X -> !day.isBefore(TWITTER_FROM) && !day.isAfter(TWITTER_TO);
			case INSTAGRAM -> !day.isBefore(INSTAGRAM_FROM) && !day.isAfter(INSTAGRAM_TO);
			default -> false;
		};
	}

	public static List<PurgeDay> detect(Collection<AccountSeries> accounts) {
		Tallies tallies = new Tallies();
		accounts.forEach(tallies::add);
		return tallies.purges();
	}

	/**
	 * The day counts purges are found from, fed one account at a time: a pass over many accounts
	 * keeps these counts, never the accounts' series.
	 */
	public static final class Tallies {

		private final Map<Platform, Map<LocalDate, Tally>> tallies = new TreeMap<>();

		public void add(AccountSeries account) {
			Map<LocalDate, Tally> byDay = tallies.computeIfAbsent(account.platform(), p -> new TreeMap<>());
			DailyColumns columns = new DailyColumns(account);
			Set<LocalDate> drops = drops(account);
			for (int i = 0; i < columns.size(); i++) {
				Long net = columns.net[i];
				if (net == null) {
					continue;
				}
				Tally tally = byDay.computeIfAbsent(columns.day(i), d -> new Tally());
				tally.withData++;
				if (drops.contains(columns.day(i))) {
					tally.affected++;
					Long before = account.followersRelative() ? null : columns.followersBefore(i);
					if (before != null && before > 0) {
						tally.dropShares.add(-net / (double) before);
					}
				}
			}
		}

		public List<PurgeDay> purges() {
			List<PurgeDay> purges = new ArrayList<>();
			tallies.forEach((platform, byDay) -> byDay.forEach((day, tally) -> {
				boolean known = isKnown(platform, day);
				boolean widespread = tally.affected >= MIN_ACCOUNTS
						&& tally.affected >= MIN_SHARE_OF_ACCOUNTS * tally.withData;
				if ((known && tally.affected > 0) || widespread) {
					Double share = tally.dropShares.isEmpty() ? null : RobustBaseline.median(tally.dropShares);
					purges.add(new PurgeDay(platform, day, tally.affected, share, known));
				}
			}));
			purges.sort(Comparator.comparing(PurgeDay::platform).thenComparing(PurgeDay::day));
			return purges;
		}
	}

	/**
	 * The days the account dropped: a net loss with a robust z of at most {@link #DROP_Z} against its
	 * trailing window (announced purge days left out of the window), or any net loss on an
	 * announced purge day.
	 */
	public static Set<LocalDate> drops(AccountSeries account) {
		DailyColumns columns = new DailyColumns(account);
		Set<Integer> knownDays = new HashSet<>();
		for (int i = 0; i < columns.size(); i++) {
			if (isKnown(account.platform(), columns.day(i))) {
				knownDays.add(i);
			}
		}
		Set<LocalDate> drops = new HashSet<>();
		for (int i = 0; i < columns.size(); i++) {
			Long net = columns.net[i];
			if (net == null || net >= 0) {
				continue;
			}
			RobustBaseline baseline = columns.trailing(columns.net, i, knownDays, DailyColumns.MIN_NET_VALUES);
			if (knownDays.contains(i) || (baseline != null && baseline.z(net) <= DROP_Z)) {
				drops.add(columns.day(i));
			}
		}
		return drops;
	}

	private static final class Tally {

		int withData;

		int affected;

		final List<Double> dropShares = new ArrayList<>();

	}
}
