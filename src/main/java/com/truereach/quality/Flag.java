package com.truereach.quality;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finding about an account over a period: the rule that fired, the numbers behind it and one
 * plain sentence saying it with those numbers. The evidence keeps the order it was given in.
 */
public record Flag(FlagKind kind, LocalDate from, LocalDate to, String rule, Map<String, Number> evidence,
		String sentence) {

	public Flag {
		evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
	}
}
