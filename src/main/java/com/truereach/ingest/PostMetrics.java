package com.truereach.ingest;

import java.time.LocalDateTime;
import java.util.Map;

/** Lifetime metrics of one post. The id is a string: X and Meta ids overflow a double. */
public record PostMetrics(String postId, LocalDateTime published, String text, Map<Metric, Long> metrics) {

	public PostMetrics {
		metrics = Map.copyOf(metrics);
	}
}
