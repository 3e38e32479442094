package com.truereach.quality;

import java.util.List;

/** The cleanliness result of one account: its days, score 0..100 with components, flags and method. */
public record AccountQuality(String accountId, List<QualityDay> days, int score, List<ScoreComponent> components,
		List<Flag> flags, String method) {

	public AccountQuality {
		days = List.copyOf(days);
		components = List.copyOf(components);
		flags = List.copyOf(flags);
	}
}
