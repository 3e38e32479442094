package com.truereach.ingest.formats;

import java.util.List;
import java.util.Map;

import com.truereach.domain.Metric;

/**
 * LinkedIn company page visitors workbook, sheet {@code Visitor metrics}: {@code Date}, then
 * page views and unique visitors per page section and device, e.g.
 * {@code Overview page views (desktop)} ... {@code Total page views (total)},
 * {@code Total unique visitors (total)}. {@link Metric#PROFILE_VISITS} is the page views of the
 * whole page (like X's profile visits and Meta's visits, a count of visits, not of people);
 * unique visitors and the per-section columns are kept in extra.
 */
final class LinkedInVisitorsReader extends LinkedInWorkbookReader {

	@Override
	public String id() {
		return "linkedin-visitors";
	}

	@Override
	public String description() {
		return "LinkedIn page visitors .xls/.xlsx, sheet 'Visitor metrics': Date, ... Total page views (total), Total unique visitors (total)";
	}

	@Override
	protected String dailySheet() {
		return "Visitor metrics";
	}

	@Override
	protected List<String> requiredColumns() {
		return List.of("page views");
	}

	@Override
	protected Map<Metric, List<List<String>>> metrics() {
		return Map.of(Metric.PROFILE_VISITS,
				List.of(List.of("Total page views (total)"), List.of("Total page views (desktop)", "Total page views (mobile)"),
						List.of("Overview page views (total)")));
	}
}
