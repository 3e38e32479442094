package com.truereach.history;

import java.util.List;
import java.util.stream.LongStream;

import com.truereach.domain.AccountDay;
import com.truereach.domain.FollowerEntry;
import com.truereach.domain.FollowerProfile;
import com.truereach.domain.PostMetrics;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.TrafficRow;

/** The records a parse gives for a file of one kind of row, each row on its own line from line 2 (after a header). */
final class Exports {

	private Exports() {
	}

	static ParsedExport days(String format, AccountDay... days) {
		return new ParsedExport(format, List.of(days), lines(days.length), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of());
	}

	static ParsedExport posts(PostMetrics... posts) {
		return new ParsedExport("test-posts", List.of(), List.of(), List.of(posts), lines(posts.length), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	static ParsedExport followers(FollowerEntry... entries) {
		return new ParsedExport("test-followers", List.of(), List.of(), List.of(), List.of(), List.of(entries),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	static ParsedExport profiles(FollowerProfile... profiles) {
		return new ParsedExport("test-profiles", List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(profiles), lines(profiles.length), List.of(), List.of(), List.of(), List.of());
	}

	static ParsedExport revenue(RevenueEvent... events) {
		return new ParsedExport("test-revenue", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(events), lines(events.length), List.of(), List.of());
	}

	static ParsedExport traffic(TrafficRow... rows) {
		return new ParsedExport("test-traffic", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(rows), lines(rows.length));
	}

	private static List<Long> lines(int rows) {
		return LongStream.rangeClosed(2, rows + 1).boxed().toList();
	}
}
