package com.truereach.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number wording for flag sentences and score explanations. */
final class Format {

	private Format() {
	}

	/** 5000 as "5,000". */
	static String count(double value) {
		return String.format(Locale.ENGLISH, "%,d", Math.round(value));
	}

	/** 5000 as "+5,000", -300 as "-300". */
	static String signed(double value) {
		return ((value > 0) ? "+" : "") + count(value);
	}

	/** A fraction as a percentage with two significant digits: 0.00035 as "0.035%", 0.06 as "6.0%". */
	static String percent(double fraction) {
		if (fraction == 0) {
			return "0%";
		}
		return new BigDecimal(fraction * 100).round(new MathContext(2)).toPlainString() + "%";
	}

	/** 0.6667 as "0.67x". */
	static String ratio(double ratio) {
		return new BigDecimal(ratio).round(new MathContext(2)).toPlainString() + "x";
	}

	/** A z score: one decimal under 10, whole and grouped above. */
	static String z(double z) {
		return (Math.abs(z) < 10) ? String.format(Locale.ENGLISH, "%.1f", z) : count(z);
	}
}
