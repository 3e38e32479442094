package com.truereach.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where one account goes: its sheet, or its sheets when the daily series is longer than a sheet
 * holds, and whether it gets a chart (only the largest accounts do, to keep big runs fast). It
 * holds the account's headline; {@code index} finds the full account in its {@link AccountSource}.
 */
record AccountPlan(ReportModel.Headline headline, int index, List<String> sheets, boolean charted) {

	ReportModel.AccountReport account() {
		return this.headline.account();
	}

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

	/**
	 * The label with the platform and {@code detail} (a handle, or null) in brackets, the platform
	 * left out when the label already names it: "Northwind Coffee (TikTok)", never "Northwind
	 * Coffee (TikTok) (TikTok)".
	 */
	static String titled(ReportModel.AccountReport account, String detail) {
		String label = label(account);
		String lower = label.toLowerCase(Locale.ROOT);
		List<String> extra = new ArrayList<>();
		String platform = account.platform();
		boolean named = platform != null && lower.contains(platform.toLowerCase(Locale.ROOT));
		if (platform != null && !platform.isBlank() && !named) {
			extra.add(platform);
		}
		if (detail != null && !detail.isBlank() && !lower.contains(detail.toLowerCase(Locale.ROOT))) {
			extra.add(detail);
		}
		if (extra.isEmpty()) {
			return label;
		}
		// "Northwind Coffee (X)" and a handle: "Northwind Coffee (X, @northwind)"
		if (named && label.endsWith(")") && lower.lastIndexOf(platform.toLowerCase(Locale.ROOT)) > label.lastIndexOf('(')) {
			return label.substring(0, label.length() - 1) + ", " + String.join(", ", extra) + ")";
		}
		return label + " (" + String.join(", ", extra) + ")";
	}
}
