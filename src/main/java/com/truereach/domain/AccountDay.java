package com.truereach.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One account's metrics for one day, as one export row gives them. Only the metrics the export
 * carries are present; {@code extra} keeps the columns TrueReach has no canonical name for.
 */
public record AccountDay(LocalDate day, Map<Metric, Long> metrics, Map<String, BigDecimal> extra) {

	public AccountDay {
		metrics = Map.copyOf(metrics);
		extra = Map.copyOf(extra);
	}

	public AccountDay(LocalDate day, Map<Metric, Long> metrics) {
		this(day, metrics, Map.of());
	}
}
