package com.truereach.conversion;

import java.util.List;
import java.util.Map;

/** The revenue side of the report: per account (in the job's account order), unattributed, and notes to print. */
public record ConversionReport(Map<String, AccountConversion> byAccount, Unattributed unattributed,
		List<String> notes) {

	public ConversionReport {
		byAccount = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byAccount));
		notes = List.copyOf(notes);
	}
}
