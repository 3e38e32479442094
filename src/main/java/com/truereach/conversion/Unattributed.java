package com.truereach.conversion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Revenue that maps to no account: kept, never dropped. Totals are net (refunds deducted) per
 * currency (one currency when the job converts); {@code topSources} are the largest groups by
 * amount, each with the reason it stayed unattributed.
 */
public record Unattributed(Map<String, BigDecimal> totalByCurrency, long orders, long failedPayments,
		List<Source> topSources) {

	public Unattributed {
		totalByCurrency = Map.copyOf(totalByCurrency);
		topSources = List.copyOf(topSources);
	}

	/** One source ({@code ig / social}, {@code referrer google.com}, {@code (none)}) in one currency. */
	public record Source(String source, String currency, BigDecimal amount, long orders, String reason) {
	}
}
