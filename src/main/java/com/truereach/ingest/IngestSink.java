package com.truereach.ingest;

import com.truereach.domain.AccountDay;
import com.truereach.domain.FollowerEntry;
import com.truereach.domain.FollowerProfile;
import com.truereach.domain.PostMetrics;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.TrafficRow;

/**
 * Receives what a reader makes of a file. Every data row ends in at least one accepted record
 * or in a reject, each given with its line, so that read = accepted + rejected per file.
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
