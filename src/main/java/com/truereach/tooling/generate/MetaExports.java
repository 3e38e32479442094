package com.truereach.tooling.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntToLongFunction;

import com.truereach.domain.Platform;

/** Meta Business Suite insights and post exports, and the Download-your-information follower list (docs/formats.md, Meta). */
final class MetaExports {

	/** One daily insights file: its name, its title word, and the series value it shows. */
	record Insight(String file, String metric, IntToLongFunction value) {
	}

	static final CsvOut.Style INSIGHTS = new CsvOut.Style(CsvOut.Encoding.UTF16LE_BOM, CsvOut.Quoting.ALL, ',', "\n",
			true);

	/** What Excel writes back: UTF-8, {@code ;}, quotes dropped, CRLF. */
	static final CsvOut.Style EXCEL_RESAVE = new CsvOut.Style(CsvOut.Encoding.UTF8, CsvOut.Quoting.MINIMAL, ';', "\r\n",
			true);

	static final CsvOut.Style POSTS = new CsvOut.Style(CsvOut.Encoding.UTF8_BOM, CsvOut.Quoting.MINIMAL_AND_SPACES, ',',
			"\n", true);

	static final String INSTAGRAM_POST_HEADER = "\"Post ID\",\"Account ID\",\"Account username\",\"Account name\",Description,"
			+ "\"Duration (sec)\",\"Publish time\",Permalink,\"Post type\",\"Data comment\",Date,Views,Reach,Likes,Shares,"
			+ "Comments,Saves,Follows";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private static final DateTimeFormatter PUBLISH = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm");

	private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("MMM-dd-yyyy", Locale.ENGLISH);

	private static final ZoneId META_TIME = ZoneId.of("America/Los_Angeles");

	private MetaExports() {
	}

	static List<Insight> insights(DailySeries s) {
		return List.of(new Insight("Follows.csv", "follows", i -> s.gained[i]),
				new Insight("Reach.csv", "reach", i -> s.reach[i]), new Insight("Views.csv", "Views", i -> s.views[i]),
				new Insight("Visits.csv", "visits", i -> s.profileVisits[i]),
				new Insight("Interactions.csv", "interactions", i -> s.interactions(i)),
				new Insight("Link clicks.csv", "link clicks", i -> s.linkClicks[i]));
	}

	/** {@code "Instagram follows"}, {@code "Facebook reach"}; {@code "Views"} names no platform, as in the real files. */
	static String title(Platform platform, Insight insight) {
		if (insight.metric().equals("Views")) {
			return "Views";
		}
		return platform.label() + " " + insight.metric();
	}

	/**
	 * One insights file as Meta writes it. Instagram leaves out days with 0, Facebook lists them;
	 * the hour of the stamp flips with daylight saving in Meta's Pacific time.
	 */
	static void insight(DailySeries s, Insight insight, Path file) throws IOException {
		boolean sparse = s.spec.platform() == Platform.INSTAGRAM;
		try (CsvOut csv = CsvOut.create(file, INSIGHTS)) {
			csv.raw("sep=,");
			csv.row(title(s.spec.platform(), insight));
			csv.row("Date", "Primary");
			for (int i = 0; i < s.days; i++) {
				long value = insight.value().applyAsLong(i);
				if (value != 0 || !sparse) {
					csv.row(stamp(s.day(i)), value);
				}
			}
		}
	}

	/** The same file after a person opened it in Excel and saved it again. */
	static void excelResaved(DailySeries s, Insight insight, Path file) throws IOException {
		try (CsvOut csv = CsvOut.create(file, EXCEL_RESAVE)) {
			csv.row(title(s.spec.platform(), insight), "");
			csv.row("Date", "Primary");
			for (int i = 0; i < s.days; i++) {
				csv.row(stamp(s.day(i)), insight.value().applyAsLong(i));
			}
		}
	}

	static String stamp(LocalDate day) {
		boolean summer = META_TIME.getRules().isDaylightSavings(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
		return STAMP.format(day.atTime(summer ? 0 : 1, 0));
	}

	static String postExportName(DailySeries s, String id) {
		return FILE_DAY.format(s.first) + "_" + FILE_DAY.format(s.last()) + "_" + id + ".csv";
	}

	/** Instagram post export: BOM, mixed quoting, line breaks inside Description, {@code Lifetime} in Date. */
	static void instagramPosts(DailySeries s, Path file, String accountId, long seed) throws IOException {
		SplittableRandom r = Noise.rng(seed, s.spec.id() + "/ig-posts");
		List<Posts.Post> posts = Posts.of(s, r);
		try (CsvOut csv = CsvOut.create(file, POSTS)) {
			csv.raw(INSTAGRAM_POST_HEADER);
			for (int k = posts.size() - 1; k >= 0; k--) {
				Posts.Post post = posts.get(k);
				boolean reel = r.nextInt(3) == 0;
				String type = reel ? "IG reel" : r.nextInt(3) == 0 ? "IG carousel" : "IG image";
				String link = "https://www.instagram.com/" + (reel ? "reel/" : "p/") + Noise.token(r, 11) + "/";
				csv.row("18" + Noise.digits(r, 15), accountId, s.spec.slug(), s.spec.name(), post.text().replace("&amp;", "&"),
						reel ? Integer.toString(7 + r.nextInt(50)) : "", PUBLISH.format(post.time()), link, type, "",
						"Lifetime", Math.round(post.impressions() * (reel ? 1.6 : 1.1)), post.reach(), post.likes(),
						post.shares(), post.comments(), post.saves(), post.follows());
			}
		}
	}

	/**
	 * {@code followers_1.json} ({@code _2} ... for a long list) as of the export: who follows now and since when. Organic followers
	 * who left and removed bought accounts are gone from it; the bought ones all joined within hours.
	 *
	 * @return the usernames of the bought followers still in the list, for the follower sample
	 */
	static FollowerList followersJson(DailySeries s, Path file, long seed) throws IOException {
		SplittableRandom r = Noise.rng(seed, s.spec.id() + "/followers-json");
		FollowerList list = new FollowerList(r);
		long firstEpoch = s.first.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
		int before = s.followersBefore();
		for (int k = 0; k < before; k++) {
			list.join(firstEpoch - 60 - (long) (r.nextDouble() * 3 * 365 * 86400), false);
		}
		for (int i = 0; i < s.days; i++) {
			long dayStart = firstEpoch + i * 86400L;
			int boughtToday = i > 0 ? Math.max(0, s.bought[i] - s.bought[i - 1]) : s.bought[0];
			int purgedToday = i > 0 ? Math.max(0, s.bought[i - 1] - s.bought[i]) : 0;
			long boughtStart = dayStart + 3 * 3600 + r.nextInt(4 * 3600);
			for (int k = 0; k < boughtToday; k++) {
				// delivered in one batch within about two hours
				list.join(boughtStart + r.nextInt(7200), true);
			}
			for (int k = 0; k < s.gained[i] - boughtToday; k++) {
				list.join(dayStart + r.nextInt(86400), false);
			}
			for (int k = 0; k < purgedToday; k++) {
				list.leave(true);
			}
			for (int k = 0; k < s.lost[i] - purgedToday; k++) {
				list.leave(false);
			}
		}
		list.write(file);
		return list;
	}

	/** The follower list being built: organic and bought followers kept apart so that each can leave. */
	static final class FollowerList {

		/** Followers per file of a split download; keeps each demo file under 2 MB. */
		static final int PART_SIZE = 10_000;

		record Follower(String username, long timestamp, boolean bought) {
		}

		private static final List<String> FIRST = List.of("anna", "ben", "clara", "david", "ella", "finn", "greta",
				"hugo", "ida", "jonas", "kim", "lena", "max", "nora", "oskar", "paula", "quinn", "rosa", "sam", "tess",
				"ugo", "vera", "will", "yara", "zoe", "mila", "leo", "emma", "noah", "lina");

		private static final List<String> LAST = List.of("keller", "berg", "moreau", "santos", "novak", "lindqvist",
				"okafor", "haas", "rossi", "tanaka", "walsh", "kowalski", "fischer", "meyer", "dubois", "costa");

		private final SplittableRandom r;

		private final List<Follower> organic = new ArrayList<>();

		private final List<Follower> bought = new ArrayList<>();

		private final Set<String> taken = new HashSet<>();

		FollowerList(SplittableRandom r) {
			this.r = r;
		}

		void join(long timestamp, boolean isBought) {
			String name;
			do {
				name = isBought ? boughtName() : humanName();
			}
			while (!taken.add(name));
			(isBought ? bought : organic).add(new Follower(name, timestamp, isBought));
		}

		void leave(boolean isBought) {
			List<Follower> pool = isBought ? bought : organic;
			if (!pool.isEmpty()) {
				int i = r.nextInt(pool.size());
				pool.set(i, pool.get(pool.size() - 1));
				pool.remove(pool.size() - 1);
			}
		}

		List<Follower> organic() {
			return organic;
		}

		List<Follower> bought() {
			return bought;
		}

		int size() {
			return organic.size() + bought.size();
		}

		private String humanName() {
			String first = Noise.pick(r, FIRST);
			String last = Noise.pick(r, LAST);
			return switch (r.nextInt(4)) {
				case 0 -> first + "." + last;
				case 1 -> first + "_" + last + (r.nextInt(90) + 10);
				case 2 -> first + last.charAt(0) + (1970 + r.nextInt(40));
				default -> "the" + first + "." + (r.nextBoolean() ? "brews" : "daily");
			};
		}

		private String boughtName() {
			return Noise.token(r, 3 + r.nextInt(3)).toLowerCase(Locale.ROOT) + "_" + Noise.digits(r, 4)
					+ Noise.token(r, 3).toLowerCase(Locale.ROOT);
		}

		/**
		 * Newest follower first, one entry per line, as compact JSON, split as Instagram splits a
		 * long list: {@code followers_1.json}, {@code followers_2.json}, ... of at most
		 * {@value #PART_SIZE} followers each.
		 */
		void write(Path first) throws IOException {
			List<Follower> all = new ArrayList<>(organic);
			all.addAll(bought);
			all.sort(Comparator.comparingLong(Follower::timestamp).reversed().thenComparing(Follower::username));
			Files.createDirectories(first.toAbsolutePath().getParent());
			String name = first.getFileName().toString();
			for (int part = 0; part * PART_SIZE < all.size(); part++) {
				List<Follower> slice = all.subList(part * PART_SIZE, Math.min(all.size(), (part + 1) * PART_SIZE));
				Path file = first.resolveSibling(name.replace("_1.json", "_" + (part + 1) + ".json"));
				try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
					out.write("[\n");
					for (int i = 0; i < slice.size(); i++) {
						Follower f = slice.get(i);
						out.write("  {\"title\": \"\", \"media_list_data\": [], \"string_list_data\": [{\"href\": "
								+ "\"https://www.instagram.com/" + f.username() + "\", \"value\": \"" + f.username()
								+ "\", \"timestamp\": " + f.timestamp() + "}]}");
						out.write(i + 1 < slice.size() ? ",\n" : "\n");
					}
					out.write("]\n");
				}
			}
		}
	}
}
