package com.truereach.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Day parsing for every date spelling in docs/formats.md, including Excel re-saves. A time of day
 * and an offset after the date are ignored: metrics are per calendar day as the platform shows
 * it (Meta's hour flips with daylight saving). Slashed dates are US order (M/d/yyyy) as Excel
 * writes them for the English exports; dashed day-first dates ({@code 13-06-2025}) are d-M-yyyy.
 */
public final class Dates {

	private static final Pattern TIME_SUFFIX = Pattern
		.compile("[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?( ?(AM|PM|am|pm))?( ?(Z|UTC|[+-]\\d{2}:?\\d{2}))?$");

	private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final List<DateTimeFormatter> FORMATS = List.of(
			formatter("yyyy-MM-dd"), formatter("yyyyMMdd"), formatter("yyyy/M/d"),
			formatter("EEE, MMM d, yyyy"), formatter("EEE MMM d yyyy"), formatter("MMM d, yyyy"),
			formatter("MMMM d, yyyy"), formatter("d MMM yyyy"), formatter("M/d/yyyy"), formatter("d-MMM-yyyy"),
			formatter("d.M.yyyy"), formatter("d-M-yyyy"), twoDigitYear("M/d/"), twoDigitYear("d-MMM-"));

	private static volatile int lastHit;

	/**
	 * Exports of one period repeat the same few hundred dates (YouTube's chart data spells a
	 * video's publish time on every row), and a formatter parse costs microseconds.
	 */
	private static final ParseMemo<LocalDate> SEEN = new ParseMemo<>(20_000);

	private Dates() {
	}

	public static LocalDate parse(String column, String raw) {
		if (raw == null || raw.isBlank()) {
			throw new BadValue(column, raw == null ? "" : raw, "date is missing");
		}
		String text = raw.trim();
		if (isIsoDay(text)) {
			return isoDay(column, raw, text);
		}
		return SEEN.get(text, spelling -> parseSpelling(column, raw, spelling));
	}

	/** {@code yyyy-MM-dd}, alone or followed by a time ({@code T}, space): the common case, read without a formatter. */
	private static boolean isIsoDay(String text) {
		if (text.length() < 10 || (text.length() > 10 && text.charAt(10) != 'T' && text.charAt(10) != ' ')) {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			char c = text.charAt(i);
			boolean dash = i == 4 || i == 7;
			if (dash ? c != '-' : (c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}

	private static LocalDate isoDay(String column, String raw, String text) {
		try {
			return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
					Integer.parseInt(text, 8, 10, 10));
		}
		catch (DateTimeException ex) {
			throw new BadValue(column, raw, "not a calendar day (" + ex.getMessage() + ")");
		}
	}

	private static LocalDate parseSpelling(String column, String raw, String trimmed) {
		String text = trimmed;
		if (text.length() >= 10 && ISO.matcher(text.substring(0, 10)).matches()) {
			text = text.substring(0, 10);
		}
		else {
			text = TIME_SUFFIX.matcher(text).replaceFirst("").trim();
		}
		// a file spells all its dates alike: the spelling that worked last is tried first
		int hit = lastHit;
		for (int n = 0; n < FORMATS.size(); n++) {
			int i = (hit + n) % FORMATS.size();
			try {
				LocalDate day = LocalDate.parse(text, FORMATS.get(i));
				lastHit = i;
				return day;
			}
			catch (DateTimeParseException ex) {
				// try the next spelling
			}
		}
		throw new BadValue(column, raw, "not a date in any known spelling");
	}

	private static DateTimeFormatter formatter(String pattern) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern)
			.toFormatter(Locale.ENGLISH);
	}

	private static DateTimeFormatter twoDigitYear(String prefix) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(prefix)
			.appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
			.toFormatter(Locale.ENGLISH);
	}
}
