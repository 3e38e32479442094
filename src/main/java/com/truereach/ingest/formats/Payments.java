package com.truereach.ingest.formats;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.truereach.domain.RevenueEvent;
import com.truereach.ingest.IngestSink;

/** How the shop and payment readers give a paid order or charge to the sink. */
final class Payments {

	private Payments() {
	}

	/**
	 * Gives {@code sale}, then, when {@code refunded} is positive, its refund as a separate negative
	 * event on {@code refundDay}: revenue is counted on the day it came in and lost on the day it went back.
	 */
	static void saleAndRefund(IngestSink sink, long line, RevenueEvent sale, BigDecimal refunded,
			LocalDate refundDay) {
		sink.revenue(line, sale);
		if (refunded != null && refunded.signum() > 0) {
			sink.revenue(line, new RevenueEvent(sale.orderId(), refundDay, RevenueEvent.Kind.REFUND, refunded.negate(),
					sale.currency(), sale.utm()));
		}
	}
}
