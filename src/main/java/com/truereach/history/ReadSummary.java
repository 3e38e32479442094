package com.truereach.history;

import java.util.List;

import com.truereach.domain.Reject;

/**
 * What reading one file came to, as a run records it: its status (the name of the parser's
 * status: OK, FAILED, SKIPPED ...), a message, the row counts that reconcile
 * ({@code read = accepted + rejected + skipped}), the summary rows passed over and every rejected row.
 */
public record ReadSummary(String status, String message, long read, long accepted, long rejected, long skipped,
		long summaryRows, List<Reject> rejects) {

	public ReadSummary {
		rejects = List.copyOf(rejects);
	}
}
