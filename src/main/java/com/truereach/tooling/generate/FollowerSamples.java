package com.truereach.tooling.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Follower profile samples in Twitter user-object columns (docs/formats.md, Follower profile samples).
 * Humans vary widely (lurkers included); fakes look like bought followers: few followers, many
 * friends, no bio, hardly any posts, often the default profile and image.
 */
final class FollowerSamples {

	static final List<String> HEADER = List.of("id", "name", "screen_name", "statuses_count", "followers_count",
			"friends_count", "favourites_count", "listed_count", "url", "location", "default_profile",
			"default_profile_image", "verified", "description");

	static final CsvOut.Style STYLE = new CsvOut.Style(CsvOut.Encoding.UTF8, CsvOut.Quoting.MINIMAL, ',', "\n", true);

	private static final List<String> LOCATIONS = List.of("Seattle, WA", "Portland", "Berlin", "London, UK",
			"Amsterdam", "Toronto", "Melbourne", "Austin, TX", "Oslo", "Lyon, France", "NYC", "Bay Area");

	private static final List<String> BIOS = List.of("Coffee first, then everything else.",
			"Barista, home roaster, bad puns.", "Product designer. Cold brew evangelist.",
			"Mum of two, runner, flat white enthusiast", "Writing about food, travel and good beans",
			"Cafe owner in a small town \u2615", "PhD student. Espresso powered.", "Photographer | Latte art fan",
			"Tea person secretly in love with coffee", "Software engineer, V60 nerd");

	/** A sampled follower: the screen name and whether it is one of the bought or fake accounts. */
	record Member(String screenName, String name, boolean fake) {
	}

	private FollowerSamples() {
	}

	static void write(Path file, List<Member> members, long seed, String label) throws IOException {
		SplittableRandom r = Noise.rng(seed, label + "/profiles");
		try (CsvOut csv = CsvOut.create(file, STYLE)) {
			csv.row(HEADER);
			for (Member m : members) {
				// bought accounts are young (long snowflake ids); humans joined over the years, some recently
				String id = Noise.digits(r, m.fake() || r.nextInt(6) == 0 ? 19 : 7 + r.nextInt(4));
				if (m.fake()) {
					int friends = 300 + r.nextInt(2200);
					csv.row(id, m.name(), m.screenName(), r.nextInt(25), r.nextInt(26), friends, r.nextInt(12), 0, "",
							r.nextInt(10) == 0 ? Noise.pick(r, LOCATIONS) : "", r.nextInt(7) != 0, r.nextInt(5) < 3,
							false, r.nextInt(12) == 0 ? "follow back" : "");
				}
				else {
					boolean lurker = r.nextInt(12) == 0;
					long statuses = lurker ? 3 + r.nextInt(40) : Math.round(900 * Noise.logNormal(r, 1.3));
					long followers = lurker ? 8 + r.nextInt(40) : Math.round(260 * Noise.logNormal(r, 1.2));
					long friends = Math.round(280 * Noise.logNormal(r, 0.9));
					long listed = followers > 200 ? r.nextInt((int) Math.min(60, followers / 40) + 1) : r.nextInt(2);
					csv.row(id, m.name(), m.screenName(), statuses, followers, friends,
							Math.round(1500 * Noise.logNormal(r, 1.4)), listed,
							r.nextInt(10) < 3 ? "https://" + m.screenName().replace('.', '-') + ".example.net" : "",
							r.nextInt(10) < 7 ? Noise.pick(r, LOCATIONS) : "", r.nextInt(4) == 0, r.nextInt(40) == 0,
							r.nextInt(150) == 0, r.nextInt(10) < 8 ? Noise.pick(r, BIOS) : "");
				}
			}
		}
	}

	/** {@code size} members, {@code fakes} of them fake, in a seeded random order. */
	static List<Member> invented(int size, int fakes, long seed, String label) {
		SplittableRandom r = Noise.rng(seed, label + "/members");
		MetaExports.FollowerList names = new MetaExports.FollowerList(r);
		for (int i = 0; i < size; i++) {
			names.join(0, i < fakes);
		}
		return mix(names.organic(), names.bought(), size - fakes, fakes, r);
	}

	/** Draws {@code humans} organic and {@code fakes} bought followers from a real follower list. */
	static List<Member> drawn(MetaExports.FollowerList list, int humans, int fakes, long seed, String label) {
		return mix(list.organic(), list.bought(), humans, fakes, Noise.rng(seed, label + "/draw"));
	}

	private static List<Member> mix(List<MetaExports.FollowerList.Follower> organic,
			List<MetaExports.FollowerList.Follower> bought, int humans, int fakes, SplittableRandom r) {
		List<Member> members = new ArrayList<>();
		for (MetaExports.FollowerList.Follower f : take(organic, humans, r)) {
			members.add(new Member(f.username(), displayName(f.username()), false));
		}
		for (MetaExports.FollowerList.Follower f : take(bought, fakes, r)) {
			members.add(new Member(f.username(), f.username().replaceAll("[_0-9]", ""), true));
		}
		Posts.shuffle(members, r);
		return members;
	}

	private static <T> List<T> take(List<T> pool, int n, SplittableRandom r) {
		List<T> copy = new ArrayList<>(pool);
		Posts.shuffle(copy, r);
		return copy.subList(0, Math.min(n, copy.size()));
	}

	private static String displayName(String username) {
		String[] parts = username.replaceAll("[0-9]", "").replace("the", "").split("[._]");
		StringBuilder name = new StringBuilder();
		for (String part : parts) {
			if (!part.isEmpty() && !part.equals("brews") && !part.equals("daily")) {
				name.append(name.length() > 0 ? " " : "").append(Character.toUpperCase(part.charAt(0)))
					.append(part.substring(1));
			}
		}
		return name.length() == 0 ? username : name.toString();
	}
}
