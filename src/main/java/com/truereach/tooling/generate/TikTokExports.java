package com.truereach.tooling.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * TikTok Studio export (docs/formats.md, TikTok 1): a zip of CSVs with a BOM, every field quoted, no
 * newline after the last row, dates without a year, and no row for the export day itself.
 */
final class TikTokExports {

	static final CsvOut.Style STYLE = new CsvOut.Style(CsvOut.Encoding.UTF8_BOM, CsvOut.Quoting.ALL, ',', "\n", false);

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

	private TikTokExports() {
	}

	/** TikTok Studio exports at most this many days: its year-less dates are only unambiguous within a year. */
	static final int MAX_DAYS = 365;

	/** {@code tiktok_studio_<name>_<export date>.zip}; the exported days end the day before {@code exportDay}. */
	static String zipName(DailySeries s, LocalDate exportDay) {
		return "tiktok_studio_" + s.spec.slug().replace('.', '_') + "_" + exportDay + ".zip";
	}

	static void studioZip(DailySeries s, Path zip, LocalDate exportDay, boolean withContent, long seed)
			throws IOException {
		studioZip(s, zip, exportDay, 0, s.days, withContent, seed);
	}

	/** Days {@code first} (inclusive) to {@code end} (exclusive) of the series, exported on {@code exportDay}. */
	static void studioZip(DailySeries s, Path zip, LocalDate exportDay, int first, int end, boolean withContent,
			long seed) throws IOException {
		SplittableRandom r = Noise.rng(seed, s.spec.id() + "/tiktok");
		List<Zips.Item> items = new ArrayList<>();
		items.add(new Zips.Item("Overview.csv", CsvOut.bytes(STYLE, csv -> {
			csv.row("Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares");
			for (int i = first; i < end; i++) {
				csv.row(DAY.format(s.day(i)), s.views[i], s.profileVisits[i], s.likes[i], s.comments[i], s.shares[i]);
			}
		})));
		items.add(new Zips.Item("FollowerHistory.csv", CsvOut.bytes(STYLE, csv -> {
			csv.row("Date", "Followers", "Difference in followers from previous day");
			for (int i = first; i < end; i++) {
				int previous = i == 0 ? s.followersBefore() : s.followers[i - 1];
				csv.row(DAY.format(s.day(i)), s.followers[i], s.followers[i] - previous);
			}
		})));
		items.add(new Zips.Item("Viewers.csv", CsvOut.bytes(STYLE, csv -> {
			csv.row("Date", "Total Viewers", "New Viewers", "Returning Viewers");
			for (int i = first; i < end; i++) {
				if (i == end - 1) {
					// the newest day is not split into new and returning viewers yet
					csv.row(DAY.format(s.day(i)), s.reach[i], "undefined", "undefined");
				}
				else {
					long fresh = Math.round(s.reach[i] * (0.62 + 0.1 * r.nextDouble()));
					csv.row(DAY.format(s.day(i)), s.reach[i], fresh, s.reach[i] - fresh);
				}
			}
		})));
		if (withContent) {
			List<Posts.Post> posts = Posts.of(s, r);
			items.add(new Zips.Item("Content.csv", CsvOut.bytes(STYLE, csv -> {
				csv.row("Time", "Video title", "Video link", "Post time", "Total likes", "Total comments", "Total shares",
						"Total views");
				for (int k = posts.size() - 1; k >= 0; k--) {
					Posts.Post post = posts.get(k);
					String day = DAY.format(post.time());
					csv.row(day, post.text().replace("&amp;", "&"),
							"https://www.tiktok.com/@" + s.spec.slug() + "/video/" + "7" + Noise.digits(r, 18), day,
							post.likes(), post.comments(), post.shares(), Math.round(post.impressions() * 1.4));
				}
			})));
		}
		Zips.write(zip, exportDay.atTime(9, 12), items);
	}
}
