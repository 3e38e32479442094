package com.truereach.ingest.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.truereach.domain.Platform;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.Utm;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.Dates;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Source;
import com.truereach.ingest.Values;

/**
 * Shopify {@code orders_export.csv} ({@code orders_export_1.csv}, ... when split). The export has
 * one row per line item: the first row of an order carries the order fields, later rows repeat
 * {@code Name} and leave them blank. One order gives one event at its first row's line; its other
 * rows are accepted as part of it. Columns are found by name (older exports have fewer).
 * <ul>
 * <li>Amount: {@code Total} (with shipping and taxes, after discounts), in {@code Currency}.</li>
 * <li>Day: the date of {@code Created at} as written, i.e. the store's local date
 * ({@code 2026-04-05 21:06:21 +0400} is 5 April), not converted to UTC; {@code Paid at} when the
 * export has no {@code Created at}.</li>
 * <li>{@code Financial Status} paid, partially_refunded, refunded: a sale. pending, authorized,
 * partially_paid, voided, expired: {@link RevenueEvent.Kind#FAILED} (counted, never revenue).
 * A non-blank {@code Cancelled at} makes the order FAILED whatever its status: its money never
 * counts, so no refund is netted for it.</li>
 * <li>Refunds: {@code Refunded Amount} when the export has it, as a negative event on the date of
 * {@code Refunded at} when that column exists and is filled, otherwise on the order's day. A
 * {@code refunded} order without a refunded amount nets its whole {@code Total}; a
 * {@code partially_refunded} one is counted in full and its row rejected with the reason, so the
 * overstatement is visible.</li>
 * <li>UTMs: only from {@code Note Attributes} lines such as {@code UTM source: facebook}
 * ({@code utm_source=facebook}, any case, also medium, campaign, content, and a
 * {@code referrer} / {@code landing site ref} line when an app writes one).</li>
 * <li>A leading {@code '} (Excel guard, {@code '0812}) is removed from every value.</li>
 * <li>A line item whose order row is not in this file (the order started in the previous part of
 * a split export) is accepted without an event: the order's money is on its first row.</li>
 * </ul>
 */
final class ShopifyOrdersReader extends HeaderCsvReader {

	private static final Set<String> SALE = Set.of("paid", "partially_refunded", "refunded");

	private static final Set<String> NOT_PAID = Set.of("pending", "authorized", "partially_paid", "voided",
			"expired");

	@Override
	public String id() {
		return "shopify-orders";
	}

	@Override
	public String description() {
		return "Shopify orders_export.csv: Name,Email,Financial Status,Paid at,...,Currency,...,Total,...,Created at,Lineitem quantity,...";
	}

	@Override
	public Platform platform() {
		return Platform.SHOPIFY;
	}

	@Override
	protected boolean isHeader(String line) {
		String padded = "," + line + ",";
		return padded.startsWith(",name,") && padded.contains(",financial status,") && padded.contains(",total,")
				&& (padded.contains(",created at,") || padded.contains(",paid at,"));
	}

	@Override
	protected Rows rows(Source source, CsvTable table, IngestSink sink) {
		Columns columns = new Columns(table);
		Set<String> seen = new HashSet<>();
		return row -> read(row, columns, seen, sink);
	}

	private void read(CsvTable.Row row, Columns columns, Set<String> seen, IngestSink sink) {
		String name = cell(row, "Name");
		if (name.isEmpty()) {
			throw new BadValue("Name", "", "order name is missing");
		}
		if (!seen.add(name) || isLineItemOnly(row, columns)) {
			sink.accepted(row.line());
			return;
		}
		LocalDate day = Dates.parse(columns.created, cell(row, columns.created));
		BigDecimal total = Values.money("Total", cell(row, "Total"));
		if (total == null) {
			throw new BadValue("Total", cell(row, "Total"), "order total is missing");
		}
		String currency = cell(row, "Currency");
		if (currency.isEmpty()) {
			throw new BadValue("Currency", currency, "currency is missing");
		}
		String status = cell(row, "Financial Status").toLowerCase(Locale.ROOT).replace(' ', '_');
		Utm utm = noteUtm(cell(row, "Note Attributes"));
		boolean cancelled = columns.cancelled != null && !Values.isMissing(cell(row, columns.cancelled));
		if (cancelled || NOT_PAID.contains(status)) {
			sink.revenue(row.line(), new RevenueEvent(name, day, RevenueEvent.Kind.FAILED, total, currency, utm));
			return;
		}
		if (!SALE.contains(status)) {
			throw new BadValue("Financial Status", cell(row, "Financial Status"),
					"unknown financial status (expected paid, partially_refunded, refunded, pending, authorized, partially_paid, voided or expired)");
		}
		BigDecimal refunded = columns.hasRefundedAmount ? Values.money("Refunded Amount", cell(row, "Refunded Amount"))
				: null;
		if (refunded == null && status.equals("refunded")) {
			refunded = total;
		}
		LocalDate refundDay = columns.refundedAt == null || Values.isMissing(cell(row, columns.refundedAt)) ? day
				: Dates.parse(columns.refundedAt, cell(row, columns.refundedAt));
		Payments.saleAndRefund(sink, row.line(), new RevenueEvent(name, day, RevenueEvent.Kind.SALE, total, currency, utm),
				refunded, refundDay);
		if (refunded == null && status.equals("partially_refunded")) {
			sink.reject(row.line(), "Refunded Amount", cell(row, "Refunded Amount"),
					"partially refunded, but the export gives no refunded amount: the order is counted in full");
		}
	}

	/** A line-item row of an order whose first row is in another part of a split export. */
	private boolean isLineItemOnly(CsvTable.Row row, Columns columns) {
		return cell(row, "Financial Status").isEmpty() && cell(row, "Total").isEmpty()
				&& cell(row, columns.created).isEmpty();
	}

	/** Reads {@code UTM source: facebook} style lines; other note attributes are ignored. */
	static Utm noteUtm(String notes) {
		String source = "";
		String medium = "";
		String campaign = "";
		String content = "";
		String referrer = "";
		for (String line : notes.split("\\r?\\n|\\r")) {
			int colon = line.indexOf(':');
			int equals = line.indexOf('=');
			int split = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
			if (split <= 0) {
				continue;
			}
			String key = line.substring(0, split).trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
			String value = line.substring(split + 1).trim();
			switch (key) {
				case "utm source" -> source = value;
				case "utm medium" -> medium = value;
				case "utm campaign" -> campaign = value;
				case "utm content" -> content = value;
				case "referrer", "referring site", "landing site ref" -> referrer = value;
				default -> {
				}
			}
		}
		return new Utm(source, medium, campaign, content, referrer);
	}

	/** The trimmed cell without Excel's leading {@code '}; empty when absent. */
	private static String cell(CsvTable.Row row, String column) {
		String value = column == null ? null : row.get(column);
		if (value == null) {
			return "";
		}
		return value.startsWith("'") ? value.substring(1).trim() : value;
	}

	/** Which optional columns this export has. */
	private static final class Columns {

		final String created;

		final String cancelled;

		final String refundedAt;

		final boolean hasRefundedAmount;

		Columns(CsvTable table) {
			this.created = table.firstPresent("Created at", "Paid at");
			this.cancelled = table.firstPresent("Cancelled at");
			this.refundedAt = table.firstPresent("Refunded at");
			this.hasRefundedAmount = table.has("Refunded Amount");
		}
	}
}
