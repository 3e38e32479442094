package com.truereach.ingest;

import com.truereach.domain.AccountDay;
import com.truereach.domain.FollowerEntry;
import com.truereach.domain.FollowerProfile;
import com.truereach.domain.Platform;
import com.truereach.domain.PostMetrics;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.TrafficRow;

/**
 * Receives what a reader makes of a file. Every data row ends in at least one accepted record,
 * in a reject or in a skip, each given with its line, so that read = accepted + rejected + skipped per file.
 * Summary rows a format always carries (a {@code Total} or {@code Grand total} row) are not data
 * rows and are passed to {@link #summaryRow} so that the count still explains every line.
 */
public interface IngestSink {

	void accountDay(long line, AccountDay day);

	void post(long line, PostMetrics post);

	void follower(long line, FollowerEntry entry);

	void profile(long line, FollowerProfile profile);

	void revenue(long line, RevenueEvent event);

	void traffic(long line, TrafficRow row);

	/** The row at {@code line} cannot be used; the sink fills in the file name. */
	void reject(long line, String column, String value, String reason);

	/** A total or summary row that the export always carries and that is deliberately not used. */
	void summaryRow(long line);

	/**
	 * A well-formed row that is not what TrueReach reads (a Stripe PaymentIntent that never
	 * charged, a GA4 table of countries): counted apart from rejects, with the reason, so that
	 * read = accepted + rejected + skipped and nothing disappears without a word.
	 */
	void skipped(long line, String reason);

	/**
	 * The platform the file names itself (Meta's title {@code Facebook follows}); without it the
	 * platform is the account's, or the format's own where the format serves one platform only.
	 */
	default void platform(Platform platform) {
	}

	/** A remark on how the file was read that the analyst should see (where a year came from, what a table holds). */
	default void note(String text) {
	}

	/**
	 * The row at {@code line} is used, but as part of a record already given at another line (a
	 * Shopify line item of an order whose event carries the order's first line).
	 */
	default void accepted(long line) {
	}

	/**
	 * The rows that follow come from this sheet of a workbook, whose row numbers start again at 1;
	 * readers of single-table files never call it.
	 */
	default void sheet(String name) {
	}

	/** Where the export says which account it belongs to (a username column, a handle in a title). */
	default void accountHint(String handle) {
	}
}
