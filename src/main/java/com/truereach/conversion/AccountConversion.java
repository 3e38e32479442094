package com.truereach.conversion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What one account brought in over the range, with the formulas of {@code formulas/conversion.md}.
 * Money is exact, in {@code currency}; ratios are to 34 significant digits; null means "cannot be
 * computed" (no orders, no followers known...). {@code conversionRate} is a fraction (0.025 = 2.5%)
 * and {@code conversionFormula} says which denominator was used, with the numbers.
 * {@code currency} is the report currency when the job converts, else the account's own main
 * currency (the largest nominal sales). {@code otherCurrencies} and {@code otherCurrencyOrders}: net
 * revenue and orders in currencies other than {@code currency} when the job gives no conversion
 * rates; never added to {@code revenue}. {@code orders} counts the orders of every currency (the
 * conversion rate's numerator); the average order value is over {@code currency}'s orders only.
 */
public record AccountConversion(String accountId, String currency, BigDecimal revenue, BigDecimal grossSales,
		BigDecimal refundedAmount, long orders, long refunds, long failedPayments, BigDecimal averageOrderValue,
		BigDecimal conversionRate, String conversionFormula, Long reportedFollowersEnd, Long cleanFollowersEnd,
		BigDecimal revenuePer1000Reported, BigDecimal revenuePer1000Clean, Long engagements,
		BigDecimal revenuePerEngagedUser, Long followerGrowthRaw, Long followerGrowthClean,
		BigDecimal revenueFirstHalf, BigDecimal revenueSecondHalf, BigDecimal revenueGrowth, List<RevenueDay> daily,
		LaggedCorrelation.Result rawGainsVsRevenue, LaggedCorrelation.Result cleanGainsVsRevenue,
		LaggedCorrelation.Result engagementVsRevenue, String verdict, Long fakeFollowers, BigDecimal fakeSpend,
		Map<String, BigDecimal> otherCurrencies, Map<String, Long> otherCurrencyOrders) {

	public AccountConversion {
		daily = List.copyOf(daily);
		otherCurrencies = Map.copyOf(otherCurrencies);
		otherCurrencyOrders = Map.copyOf(otherCurrencyOrders);
	}
}
