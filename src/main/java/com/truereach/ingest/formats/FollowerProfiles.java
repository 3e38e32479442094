package com.truereach.ingest.formats;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import com.truereach.domain.FollowerProfile;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.Values;

/**
 * Turns one record of a follower sample (Twitter user-object field names) into a
 * {@link FollowerProfile}, whatever the tool: fields are read by name and any may be missing.
 * A missing count stays null; a missing flag is false. Booleans are {@code true/false},
 * {@code 1/0}, {@code TRUE}, {@code yes/no}. A {@code label} field (labelled research sets) is
 * not read: this is the profile, not the verdict.
 */
final class FollowerProfiles {

	/** Header names that together say "a Twitter user object". */
	static final Set<String> REQUIRED = Set.of("screen_name", "followers_count", "friends_count");

	private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "t");

	private static final Set<String> FALSE = Set.of("false", "0", "no", "n", "f", "", "null", "none", "nan");

	private FollowerProfiles() {
	}

	/** {@code field} gives the raw text of a field by its lower-case name, or null when absent. */
	static FollowerProfile read(Function<String, String> field) {
		String id = text(field.apply("id_str"));
		if (id == null) {
			id = text(field.apply("id"));
		}
		String screenName = text(field.apply("screen_name"));
		if (screenName != null && screenName.startsWith("@")) {
			screenName = screenName.substring(1);
		}
		if (id == null && screenName == null) {
			throw new BadValue("id", "", "neither id nor screen_name: the follower cannot be identified");
		}
		if (id != null && id.matches("-?[0-9.]+[eE][+-]?[0-9]+")) {
			throw new BadValue("id", id, "id in scientific notation lost its digits (re-saved by Excel?)");
		}
		String favourites = field.apply("favourites_count") != null ? "favourites_count" : "favorites_count";
		return new FollowerProfile(id, text(field.apply("name")), screenName, count(field, "statuses_count"),
				count(field, "followers_count"), count(field, "friends_count"), count(field, favourites),
				count(field, "listed_count"), text(field.apply("url")), text(field.apply("location")),
				flag(field, "default_profile"), flag(field, "default_profile_image"), flag(field, "geo_enabled"),
				flag(field, "verified"), text(field.apply("description")));
	}

	private static String text(String raw) {
		return raw == null || raw.isBlank() || raw.equalsIgnoreCase("null") ? null : raw.trim();
	}

	private static Long count(Function<String, String> field, String name) {
		Long value = Values.count(name, field.apply(name));
		if (value != null && value < 0) {
			throw new BadValue(name, field.apply(name), "a profile count cannot be negative");
		}
		return value;
	}

	private static boolean flag(Function<String, String> field, String name) {
		String raw = field.apply(name);
		String key = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
		if (TRUE.contains(key)) {
			return true;
		}
		if (FALSE.contains(key)) {
			return false;
		}
		throw new BadValue(name, raw, "not a boolean (true/false, 1/0)");
	}
}
