package com.truereach.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One money movement from a shop or payment export. Amounts are exact decimals in major units;
 * a refund is negative and dated on the day it happened. {@code kind} tells whether it counts.
 */
public record RevenueEvent(String orderId, LocalDate day, Kind kind, BigDecimal amount, String currency,
		Utm utm) {

	public enum Kind {
		/** A successful charge or order: revenue. */
		SALE,
		/** Money given back: negative revenue on its own day. */
		REFUND,
		/** Failed, incomplete or cancelled: counted, never revenue. */
		FAILED
	}

	public RevenueEvent {
		currency = currency == null ? "" : currency.toUpperCase(java.util.Locale.ROOT);
		utm = utm == null ? Utm.NONE : utm;
	}
}
