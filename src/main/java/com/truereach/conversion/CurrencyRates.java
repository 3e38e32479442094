package com.truereach.conversion;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The job definition's report currency and conversion rates: {@code rate(X)} report-currency units
 * buy one unit of X. With rates, every amount is converted exactly (no rounding) and an amount in a
 * currency without a rate is an error naming it. With no rates at all, currencies are kept apart:
 * nothing is converted and amounts in different currencies are never added up.
 */
public final class CurrencyRates {

	private final String reportCurrency;

	private final Map<String, BigDecimal> rates;

	private CurrencyRates(String reportCurrency, Map<String, BigDecimal> rates) {
		this.reportCurrency = reportCurrency;
		this.rates = rates;
	}

	/** No report currency and no rates: currencies are kept apart. */
	public static CurrencyRates none() {
		return new CurrencyRates("", Map.of());
	}

	/** {@code rates}: currency code to report-currency units per unit; empty keeps currencies apart. */
	public static CurrencyRates of(String reportCurrency, Map<String, BigDecimal> rates) {
		String report = code(reportCurrency);
		Map<String, BigDecimal> copy = new TreeMap<>();
		rates.forEach((currency, rate) -> {
			String c = code(currency);
			if (rate == null || rate.signum() <= 0) {
				throw new IllegalArgumentException("conversion rate for " + c + " must be a positive number, not " + rate);
			}
			if (c.equals(report) && rate.compareTo(BigDecimal.ONE) != 0) {
				throw new IllegalArgumentException("the rate of the report currency " + c + " must be 1, not " + rate);
			}
			copy.put(c, rate);
		});
		if (!copy.isEmpty() && report.isEmpty()) {
			throw new IllegalArgumentException("conversion rates need the report currency they convert to");
		}
		return new CurrencyRates(report, Map.copyOf(copy));
	}

	/** True when amounts are converted into the report currency; false when currencies are kept apart. */
	public boolean converts() {
		return !rates.isEmpty();
	}

	/** The report currency, or an empty string when the job gives none. */
	public String reportCurrency() {
		return reportCurrency;
	}

	public Map<String, BigDecimal> rates() {
		return new TreeMap<>(rates);
	}

	/**
	 * The code an amount is in: upper case; an unknown (empty) currency, as GA4 writes, is taken to be
	 * the report currency.
	 */
	public String currencyOf(String currency) {
		String c = code(currency);
		return c.isEmpty() ? reportCurrency : c;
	}

	/** {@code amount} in the report currency, exactly: amount x rate. */
	public BigDecimal toReport(BigDecimal amount, String currency) {
		String c = currencyOf(currency);
		if (c.equals(reportCurrency)) {
			return amount;
		}
		BigDecimal rate = rates.get(c);
		if (rate == null) {
			throw new MissingRateException(c, reportCurrency);
		}
		return amount.multiply(rate);
	}

	private static String code(String currency) {
		return currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
	}

	/** An amount is in a currency the job definition gives no rate for. */
	public static final class MissingRateException extends IllegalArgumentException {

		private final String currency;

		public MissingRateException(String currency, String reportCurrency) {
			super("no conversion rate from " + (currency.isEmpty() ? "(unknown currency)" : currency) + " to "
					+ reportCurrency + ": add " + currency + " to the job definition's rates, or give no rates at all to keep currencies apart");
			this.currency = currency;
		}

		public String currency() {
			return currency;
		}
	}
}
