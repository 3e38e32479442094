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
