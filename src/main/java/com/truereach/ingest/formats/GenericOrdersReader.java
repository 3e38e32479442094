package com.truereach.ingest.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.truereach.domain.Platform;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.Utm;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Source;
import com.truereach.ingest.Values;

/**
 * TrueReach's own documented orders CSV, for shops without a supported export. Specification
 * (also in {@code src/main/resources/formats/generic-orders.md}):
 * <pre>
 * date,order id,amount,currency,utm_source,utm_medium,utm_campaign,utm_content,referrer,status
 * </pre>
 * Columns by name, any order and case; {@code order_id} is accepted for {@code order id}.
 * Required: date, order id, amount (major units), currency. Optional: the UTM columns, referrer
 * and status. One row is one money movement on its date:
 * <ul>
 * <li>status {@code paid}, blank or absent: a sale, or a refund when the amount is negative;</li>
 * <li>{@code refunded}: a refund of the amount (its sign ignored) on the row's date; the sale is
 * its own {@code paid} row;</li>
 * <li>{@code failed}: a failed payment, counted, never revenue;</li>
 * <li>any other status rejects the row.</li>
 * </ul>
 */
final class GenericOrdersReader extends HeaderCsvReader {

	@Override
	public String id() {
		return "generic-orders";
	}

	@Override
	public String description() {
		return "TrueReach orders CSV: date,order id,amount,currency,utm_source,utm_medium,utm_campaign,referrer[,utm_content,status]";
	}

	@Override
	public Platform platform() {
		return Platform.ORDERS;
	}

	@Override
	protected boolean isHeader(String line) {
		String padded = "," + line.replaceAll("\\s*,\\s*", ",") + ",";
		return padded.contains(",date,") && (padded.contains(",order id,") || padded.contains(",order_id,"))
				&& padded.contains(",amount,") && padded.contains(",currency,");
	}

	@Override
	protected Rows rows(Source source, CsvTable table, IngestSink sink) {
		String orderId = table.firstPresent("order id", "order_id");
		return row -> sink.revenue(row.line(), toEvent(row, orderId));
	}

	private RevenueEvent toEvent(CsvTable.Row row, String orderIdColumn) {
		LocalDate day = row.date("date");
		String id = row.get(orderIdColumn);
		if (id == null || id.isEmpty()) {
			throw new BadValue(orderIdColumn, "", "order id is missing");
		}
		BigDecimal amount = Values.money("amount", row.get("amount"));
		if (amount == null) {
			throw new BadValue("amount", row.get("amount"), "amount is missing");
		}
		String currency = row.get("currency");
		if (currency == null || currency.isEmpty()) {
			throw new BadValue("currency", "", "currency is missing");
		}
		Utm utm = new Utm(row.get("utm_source"), row.get("utm_medium"), row.get("utm_campaign"),
				row.get("utm_content"), row.get("referrer"));
		String status = row.get("status") == null ? "" : row.get("status").toLowerCase(Locale.ROOT);
		return switch (status) {
			case "", "paid" -> amount.signum() < 0 ? new RevenueEvent(id, day, RevenueEvent.Kind.REFUND, amount, currency, utm)
					: new RevenueEvent(id, day, RevenueEvent.Kind.SALE, amount, currency, utm);
			case "refunded" -> new RevenueEvent(id, day, RevenueEvent.Kind.REFUND, amount.abs().negate(), currency, utm);
			case "failed" -> new RevenueEvent(id, day, RevenueEvent.Kind.FAILED, amount.abs(), currency, utm);
			default -> throw new BadValue("status", row.get("status"), "unknown status (expected paid, refunded or failed)");
		};
	}
}
