package com.truereach.ingest.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * Stripe payments: {@code unified_payments.csv} ({@code Created date (UTC)}) and the older
 * {@code payments.csv} ({@code Created (UTC)}); the user picks the columns and their order, so
 * everything is found by name. Only successful, captured charges are revenue; a refund is a
 * negative event on the refund's own day when the export has a refund date column, otherwise
 * on the charge's day (unified_payments.csv carries no refund date); a {@code Refunded} charge without
 * an {@code Amount Refunded} value is refunded in full. Failed and incomplete
 * payments are kept as {@link RevenueEvent.Kind#FAILED}: counted, never revenue. A unified export
 * also lists PaymentIntents that never charged ({@code Status} {@code requires_payment_method} or
 * {@code canceled}, the {@code id} of a charge empty, an {@code Amount} given): they are skipped
 * as not revenue, counted apart from rejects, since nothing about them is wrong.
 */
final class StripePaymentsReader extends HeaderCsvReader {

	private static final Set<String> PAID = Set.of("paid", "succeeded", "refunded", "partially refunded",
			"partially_refunded");

	/** PaymentIntent states in which no charge was ever made, so no charge id exists. */
	private static final Set<String> NEVER_CHARGED = Set.of("requires_payment_method", "requires_confirmation",
			"requires_action", "canceled", "cancelled");

	@Override
	public String id() {
		return "stripe-payments";
	}

	@Override
	public String description() {
		return "Stripe unified_payments.csv / payments.csv: id,Created date (UTC),Amount,Amount Refunded,Currency,...,Status";
	}

	@Override
	public Platform platform() {
		return Platform.STRIPE;
	}

	@Override
	protected boolean isHeader(String line) {
		String padded = "," + line + ",";
		return (padded.contains(",created date (utc),") || padded.contains(",created (utc),"))
				&& padded.contains(",amount,") && padded.contains(",currency,") && padded.contains(",id,");
	}

	@Override
	protected Rows rows(Source source, CsvTable table, IngestSink sink) {
		String created = table.firstPresent("Created date (UTC)", "Created (UTC)");
		String refundedAt = table.firstPresent("Refunded date (UTC)", "Refunded (UTC)", "Refund date (UTC)");
		return row -> read(row, created, refundedAt, sink);
	}

	private void read(CsvTable.Row row, String created, String refundedAt, IngestSink sink) {
		String id = row.get("id");
		if (id == null || id.isEmpty()) {
			String status = row.get("Status") == null ? "" : row.get("Status").toLowerCase(Locale.ROOT);
			if (NEVER_CHARGED.contains(status) && !Values.isMissing(row.get("Amount"))) {
				sink.skipped(row.line(), "not revenue: a PaymentIntent that never charged (Status requires_payment_method,"
						+ " requires_confirmation, requires_action or canceled, and no charge id)");
				return;
			}
			throw new BadValue("id", "", "payment id is missing");
		}
		LocalDate day = Dates.parse(created, row.get(created));
		BigDecimal amount = Values.money("Amount", row.get("Amount"));
		if (amount == null) {
			throw new BadValue("Amount", row.get("Amount"), "amount is missing");
		}
		String currency = row.get("Currency");
		if (currency == null || currency.isBlank()) {
			throw new BadValue("Currency", currency, "currency is missing");
		}
		Utm utm = new Utm(row.get("UTM Source"), row.get("UTM Medium"), row.get("UTM Campaign"),
				row.get("UTM Content"), null);
		String status = row.get("Status") == null ? "" : row.get("Status").toLowerCase(Locale.ROOT);
		String captured = row.get("Captured");
		boolean isCaptured = captured == null || captured.isBlank() || captured.equalsIgnoreCase("true");
		if (!PAID.contains(status) || !isCaptured) {
			sink.revenue(row.line(), new RevenueEvent(id, day, RevenueEvent.Kind.FAILED, amount, currency, utm));
			return;
		}
		BigDecimal refunded = Values.money("Amount Refunded", row.get("Amount Refunded"));
		if (refunded == null && status.equals("refunded")) {
			// a fully refunded charge in an export without the Amount Refunded column
			refunded = amount;
		}
		// read before anything is given to the sink, so that a bad refund cell rejects the whole row
		LocalDate refundDay = refundedAt == null || Values.isMissing(row.get(refundedAt)) ? day
				: Dates.parse(refundedAt, row.get(refundedAt));
		Payments.saleAndRefund(sink, row.line(), new RevenueEvent(id, day, RevenueEvent.Kind.SALE, amount, currency, utm),
				refunded, refundDay);
	}
}
