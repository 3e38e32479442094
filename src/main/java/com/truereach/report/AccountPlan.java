package com.truereach.report;

import java.util.Comparator;
import java.util.List;

/**
 * Where one account goes: its sheet, or its sheets when the daily series is longer than a sheet
 * holds, and whether it gets a chart (only the largest accounts do, to keep big runs fast).
 */
record AccountPlan(ReportModel.AccountReport account, List<String> sheets, boolean charted) {

	/** Most followers at the end of the range first; unknown totals last; ties by name. */
	static final Comparator<AccountPlan> LARGEST_FIRST = Comparator
		.comparing((AccountPlan p) -> p.account().followersEnd(), Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(p -> label(p.account()), Comparator.nullsLast(Comparator.naturalOrder()));

	String firstSheet() {
		return this.sheets.get(0);
	}

	/** The name an analyst knows the account by. */
	static String label(ReportModel.AccountReport account) {
		if (account.name() != null && !account.name().isBlank()) {
			return account.name();
		}
		if (account.handle() != null && !account.handle().isBlank()) {
			return account.handle();
		}
		return account.id();
	}
}
