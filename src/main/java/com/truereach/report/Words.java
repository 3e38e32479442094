package com.truereach.report;

import java.util.Locale;

/**
 * The words the workbook shows for the model's code names: how follower totals were obtained and
 * what kind a finding is. A code the workbook does not know yet is shown as words made from it
 * ({@code NEW_KIND} as "New kind"), never as the code.
 */
final class Words {

	private Words() {
	}

	/** How the follower totals of an account were obtained. */
	static String totals(String code) {
		if (code == null) {
			return null;
		}
		return switch (code.toUpperCase(Locale.ROOT)) {
			case "EXPORTED" -> "Exported by the platform";
			case "ANCHORED" -> "Carried from an anchor";
			case "RELATIVE" -> "Relative (changes only)";
			default -> sentence(code);
		};
	}

	/** What a flag reports. */
	static String flagKind(String code) {
		if (code == null) {
			return null;
		}
		return switch (code.toUpperCase(Locale.ROOT)) {
			case "BOUGHT_FOLLOWERS" -> "Bought followers";
			case "PLATFORM_PURGE" -> "Platform clean-up";
			case "ENGAGEMENT_DECOUPLING" -> "New followers do not interact";
			case "INACTIVE_AUDIENCE" -> "Inactive audience";
			case "RELATIVE_TOTALS" -> "Relative totals";
			case "FOLLOWER_LIST" -> "Follower list";
			default -> sentence(code);
		};
	}

	/** "SOME_CODE" as "Some code"; text that is not a code is left as it is. */
	static String sentence(String code) {
		if (!code.matches("[A-Z0-9_]+")) {
			return code;
		}
		String words = code.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
		return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
