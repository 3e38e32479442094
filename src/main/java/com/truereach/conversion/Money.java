package com.truereach.conversion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Money stays exact {@link BigDecimal}: sums are exact, ratios (per order, per 1,000 followers...)
 * are divided to 34 significant digits ({@link MathContext#DECIMAL128}). Rounding to 2 decimals,
 * half-even, happens only here, when a number is shown.
 */
public final class Money {

	public static final MathContext RATIO = MathContext.DECIMAL128;

	private Money() {
	}

	/** The amount rounded for display: 2 decimals, half-even. */
	public static BigDecimal rounded(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	/** {@code 1234.5} -> {@code "1234.50"}; null -> {@code "-"}. */
	public static String display(BigDecimal amount) {
		return amount == null ? "-" : rounded(amount).toPlainString();
	}

	/** {@code numerator / denominator} to {@link #RATIO}; null when the denominator is null or zero. */
	static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return null;
		}
		return numerator.divide(denominator, RATIO);
	}
}
