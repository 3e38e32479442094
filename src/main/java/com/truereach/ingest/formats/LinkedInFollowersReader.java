package com.truereach.ingest.formats;

import java.util.List;
import java.util.Map;

import com.truereach.domain.Metric;

/**
 * LinkedIn company page followers workbook, sheet {@code New followers}:
 * {@code Date, Sponsored followers, Organic followers, [Auto-invited followers,] Total followers},
 * dates MM/DD/YYYY. {@code Total followers} is the number of NEW followers that day (not a
 * running total), so it is {@link Metric#FOLLOWS_GAINED}; the split columns go to extra.
 */
final class LinkedInFollowersReader extends LinkedInWorkbookReader {

	@Override
	public String id() {
		return "linkedin-followers";
	}

	@Override
	public String description() {
		return "LinkedIn page followers .xls/.xlsx, sheet 'New followers': Date, Sponsored followers, Organic followers, Total followers";
	}

	@Override
	protected String dailySheet() {
		return "New followers";
	}

	@Override
	protected List<String> requiredColumns() {
		return List.of("total followers");
	}

	@Override
	protected Map<Metric, List<List<String>>> metrics() {
		return Map.of(Metric.FOLLOWS_GAINED, List.of(List.of("Total followers")));
	}
}
