package com.truereach.quality;

import java.time.LocalDate;
import java.util.Map;

/**
 * A finding about an account over a period: the rule that fired, the numbers behind it and one
 * plain sentence saying it with those numbers.
 */
public record Flag(FlagKind kind, LocalDate from, LocalDate to, String rule, Map<String, Number> evidence,
		String sentence) {

	public Flag {
		evidence = Map.copyOf(evidence);
	}
}
