package com.truereach.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.truereach.domain.Platform;

/**
 * A steady synthetic account: every day gains 40 and loses 20 followers give or take a fixed
 * weekly wobble, posts once or twice, reaches about 3,000, gets about 60 interactions. Tests
 * inject purchases, viral days and purges into the arrays and build the series.
 */
final class SyntheticSeries {

	/** Weekly wobble; sums to 2 over a week. */
	static final int[] NOISE = { 0, 5, -3, 8, -6, 2, -4 };

	final LocalDate start;

	final long startFollowers;

	final long[] gained;

	final long[] lost;

	final long[] posts;

	final long[] reach;

	final long[] impressions;

	final long[] engagements;

	final long[] visits;

	boolean activityExported = true;

	SyntheticSeries(LocalDate start, LocalDate end, long startFollowers) {
		this.start = start;
		this.startFollowers = startFollowers;
		int n = (int) (end.toEpochDay() - start.toEpochDay()) + 1;
		this.gained = new long[n];
		this.lost = new long[n];
		this.posts = new long[n];
		this.reach = new long[n];
		this.impressions = new long[n];
		this.engagements = new long[n];
		this.visits = new long[n];
		for (int i = 0; i < n; i++) {
			int wobble = NOISE[i % 7];
			this.gained[i] = 40 + wobble;
			this.lost[i] = 20 + NOISE[(i + 3) % 7] / 2;
			this.posts[i] = (i % 3 == 0) ? 2 : 1;
			this.reach[i] = 3_000 + 50L * wobble;
			this.impressions[i] = 5_000 + 80L * wobble;
			this.engagements[i] = 60 + wobble;
			this.visits[i] = 100 + 2L * wobble;
		}
	}

	int index(LocalDate day) {
		return (int) (day.toEpochDay() - this.start.toEpochDay());
	}

	SyntheticSeries add(long[] metric, LocalDate day, long delta) {
		metric[index(day)] += delta;
		return this;
	}

	/** Adds {@code delta} to the metric on each of {@code days} days from {@code from}. */
	SyntheticSeries addEach(long[] metric, LocalDate from, int days, long delta) {
		for (int k = 0; k < days; k++) {
			add(metric, from.plusDays(k), delta);
		}
		return this;
	}

	SyntheticSeries withoutActivity() {
		this.activityExported = false;
		return this;
	}

	long followers(LocalDate day) {
		long total = this.startFollowers;
		for (int i = 0; i <= index(day); i++) {
			total += this.gained[i] - this.lost[i];
		}
		return total;
	}

	AccountSeries build(String id, Platform platform) {
		return build(id, platform, false);
	}

	/** With {@code relative}, totals are anchored at 0 as a caller that only knows the changes would do. */
	AccountSeries build(String id, Platform platform, boolean relative) {
		List<SeriesPoint> points = new ArrayList<>();
		long total = relative ? 0 : this.startFollowers;
		for (int i = 0; i < this.gained.length; i++) {
			total += this.gained[i] - this.lost[i];
			points.add(new SeriesPoint(this.start.plusDays(i), total, this.gained[i], this.lost[i], activity(this.posts[i]),
					activity(this.impressions[i]), activity(this.reach[i]), activity(this.engagements[i]),
					activity(this.visits[i])));
		}
		return new AccountSeries(id, platform, points, relative);
	}

	/**
	 * As Meta exports it: new follows only, no unfollows, so the totals add the gains and the
	 * series cannot show anybody leaving.
	 */
	AccountSeries buildGross(String id, Platform platform) {
		List<SeriesPoint> points = new ArrayList<>();
		long total = this.startFollowers;
		for (int i = 0; i < this.gained.length; i++) {
			total += this.gained[i];
			points.add(new SeriesPoint(this.start.plusDays(i), total, this.gained[i], null, activity(this.posts[i]),
					activity(this.impressions[i]), activity(this.reach[i]), activity(this.engagements[i]),
					activity(this.visits[i])));
		}
		return new AccountSeries(id, platform, points, false, true);
	}

	private Long activity(long value) {
		return this.activityExported ? value : null;
	}
}
