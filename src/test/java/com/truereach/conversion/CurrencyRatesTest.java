package com.truereach.conversion;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrencyRatesTest {

	@Test
	void convertsExactlyAndTreatsAnUnknownCurrencyAsTheReportCurrency() {
		CurrencyRates rates = CurrencyRates.of("eur", Map.of("usd", new BigDecimal("0.92"), "EUR", BigDecimal.ONE));

		assertThat(rates.converts()).isTrue();
		// 14.99 x 0.92 = 13.7908, kept exact
		assertThat(rates.toReport(new BigDecimal("14.99"), "USD")).isEqualByComparingTo("13.7908");
		assertThat(rates.toReport(new BigDecimal("5.00"), "eur")).isEqualByComparingTo("5.00");
		assertThat(rates.toReport(new BigDecimal("5.00"), "")).isEqualByComparingTo("5.00");
	}

	@Test
	void aMissingRateIsAClearError() {
		CurrencyRates rates = CurrencyRates.of("EUR", Map.of("USD", new BigDecimal("0.92")));

		assertThatThrownBy(() -> rates.toReport(BigDecimal.TEN, "jpy"))
			.isInstanceOf(CurrencyRates.MissingRateException.class)
			.hasMessageStartingWith("no conversion rate from JPY to EUR: add JPY to the job definition's rates");
	}

	@Test
	void badRatesAreRefused() {
		assertThatThrownBy(() -> CurrencyRates.of("EUR", Map.of("USD", BigDecimal.ZERO))).hasMessageContaining("USD");
		assertThatThrownBy(() -> CurrencyRates.of("EUR", Map.of("EUR", new BigDecimal("2")))).hasMessageContaining("must be 1");
		assertThatThrownBy(() -> CurrencyRates.of("", Map.of("USD", BigDecimal.ONE))).hasMessageContaining("report currency");
	}

	@Test
	void noRatesKeepCurrenciesApart() {
		assertThat(CurrencyRates.none().converts()).isFalse();
		assertThat(CurrencyRates.of("EUR", Map.of()).converts()).isFalse();
		assertThat(CurrencyRates.of("EUR", Map.of()).currencyOf("")).isEqualTo("EUR");
	}
}
