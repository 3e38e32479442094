package com.truereach.ingest.formats;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.truereach.ingest.BadValue;
import com.truereach.ingest.Dates;
import com.truereach.ingest.ParseMemo;
import com.truereach.ingest.Source;

/**
 * TikTok Studio dates: no year, month name in the UI language ({@code February 28},
 * {@code 28 August}, {@code 8 de marzo}). The year is inferred by walking back from the export
 * date: the export day itself is never in the file, so a month/day before the export's
 * month/day is in the export year and any other (the same day or later in the calendar) is in
 * the year before. Every row is placed in the 365 days before the export on its own, so a file
 * that spans 1 January comes out with consistent years whatever the order of its rows.
 * <p>
 * The export date comes from a date in the download's own name, the file's or its zip's and the
 * zip entry's, never the folders a person put it in ({@code ..._2026-11-24.zip} or
 * {@code 20261124}; the last one wins, the end of a range); else from what the job knows
 * ({@link Source#knownExportDay()}: the account's other exports, the definition's
 * {@code exportedOn}). Never from file-system or zip timestamps: a copy, a re-zip or an archive
 * stamped 1980 would move every day.
 */
final class TikTokDates {

	/** Month names in the UI languages read; English and Spanish so far. */
	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,.]+");

	private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}");

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern NAME_DATE = Pattern.compile("(?<!\\d)(20\\d{2})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

	/** After the patterns: building it folds every name. */
	private static final Map<String, Month> MONTHS = months();

	private final LocalDate exportDate;

	/** What gave the export date, for the note that says where the years come from. */
	private final String origin;

	/** Whether a year was inferred: a file whose dates all carry their year needs no note. */
	private boolean inferred;

	TikTokDates(LocalDate exportDate, String origin) {
		this.exportDate = exportDate;
		this.origin = origin;
	}

	static TikTokDates of(Source source) {
		String name = source.downloadName();
		LocalDate fromName = null;
		Matcher m = NAME_DATE.matcher(name);
		while (m.find()) {
			try {
				fromName = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			catch (java.time.DateTimeException ex) {
				// digits that are not a date (an id): look further
			}
		}
		if (fromName != null) {
			return new TikTokDates(fromName, "the download's name '" + name + "'");
		}
		return source.knownExportDay()
			.map(known -> new TikTokDates(known.day(), known.origin()))
			.orElseGet(() -> new TikTokDates(null, null));
	}

	/** Where the years came from, when any was inferred; null otherwise. */
	String yearNote() {
		return inferred ? "years of the dates inferred from the export day " + exportDate + ", taken from " + origin
				: null;
	}

	/** A day spelling read: a month and day, or a whole date when it carries its year. */
	private record Spelling(MonthDay monthDay, LocalDate date) {
	}

	/** Folding and splitting a day spelling costs more than the rest of the row. */
	private static final ParseMemo<Spelling> SPELLINGS = new ParseMemo<>(10_000);

	LocalDate exportDate() {
		return exportDate;
	}

	/** A day; a date that carries its year (an Excel re-save) is taken as it is. */
	LocalDate parse(String column, String raw) {
		if (raw == null || raw.isBlank()) {
			throw new BadValue(column, raw == null ? "" : raw, "date is missing");
		}
		Spelling spelling = SPELLINGS.get(raw, text -> YEAR.matcher(text).find()
				? new Spelling(null, Dates.parse(column, text)) : new Spelling(monthDay(column, text), null));
		if (spelling.date() != null) {
			return spelling.date();
		}
		MonthDay day = spelling.monthDay();
		if (exportDate == null) {
			throw new MissingExportDate(column, raw);
		}
		inferred = true;
		int year = day.isBefore(MonthDay.from(exportDate)) ? exportDate.getYear() : exportDate.getYear() - 1;
		if (!day.isValidYear(year)) {
			throw new BadValue(column, raw, "29 February in " + year + ", the year inferred from the export date "
					+ exportDate + ", which is not a leap year");
		}
		return day.atYear(year);
	}

	static MonthDay monthDay(String column, String raw) {
		Month month = null;
		Integer day = null;
		for (String token : SEPARATORS.split(fold(raw))) {
			if (token.isEmpty() || token.equals("de")) {
				continue;
			}
			if (DAY_NUMBER.matcher(token).matches() && day == null) {
				day = Integer.parseInt(token);
			}
			else if (MONTHS.containsKey(token) && month == null) {
				month = MONTHS.get(token);
			}
			else {
				throw new BadValue(column, raw, "not a day and month name in English or Spanish");
			}
		}
		if (month == null || day == null || day < 1 || day > month.maxLength()) {
			throw new BadValue(column, raw, "not a day and month name in English or Spanish");
		}
		return MonthDay.of(month, day);
	}

	/** Lower case without accents: {@code Sept.}, {@code sept}, {@code SEPTIEMBRE} all compare. */
	static String fold(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
			.trim()
			.toLowerCase(Locale.ROOT);
	}

	private static Map<String, Month> months() {
		Map<String, Month> months = new HashMap<>();
		for (Locale locale : LANGUAGES) {
			for (Month month : Month.values()) {
				for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE,
						TextStyle.SHORT_STANDALONE)) {
					months.put(fold(month.getDisplayName(style, locale)).replace(".", ""), month);
				}
			}
		}
		// spellings the JDK does not produce but TikTok and people use
		months.put("sep", Month.SEPTEMBER);
		months.put("sept", Month.SEPTEMBER);
		months.put("setiembre", Month.SEPTEMBER);
		return months;
	}

	/** The file's dates have no year and nothing says when it was exported. */
	static class MissingExportDate extends RuntimeException {

		MissingExportDate(String column, String raw) {
			super("column '" + column + "' holds '" + raw + "', a date without a year, and the export date is unknown: "
					+ "keep the export date in the file or zip name (e.g. _2026-11-24), list an export of the same "
					+ "account that has full dates, or give the file's exportedOn in the job definition");
		}
	}
}
