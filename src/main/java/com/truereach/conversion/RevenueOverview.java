package com.truereach.conversion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the first pass ({@link RevenueAttribution}) found across accounts: the job's main currency
 * (the report currency when it converts), the revenue no account got, the notes for the report,
 * and, for the controls of the episode impacts, all revenue (attributed or not) per currency and
 * day from {@code knownFrom}, the first day revenue is known for, to the end of the range.
 */
public record RevenueOverview(String currency, Unattributed unattributed, List<String> notes,
		LocalDate knownFrom, Map<String, List<RevenueDay>> totals) {

	public RevenueOverview {
		notes = List.copyOf(notes);
		totals = Map.copyOf(totals);
	}
}
