package com.truereach.tooling.generate;

import java.time.LocalDate;

/**
 * The simulated truth of one account, day by day: follower totals split into organic and bought,
 * gross gains and losses, posts, and the audience response. Every export is a view of this.
 */
public final class DailySeries {

	final AccountSpec spec;

	final LocalDate first;

	final int days;

	final int[] followers;

	final int[] bought;

	final int[] gained;

	final int[] lost;

	final int[] posts;

	final long[] reach;

	final long[] impressions;

	final long[] views;

	final int[] likes;

	final int[] comments;

	final int[] shares;

	final int[] saves;

	final int[] profileVisits;

	final int[] linkClicks;

	DailySeries(AccountSpec spec, LocalDate first, int days) {
		this.spec = spec;
		this.first = first;
		this.days = days;
		this.followers = new int[days];
		this.bought = new int[days];
		this.gained = new int[days];
		this.lost = new int[days];
		this.posts = new int[days];
		this.reach = new long[days];
		this.impressions = new long[days];
		this.views = new long[days];
		this.likes = new int[days];
		this.comments = new int[days];
		this.shares = new int[days];
		this.saves = new int[days];
		this.profileVisits = new int[days];
		this.linkClicks = new int[days];
	}

	/**
	 * The last {@code n} days as a series of their own: what an export of only those days shows
	 * (the total before its first day is the one the whole series had then).
	 */
	DailySeries lastDays(int n) {
		int from = days - n;
		DailySeries tail = new DailySeries(spec, day(from), n);
		int[][] ints = { followers, bought, gained, lost, posts, likes, comments, shares, saves, profileVisits,
				linkClicks };
		int[][] tailInts = { tail.followers, tail.bought, tail.gained, tail.lost, tail.posts, tail.likes,
				tail.comments, tail.shares, tail.saves, tail.profileVisits, tail.linkClicks };
		for (int k = 0; k < ints.length; k++) {
			System.arraycopy(ints[k], from, tailInts[k], 0, n);
		}
		long[][] longs = { reach, impressions, views };
		long[][] tailLongs = { tail.reach, tail.impressions, tail.views };
		for (int k = 0; k < longs.length; k++) {
			System.arraycopy(longs[k], from, tailLongs[k], 0, n);
		}
		return tail;
	}

	public AccountSpec spec() {
		return spec;
	}

	public LocalDate day(int i) {
		return first.plusDays(i);
	}

	public LocalDate last() {
		return day(days - 1);
	}

	public int days() {
		return days;
	}

	public int index(LocalDate day) {
		return (int) (day.toEpochDay() - first.toEpochDay());
	}

	/** Follower total at the end of the last day: the anchor for exports that give only changes. */
	public int finalFollowers() {
		return followers[days - 1];
	}

	public int followers(int i) {
		return followers[i];
	}

	/** Total before the first day. */
	public int followersBefore() {
		return followers[0] - gained[0] + lost[0];
	}

	public int interactions(int i) {
		return likes[i] + comments[i] + shares[i] + saves[i];
	}

	public int linkClicks(int i) {
		return linkClicks[i];
	}

	public int boughtAt(int i) {
		return bought[i];
	}
}
