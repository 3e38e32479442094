package com.truereach.ingest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * The number policy of docs/formats.md, one place for every reader. Blank, {@code -}, {@code --},
 * {@code NAN}, {@code N/A} and {@code undefined} mean "not reported" (null, never zero);
 * {@code "1938.0"} and {@code "1,234"} are whole numbers; anything else is an error that names
 * the value. No count or amount of an analytics or shop export reaches {@value #LIMIT_TEXT}: a
 * value beyond it ({@code 99999999999999999999999}, {@code 1e309}) is a broken cell, and kept it
 * would not even fit the history's columns and stop every run.
 */
public final class Values {

	private static final long LIMIT = 1_000_000_000_000L;

	private static final String LIMIT_TEXT = "10^12";

	private static final BigDecimal DECIMAL_LIMIT = BigDecimal.valueOf(LIMIT);

	private static final Set<String> MISSING = Set.of("", "-", "--", "nan", "undefined", "n/a", "null", "none");

	private Values() {
	}

	public static boolean isMissing(String raw) {
		return raw == null || MISSING.contains(raw.trim().toLowerCase(Locale.ROOT));
	}

	/** A count: a whole number, possibly negative (daily changes), or null when not reported. */
	public static Long count(String column, String raw) {
		if (raw != null && isPlainInteger(raw)) {
			long value = Long.parseLong(raw);
			if (value > LIMIT || value < -LIMIT) {
				throw beyondLimit(column, raw);
			}
			return value;
		}
		BigDecimal value = decimal(column, raw);
		if (value == null) {
			return null;
		}
		try {
			return value.stripTrailingZeros().longValueExact();
		}
		catch (ArithmeticException ex) {
			throw new BadValue(column, raw, "not a whole number");
		}
	}

	/** Digits with an optional minus sign, short enough for a long: most cells, read without BigDecimal. */
	private static boolean isPlainInteger(String raw) {
		int length = raw.length();
		int start = length > 0 && raw.charAt(0) == '-' ? 1 : 0;
		if (length == start || length - start > 18) {
			return false;
		}
		for (int i = start; i < length; i++) {
			char c = raw.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * A decimal, or null when not reported. Thousands separators are removed: a value with both
	 * {@code ,} and {@code .} uses the last of them as the decimal point; {@code 1,234} is a
	 * thousand-grouped number, {@code 12,5} a decimal comma.
	 */
	public static BigDecimal decimal(String column, String raw) {
		if (isMissing(raw)) {
			return null;
		}
		String text = raw.trim().replace("\u00A0", "").replace(" ", "");
		if (text.startsWith("'")) {
			text = text.substring(1);
		}
		if (text.endsWith("%")) {
			text = text.substring(0, text.length() - 1);
		}
		int comma = text.lastIndexOf(',');
		int dot = text.lastIndexOf('.');
		if (comma >= 0 && dot >= 0) {
			text = comma > dot ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
		}
		else if (comma >= 0) {
			boolean grouped = text.matches("-?\\d{1,3}(,\\d{3})+");
			text = grouped ? text.replace(",", "") : text.replace(',', '.');
		}
		BigDecimal value;
		try {
			value = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new BadValue(column, raw, "not a number");
		}
		if (value.abs().compareTo(DECIMAL_LIMIT) > 0) {
			throw beyondLimit(column, raw);
		}
		return value;
	}

	private static BadValue beyondLimit(String column, String raw) {
		return new BadValue(column, raw, "beyond " + LIMIT_TEXT + ", more than any real export holds: a broken cell");
	}

	/** Money in major units; never a double. */
	public static BigDecimal money(String column, String raw) {
		BigDecimal value = decimal(column, raw);
		if (value != null && value.scale() > 4) {
			throw new BadValue(column, raw, "more than 4 decimals is not a money amount");
		}
		return value;
	}
}
