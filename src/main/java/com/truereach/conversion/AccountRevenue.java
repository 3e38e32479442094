package com.truereach.conversion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the first pass ({@link RevenueAttribution}) sent to one account: all the per-account
 * analysis needs of the revenue, so that an account is analysed without the other accounts'.
 * {@code currency} is the one the account is analysed in (see {@link AccountConversion}); the
 * money, {@code currencyOrders} (the sales in it) and {@code refunds} are in it and in the range;
 * {@code orders} counts the range's sales of every currency. {@code daily} holds the days with
 * revenue in {@code currency} (net, refunds on their own day, and sales) from the first day the
 * episode impacts may look at to the end of the range, in order: the range's days are the
 * account's daily revenue. {@code sessions} are the attributed GA4 sessions (null when none).
 */
public record AccountRevenue(String accountId, String currency, BigDecimal grossSales, BigDecimal refundedAmount,
		long currencyOrders, long orders, long refunds, long failedPayments, Long sessions, List<RevenueDay> daily,
		Map<String, BigDecimal> otherCurrencies, Map<String, Long> otherCurrencyOrders) {

	public AccountRevenue {
		daily = List.copyOf(daily);
		otherCurrencies = Map.copyOf(otherCurrencies);
		otherCurrencyOrders = Map.copyOf(otherCurrencyOrders);
	}

	/** Net revenue in {@code currency} in the range. */
	public BigDecimal revenue() {
		return grossSales.subtract(refundedAmount);
	}
}
