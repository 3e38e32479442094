package com.truereach.tooling.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** X Premium exports (docs/formats.md, X 3 and 4). */
final class XExports {

	static final String OVERVIEW_HEADER = "Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,"
			+ "Replies,Reposts,Profile visits,Create Post,Video views,Media views";

	static final String CONTENT_HEADER = "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,"
			+ "Shares,New follows,Replies,Reposts,Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,Permalink Clicks";

	static final String OLD_CONTENT_HEADER = "Post id,Date,Post text,Link,Impressions,Likes,Engagements,Bookmarks,"
			+ "Share,New follows,Replies,Reposts,Profile visits,Detail expands,Url clicks,Hashtag clicks,Permalink clicks";

	/** Newest first, LF, no newline after the last row. */
	static final CsvOut.Style STYLE = new CsvOut.Style(CsvOut.Encoding.UTF8, CsvOut.Quoting.MINIMAL, ',', "\n", false);

	static final CsvOut.Style OLD_STYLE = new CsvOut.Style(CsvOut.Encoding.UTF8, CsvOut.Quoting.MINIMAL, ',', "\r\n",
			false);

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.ENGLISH);

	static final DateTimeFormatter OLD_DAY = DateTimeFormatter.ofPattern("EEE MMM d yyyy", Locale.ENGLISH);

	private XExports() {
	}

	static void overview(DailySeries s, Path file, long seed) throws IOException {
		SplittableRandom r = Noise.rng(seed, s.spec.id() + "/x-overview");
		try (CsvOut csv = CsvOut.create(file, STYLE)) {
			csv.raw(OVERVIEW_HEADER);
			for (int i = s.days - 1; i >= 0; i--) {
				int detailExpands = Noise.poisson(r, s.interactions(i) * 0.8);
				int shares = (int) Math.round(s.shares[i] * 0.3);
				csv.row(DAY.format(s.day(i)), s.impressions[i], s.likes[i],
						s.interactions(i) + s.profileVisits[i] + s.linkClicks[i] + detailExpands, s.saves[i], shares,
						s.gained[i], s.lost[i], s.comments[i], s.shares[i] - shares, s.profileVisits[i], s.posts[i],
						Math.round(s.impressions[i] * (0.05 + 0.07 * r.nextDouble())), Math.round(s.impressions[i] * 0.3));
			}
		}
	}

	/** The content export, rows in no order; {@code older} writes the 2025 header, dates and CRLF. */
	static void content(DailySeries s, Path file, boolean older, long seed) throws IOException {
		SplittableRandom r = Noise.rng(seed, s.spec.id() + "/x-content");
		List<Posts.Post> posts = new java.util.ArrayList<>(Posts.of(s, r));
		Posts.shuffle(posts, r);
		try (CsvOut csv = CsvOut.create(file, older ? OLD_STYLE : STYLE)) {
			csv.raw(older ? OLD_CONTENT_HEADER : CONTENT_HEADER);
			for (Posts.Post post : posts) {
				String id = Long.toString(Posts.snowflake(post.time().toInstant(ZoneOffset.UTC).toEpochMilli(), r));
				int detail = Noise.poisson(r, post.likes() * 0.7);
				int hashtags = post.text().contains("#") ? Noise.poisson(r, post.likes() * 0.05) : 0;
				int permalink = Noise.poisson(r, post.likes() * 0.1);
				int shares = (int) Math.round(post.shares() * 0.3);
				csv.row(id, (older ? OLD_DAY : DAY).format(post.time()), post.text(),
						"https://x.com/" + s.spec.slug() + "/status/" + id, post.impressions(), post.likes(),
						post.engagements() + detail + hashtags + permalink, post.saves(), shares, post.follows(),
						post.comments(), post.shares() - shares, post.profileVisits(), detail, post.linkClicks(), hashtags,
						permalink);
			}
		}
	}
}
