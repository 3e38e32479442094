package com.truereach.tooling.generate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The single posts behind a series' daily post counts, each with a share of the day's audience
 * response. Post exports are views of these; the totals stay close to the daily files.
 */
final class Posts {

	record Post(int dayIndex, LocalDateTime time, String text, long impressions, long reach, int likes,
			int comments, int shares, int saves, int profileVisits, int linkClicks, int follows) {

		int engagements() {
			return likes + comments + shares + saves + profileVisits + linkClicks;
		}
	}

	private static final List<String> OPENERS = List.of("New roast day", "Behind the bar", "Morning ritual",
			"From the farm", "Weekend brew guide", "Meet our roaster", "Latte art Friday", "Cold brew season",
			"Tasting notes", "Origin story");

	private static final List<String> LINES = List.of("Ethiopia Guji, washed: jasmine, peach & bergamot.",
			"Grind, bloom 30s, pour slowly. That's it.", "Link in bio for the spring box, while it lasts.",
			"Who else drinks it black? \u2615", "Tell us your brew method below, we read every reply.",
			"Small batch, roasted on Tuesday, in your cup by Friday.", "Oat, whole or none: which team are you?",
			"Shot pulled at 9 bar, 28 seconds, 1:2 ratio.", "Thank you for 10 years of mornings together!",
			"Decaf that actually tastes like coffee. Yes, really.");

	private Posts() {
	}

	static List<Post> of(DailySeries s, SplittableRandom r) {
		List<Post> posts = new ArrayList<>();
		for (int i = 0; i < s.days; i++) {
			int n = s.posts[i];
			for (int k = 0; k < n; k++) {
				double share = 0.75 / n * Noise.logNormal(r, 0.35);
				int minute = 7 * 60 + 30 + r.nextInt(12 * 60);
				LocalDateTime time = s.day(i).atTime(minute / 60, minute % 60, r.nextInt(60));
				posts.add(new Post(i, time, text(r), Math.round(s.impressions[i] * share), Math.round(s.reach[i] * share),
						(int) Math.round(s.likes[i] * share), (int) Math.round(s.comments[i] * share),
						(int) Math.round(s.shares[i] * share), (int) Math.round(s.saves[i] * share),
						(int) Math.round(s.profileVisits[i] * share), (int) Math.round(s.linkClicks[i] * share),
						(int) Math.round(Math.max(0, s.gained[i] - s.bought[i] + (i > 0 ? s.bought[i - 1] : 0)) * share * 0.3)));
			}
		}
		return posts;
	}

	/** Post text with the things exports get wrong: commas, quotes, line breaks and HTML entities. */
	static String text(SplittableRandom r) {
		String opener = Noise.pick(r, OPENERS);
		String line = Noise.pick(r, LINES);
		return switch (r.nextInt(4)) {
			case 0 -> opener + ": " + line;
			case 1 -> opener + "\n\n" + line;
			case 2 -> "\"" + opener + "\" - " + line + " #coffee #specialtycoffee";
			default -> opener + " &amp; friends. " + line;
		};
	}

	/** A Twitter snowflake id for a post made at {@code epochMillis}. */
	static long snowflake(long epochMillis, SplittableRandom r) {
		return ((epochMillis - 1288834974657L) << 22) | (r.nextLong() & 0x3FFFFFL);
	}

	/** A deterministic shuffle (Fisher-Yates): exports whose rows are not sorted. */
	static <T> void shuffle(List<T> items, SplittableRandom r) {
		for (int i = items.size() - 1; i > 0; i--) {
			int j = r.nextInt(i + 1);
			T t = items.get(i);
			items.set(i, items.get(j));
			items.set(j, t);
		}
	}
}
