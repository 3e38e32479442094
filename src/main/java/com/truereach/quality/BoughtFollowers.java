package com.truereach.quality;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The bought-follower episodes of one account and, for each day of its series, how many bought
 * followers are still there (bought so far minus those lost since); and the spikes the account's
 * activity explains ({@code organic}), which are not bought.
 */
public record BoughtFollowers(List<BoughtEpisode> episodes, NavigableMap<LocalDate, Long> remaining,
		List<OrganicSpike> organic) {

	public BoughtFollowers {
		episodes = List.copyOf(episodes);
		remaining = Collections.unmodifiableNavigableMap(new TreeMap<>(remaining));
		organic = List.copyOf(organic);
	}

	BoughtFollowers withOrganic(List<OrganicSpike> spikes) {
		return new BoughtFollowers(this.episodes, this.remaining, spikes);
	}

	/** Bought followers still present on the day: the value of the last series day on or before it. */
	public long remainingOn(LocalDate day) {
		Map.Entry<LocalDate, Long> entry = this.remaining.floorEntry(day);
		return (entry != null) ? entry.getValue() : 0;
	}

	public boolean episodeDay(LocalDate day) {
		return this.episodes.stream().anyMatch(episode -> episode.covers(day));
	}
}
