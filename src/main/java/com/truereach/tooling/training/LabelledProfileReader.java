package com.truereach.tooling.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.truereach.domain.FollowerProfile;
import com.truereach.domain.Reject;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.Source;
import com.truereach.ingest.Values;
import com.truereach.quality.profile.LabelledProfile;

/**
 * Reads labelled follower-profile files: Twitter user-object columns ({@code id},
 * {@code screen_name}, {@code statuses_count}, ...) found by name, plus {@code label}
 * ({@code human} or {@code fake}). A missing count column gives null counts, a missing text
 * column null text ("not exported", which the classifiers treat as no evidence), a missing flag
 * column false. A row with an unreadable cell or label is rejected with file, line, column,
 * value and reason, so read = accepted + rejected.
 */
public final class LabelledProfileReader {

	private LabelledProfileReader() {
	}

	public record LabelledSet(List<LabelledProfile> profiles, List<Reject> rejects) {

		public long fakes() {
			return profiles.stream().filter(LabelledProfile::fake).count();
		}

		public long humans() {
			return profiles.size() - fakes();
		}
	}

	public static LabelledSet read(List<Path> files) throws IOException {
		List<LabelledProfile> profiles = new ArrayList<>();
		List<Reject> rejects = new ArrayList<>();
		for (Path file : files) {
			read(Source.of(file), profiles, rejects);
		}
		return new LabelledSet(List.copyOf(profiles), List.copyOf(rejects));
	}

	public static void read(Source source, List<LabelledProfile> profiles, List<Reject> rejects) throws IOException {
		try (CsvTable table = CsvTable.open(source, header -> header.contains("screen_name"))) {
			if (!table.has("label")) {
				throw new IOException(source.name() + ": no 'label' column (human/fake); columns are "
						+ table.headers());
			}
			for (CsvTable.Row row : table) {
				try {
					profiles.add(new LabelledProfile(profile(row), fake(row.get("label")), source.name(), row.line()));
				}
				catch (BadValue bad) {
					rejects.add(new Reject(source.name(), row.line(), bad.column(), bad.value(), bad.reason()));
				}
			}
		}
	}

	/** The profile fields of a row; shared by any reader of user-object exports. */
	public static FollowerProfile profile(CsvTable.Row row) {
		return new FollowerProfile(row.get("id"), row.get("name"), row.get("screen_name"),
				nonNegative(row, "statuses_count"), nonNegative(row, "followers_count"),
				nonNegative(row, "friends_count"), nonNegative(row, "favourites_count"),
				nonNegative(row, "listed_count"), row.get("url"), row.get("location"), flag(row, "default_profile"),
				flag(row, "default_profile_image"), flag(row, "geo_enabled"), flag(row, "verified"),
				row.get("description"));
	}

	private static Long nonNegative(CsvTable.Row row, String column) {
		Long count = row.count(column);
		if (count != null && count < 0) {
			throw new BadValue(column, row.get(column), "a profile count cannot be negative");
		}
		return count;
	}

	/** Twitter writes true/false; older dumps 1/0 or an empty cell for false. */
	private static boolean flag(CsvTable.Row row, String column) {
		String raw = row.get(column);
		if (Values.isMissing(raw)) {
			return false;
		}
		return switch (raw.toLowerCase(Locale.ROOT)) {
			case "true", "1", "yes" -> true;
			case "false", "0", "no" -> false;
			default -> throw new BadValue(column, raw, "not a true/false flag");
		};
	}

	private static boolean fake(String label) {
		String value = label == null ? "" : label.toLowerCase(Locale.ROOT);
		return switch (value) {
			case "fake" -> true;
			case "human" -> false;
			default -> throw new BadValue("label", label, "label must be 'human' or 'fake'");
		};
	}
}
