package com.truereach.history;

import java.util.List;

import com.truereach.domain.AccountDay;
import com.truereach.domain.FollowerEntry;
import com.truereach.domain.FollowerProfile;
import com.truereach.domain.PostMetrics;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.TrafficRow;

/**
 * The rows one usable file gave, as the stores take them: the parser's state stays with the
 * parser, and what is stored cannot change while it is stored. Each {@code ...Lines} list holds
 * the file line of the row at the same index, so that a stored row can be traced to its source.
 * {@code format} is the id of the format that read the file.
 */
public record ParsedExport(String format, List<AccountDay> days, List<Long> dayLines, List<PostMetrics> posts,
		List<Long> postLines, List<FollowerEntry> followers, List<FollowerProfile> profiles, List<Long> profileLines,
		List<RevenueEvent> revenue, List<Long> revenueLines, List<TrafficRow> traffic, List<Long> trafficLines) {

	public ParsedExport {
		days = List.copyOf(days);
		dayLines = List.copyOf(dayLines);
		posts = List.copyOf(posts);
		postLines = List.copyOf(postLines);
		followers = List.copyOf(followers);
		profiles = List.copyOf(profiles);
		profileLines = List.copyOf(profileLines);
		revenue = List.copyOf(revenue);
		revenueLines = List.copyOf(revenueLines);
		traffic = List.copyOf(traffic);
		trafficLines = List.copyOf(trafficLines);
	}
}
