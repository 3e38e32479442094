package com.truereach.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Engagement decoupling after a follower jump (docs/methods.md: engagement rate = interactions /
 * followers steps down when followers jump and interactions stay flat; Cresci: fakes are passive).
 * The daily engagement rate sum(engagements) / sum(followers) over the {@link #WINDOW_DAYS} days
 * before the episode is compared with the same days after it.
 *
 * @param rateBefore engagement rate before the episode
 * @param rateAfter engagement rate after it
 * @param engagementsBefore median daily engagements before
 * @param engagementsAfter median daily engagements after
 */
public record EngagementDecoupling(double rateBefore, double rateAfter, double engagementsBefore,
		double engagementsAfter) {

	public static final int WINDOW_DAYS = 14;

	public static final int MIN_DAYS = 7;

	/** The rate must fall to at most this share of its level before the jump. */
	public static final double RATE_DROP = 0.9;

	/** ... while daily engagements rise by no more than this factor ("stay flat"). */
	public static final double FLAT_ENGAGEMENTS = 1.25;

	public double rateRatio() {
		return this.rateAfter / this.rateBefore;
	}

	public boolean decoupled() {
		return rateRatio() <= RATE_DROP && this.engagementsAfter <= FLAT_ENGAGEMENTS * this.engagementsBefore;
	}

	/** Empty when followers are relative or either side has fewer than {@link #MIN_DAYS} usable days. */
	public static Optional<EngagementDecoupling> assess(AccountSeries series, BoughtEpisode episode,
			Set<LocalDate> purgeDays) {
		if (series.followersRelative()) {
			return Optional.empty();
		}
		Window before = new Window();
		Window after = new Window();
		for (SeriesPoint point : series.points()) {
			LocalDate day = point.day();
			if (purgeDays.contains(day) || point.engagements() == null || point.followers() == null
					|| point.followers() <= 0) {
				continue;
			}
			if (day.isBefore(episode.from()) && !day.isBefore(episode.from().minusDays(WINDOW_DAYS))) {
				before.add(point);
			}
			else if (day.isAfter(episode.to()) && !day.isAfter(episode.to().plusDays(WINDOW_DAYS))) {
				after.add(point);
			}
		}
		if (before.engagements.size() < MIN_DAYS || after.engagements.size() < MIN_DAYS || before.sumEngagements == 0) {
			return Optional.empty();
		}
		return Optional.of(new EngagementDecoupling(before.rate(), after.rate(),
				RobustBaseline.median(before.engagements), RobustBaseline.median(after.engagements)));
	}

	private static final class Window {

		final List<Double> engagements = new ArrayList<>();

		double sumEngagements;

		double sumFollowers;

		void add(SeriesPoint point) {
			this.engagements.add(point.engagements().doubleValue());
			this.sumEngagements += point.engagements();
			this.sumFollowers += point.followers();
		}

		double rate() {
			return this.sumEngagements / this.sumFollowers;
		}
	}
}
