package com.truereach.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Lifetime metrics of one post. The id is a string: X and Meta ids overflow a double.
 * {@code extra} keeps the numeric columns TrueReach has no canonical name for, under their
 * headers as exported, so that a later report can still use them.
 */
public record PostMetrics(String postId, LocalDateTime published, String text, Map<Metric, Long> metrics,
		Map<String, BigDecimal> extra) {

	public PostMetrics {
		metrics = Map.copyOf(metrics);
		extra = Map.copyOf(extra);
	}

	public PostMetrics(String postId, LocalDateTime published, String text, Map<Metric, Long> metrics) {
		this(postId, published, text, metrics, Map.of());
	}
}
