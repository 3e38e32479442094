package com.truereach.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Net attributed revenue (refunds netted on their own day) and orders on one day, for charts. */
public record RevenueDay(LocalDate day, BigDecimal revenue, long orders) {
}
