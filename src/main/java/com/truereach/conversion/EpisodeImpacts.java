package com.truereach.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The revenue impact of every flagged episode of one account ({@link EpisodeImpact}), in the
 * currency the account is analysed in.
 */
public record EpisodeImpacts(List<EpisodeImpact.Result> episodes) {

	public EpisodeImpacts {
		episodes = List.copyOf(episodes);
	}

	/**
	 * Estimates the account's episodes against its daily net revenue from the first pass; the control
	 * is all other revenue in that currency (other accounts' and unattributed). Failed payments are no
	 * revenue; refunds count on their day. Revenue is known from the overview's {@code knownFrom} to
	 * {@code to}, the last day of the range.
	 */
	public static EpisodeImpacts assess(List<EpisodeImpact.Episode> episodes, AccountRevenue revenue,
			RevenueOverview overview, LocalDate to) {
		if (episodes.isEmpty()) {
			return new EpisodeImpacts(List.of());
		}
		Map<LocalDate, BigDecimal> mine = new HashMap<>();
		revenue.daily().forEach(d -> mine.put(d.day(), d.revenue()));
		Map<LocalDate, Double> own = new HashMap<>();
		Map<LocalDate, Double> others = new HashMap<>();
		// exact before the subtraction: a day whose revenue is all the account's is 0 for the control, not 1e-13
		overview.totals().getOrDefault(revenue.currency(), List.of()).forEach(day -> {
			BigDecimal its = mine.getOrDefault(day.day(), BigDecimal.ZERO);
			own.put(day.day(), its.doubleValue());
			others.put(day.day(), day.revenue().subtract(its).doubleValue());
		});
		List<LocalDate> starts = episodes.stream().map(EpisodeImpact.Episode::from).toList();
		return new EpisodeImpacts(episodes.stream()
			.map(episode -> EpisodeImpact.estimate(episode, revenue.currency(), own, others, overview.knownFrom(), to,
					starts))
			.toList());
	}
}
