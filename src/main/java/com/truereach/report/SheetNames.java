package com.truereach.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, not blank,
 * not the reserved {@code History}, no apostrophe at either end, and unique ignoring case. A
 * clash gets a numbered suffix that always fits in the 31 characters.
 */
public final class SheetNames {

	public static final int MAX_LENGTH = 31;

	private static final String FORBIDDEN = "[]:*?/\\";

	private final Set<String> taken = new HashSet<>();

	/** A valid name, as close to {@code wanted} as the rules allow, not given out before. */
	public String unique(String wanted) {
		String base = valid(wanted);
		String name = base;
		for (int n = 2; !taken.add(key(name)); n++) {
			String suffix = " (" + n + ")";
			name = trimEnd(cut(base, MAX_LENGTH - suffix.length())) + suffix;
		}
		return name;
	}

	/**
	 * A valid, unused name ending in {@code suffix} (such as " part 2"): the start of {@code wanted}
	 * is cut, never the suffix.
	 */
	public String unique(String wanted, String suffix) {
		String start = trimEnd(cut(valid(wanted), MAX_LENGTH - suffix.length()));
		return unique(start + suffix);
	}

	/** {@code name} made valid on its own, without regard to other sheets. */
	public static String valid(String wanted) {
		StringBuilder clean = new StringBuilder();
		String text = wanted == null ? "" : wanted;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			clean.append(FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
		}
		String name = trimEnd(stripApostrophes(cut(stripApostrophes(clean.toString()), MAX_LENGTH)));
		if (name.isEmpty()) {
			return "Sheet";
		}
		// Excel keeps "History" for its change tracking and refuses a sheet of that name
		return name.equalsIgnoreCase("History") ? name + "_" : name;
	}

	/** The name as it appears in a cell reference or a hyperlink: quoted, apostrophes doubled. */
	public static String quoted(String name) {
		return "'" + name.replace("'", "''") + "'";
	}

	private static String stripApostrophes(String name) {
		String s = name.strip();
		int start = 0;
		int end = s.length();
		while (start < end && s.charAt(start) == '\'') {
			start++;
		}
		while (end > start && s.charAt(end - 1) == '\'') {
			end--;
		}
		return s.substring(start, end).strip();
	}

	/** Cuts at {@code length} UTF-16 units (Excel's count) without splitting a surrogate pair. */
	private static String cut(String name, int length) {
		if (name.length() <= length) {
			return name;
		}
		int end = Character.isHighSurrogate(name.charAt(length - 1)) ? length - 1 : length;
		return name.substring(0, end);
	}

	private static String trimEnd(String name) {
		String s = name.stripTrailing();
		while (s.endsWith("'")) {
			s = s.substring(0, s.length() - 1).stripTrailing();
		}
		return s;
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}
}
