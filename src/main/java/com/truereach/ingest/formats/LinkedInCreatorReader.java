package com.truereach.ingest.formats;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Workbook;

import com.truereach.domain.AccountDay;
import com.truereach.domain.PostMetrics;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.Dates;
import com.truereach.ingest.FormatReader;
import com.truereach.ingest.IngestSink;
import com.truereach.domain.Metric;
import com.truereach.domain.Platform;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;
import com.truereach.ingest.Values;

/**
 * LinkedIn personal (creator) analytics, the {@code .xlsx} a member gets from "Export" on their
 * own post analytics. Sheets:
 * <ul>
 * <li>{@code ENGAGEMENT}: {@code Date, Impressions, Engagements}, one row per day (M/D/YYYY):
 * {@link Metric#IMPRESSIONS} and {@link Metric#ENGAGEMENTS};</li>
 * <li>{@code FOLLOWERS}: a line {@code Total followers on 11/30/2026: | 1,234} (or the number on a
 * line {@code Total followers | 1,234} below it) above the table
 * {@code Date, New followers}: the total is {@link Metric#FOLLOWERS} on its day, the daily new
 * followers {@link Metric#FOLLOWS_GAINED} (LinkedIn gives no unfollows);</li>
 * <li>{@code TOP POSTS}: two tables side by side below a remark, {@code Post URL, Post publish date,
 * Engagements} and {@code Post URL, Post publish date, Impressions}, the member's top posts of the
 * period by each: one {@link PostMetrics} per post (its id the {@code urn:li:...} of the link), with
 * its publish day and the engagements and impressions of whichever tables list it;</li>
 * <li>{@code DISCOVERY} (impressions and members reached over the whole period) and
 * {@code DEMOGRAPHICS}: totals and snapshots without a day, counted as summary rows.</li>
 * </ul>
 * A day is one record whichever sheets it appears in: it is given at its ENGAGEMENT row, and its
 * FOLLOWERS row is accepted as part of it. A post is one record likewise, given at its first row.
 */
final class LinkedInCreatorReader implements FormatReader {

	private static final String ENGAGEMENT = "ENGAGEMENT";

	private static final String FOLLOWERS = "FOLLOWERS";

	private static final String TOP_POSTS = "TOP POSTS";

	/** LinkedIn lists at most this many posts in each table of TOP POSTS. */
	private static final int TOP_POSTS_LIMIT = 50;

	/** The metric columns of TOP POSTS' tables, by their lower-case header. */
	private static final Map<String, Metric> POST_METRICS = Map.of("engagements", Metric.ENGAGEMENTS, "impressions",
			Metric.IMPRESSIONS);

	private static final Pattern TOTAL = Pattern.compile("total followers on (.+?):?\\s*$", Pattern.CASE_INSENSITIVE);

	@Override
	public String id() {
		return "linkedin-creator";
	}

	@Override
	public String description() {
		return "LinkedIn personal (creator) analytics .xlsx: sheets DISCOVERY, ENGAGEMENT (Date, Impressions, Engagements), "
				+ "TOP POSTS, FOLLOWERS (Total followers on ...; Date, New followers), DEMOGRAPHICS";
	}

	@Override
	public Platform platform() {
		return Platform.LINKEDIN;
	}

	@Override
	public boolean recognises(Preview preview) {
		return SheetTable.previewHas(preview, ENGAGEMENT, LinkedInCreatorReader::isEngagementHeader)
				&& preview.sheets().keySet().stream().anyMatch(name -> name.trim().equalsIgnoreCase(FOLLOWERS));
	}

	private static boolean isEngagementHeader(List<String> cells) {
		return !cells.isEmpty() && cells.get(0).equals("date") && cells.contains("impressions")
				&& cells.contains("engagements");
	}

	private static boolean isFollowersHeader(List<String> cells) {
		return !cells.isEmpty() && cells.get(0).equals("date") && cells.contains("new followers");
	}

	private static boolean isTopPostsHeader(List<String> cells) {
		return cells.contains("post url") && cells.contains("post publish date");
	}

	/** A FOLLOWERS row read ahead: its day and new followers, or why it cannot be read. */
	private record FollowerRow(long line, LocalDate day, Long gained, BadValue bad) {
	}

	@Override
	public void read(Source source, IngestSink sink) throws IOException {
		try (Workbook workbook = SheetTable.open(source)) {
			SheetTable engagement = SheetTable.find(workbook, ENGAGEMENT, LinkedInCreatorReader::isEngagementHeader);
			if (engagement == null) {
				throw new IOException("sheet '" + ENGAGEMENT + "' with a Date, Impressions, Engagements header not found");
			}
			SheetTable followers = SheetTable.find(workbook, FOLLOWERS, LinkedInCreatorReader::isFollowersHeader);
			Map<LocalDate, FollowerRow> byDay = new LinkedHashMap<>();
			List<FollowerRow> followerRows = followers == null ? List.of() : followerRows(followers, byDay);
			Total total = followers == null ? null : total(followers);
			Set<LocalDate> given = new HashSet<>();
			sink.sheet(engagement.name());
			CsvRows.each(engagement, sink, row -> {
				LocalDate day = row.date("Date");
				Map<Metric, Long> metrics = new EnumMap<>(Metric.class);
				put(metrics, Metric.IMPRESSIONS, row.count("Impressions"));
				put(metrics, Metric.ENGAGEMENTS, row.count("Engagements"));
				FollowerRow follows = byDay.get(day);
				put(metrics, Metric.FOLLOWS_GAINED, follows == null ? null : follows.gained());
				put(metrics, Metric.FOLLOWERS, total != null && total.valid() && total.day().equals(day) ? total.followers() : null);
				sink.accountDay(row.line(), new AccountDay(day, metrics));
				given.add(day);
			});
			Set<String> read = new HashSet<>(Set.of(engagement.name()));
			read.addAll(readTopPosts(workbook, sink));
			if (followers != null) {
				sink.sheet(followers.name());
				for (FollowerRow row : followerRows) {
					if (row.bad() != null) {
						sink.reject(row.line(), row.bad().column(), row.bad().value(), row.bad().reason());
					}
					else if (given.contains(row.day())) {
						sink.accepted(row.line());
					}
					else {
						Map<Metric, Long> metrics = new EnumMap<>(Metric.class);
						put(metrics, Metric.FOLLOWS_GAINED, row.gained());
						put(metrics, Metric.FOLLOWERS, total != null && total.valid() && total.day().equals(row.day())
								? total.followers() : null);
						sink.accountDay(row.line(), new AccountDay(row.day(), metrics));
						given.add(row.day());
					}
				}
				giveTotal(total, given, sink);
				read.add(followers.name());
			}
			SheetTable.explainOtherSheets(workbook, read, sink);
		}
	}

	/**
	 * One of TOP POSTS' side-by-side tables: the column of its link, of its publish date (-1 when
	 * absent) and of each metric it ranks by, 0-based.
	 */
	private record PostTable(int link, int published, Map<Metric, Integer> metrics) {
	}

	/** A post as the tables list it: its first line, and the lines of the other table that list it too. */
	private static final class TopPost {

		final long line;

		final LocalDate published;

		final Map<Metric, Long> metrics = new EnumMap<>(Metric.class);

		final Set<Long> alsoAt = new TreeSet<>();

		TopPost(long line, LocalDate published) {
			this.line = line;
			this.published = published;
		}
	}

	/**
	 * Reads TOP POSTS as posts; returns the name of the sheet when it was read. A row holds one
	 * post of each table (the tables need not be as long as each other, nor list the same posts);
	 * a post in both is one record with both metrics, given at its first row.
	 */
	private static Set<String> readTopPosts(Workbook workbook, IngestSink sink) {
		SheetTable sheet = SheetTable.find(workbook, TOP_POSTS, LinkedInCreatorReader::isTopPostsHeader);
		if (sheet == null) {
			return Set.of();
		}
		List<PostTable> tables = postTables(sheet.headers());
		Map<String, TopPost> posts = new LinkedHashMap<>();
		int[] listed = new int[tables.size()];
		sink.sheet(sheet.name());
		for (SheetTable.Row row : sheet) {
			boolean any = false;
			for (int t = 0; t < tables.size(); t++) {
				PostTable table = tables.get(t);
				String link = row.get(table.link());
				if (link.isEmpty()) {
					continue;
				}
				any = true;
				listed[t]++;
				try {
					topPost(sheet, row, table, link, posts);
				}
				catch (BadValue bad) {
					sink.reject(row.line(), bad.column(), bad.value(), bad.reason());
				}
			}
			if (!any) {
				sink.reject(row.line(), "Post URL", "", "post URL is missing: the post cannot be identified");
			}
		}
		posts.forEach((id, post) -> {
			sink.post(post.line, new PostMetrics(id, post.published == null ? null : post.published.atStartOfDay(),
					null, post.metrics));
			post.alsoAt.forEach(sink::accepted);
		});
		for (int t = 0; t < tables.size(); t++) {
			if (listed[t] >= TOP_POSTS_LIMIT) {
				sink.note("TOP POSTS lists LinkedIn's maximum of " + TOP_POSTS_LIMIT + " posts by "
						+ String.join(", ", tables.get(t).metrics().keySet().stream().map(m -> m.name().toLowerCase(Locale.ROOT)).toList())
						+ ": the period's other posts are not in the file, so its posts per day are a lower bound");
			}
		}
		return Set.of(sheet.name());
	}

	/** The tables of the header row: each starts at a {@code Post URL} column and ends before the next one. */
	private static List<PostTable> postTables(List<String> headers) {
		List<PostTable> tables = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			if (!SheetTable.key(headers.get(i)).equals("post url")) {
				continue;
			}
			int published = -1;
			Map<Metric, Integer> metrics = new EnumMap<>(Metric.class);
			for (int j = i + 1; j < headers.size() && !SheetTable.key(headers.get(j)).equals("post url"); j++) {
				String header = SheetTable.key(headers.get(j));
				if (header.equals("post publish date") && published < 0) {
					published = j;
				}
				else if (POST_METRICS.containsKey(header)) {
					metrics.putIfAbsent(POST_METRICS.get(header), j);
				}
			}
			tables.add(new PostTable(i, published, metrics));
		}
		return tables;
	}

	private static void topPost(SheetTable sheet, SheetTable.Row row, PostTable table, String link,
			Map<String, TopPost> posts) {
		if (!link.startsWith("http")) {
			throw new BadValue(sheet.headers().get(table.link()), link, "not a post URL: the post cannot be identified");
		}
		LocalDate published = table.published() < 0 ? null : row.date(table.published());
		Map<Metric, Long> metrics = new EnumMap<>(Metric.class);
		table.metrics().forEach((metric, column) -> put(metrics, metric,
				Values.count(sheet.headers().get(column), row.get(column))));
		TopPost post = posts.computeIfAbsent(LinkedInWorkbookReader.postId(link), id -> new TopPost(row.line(), published));
		if (post.line != row.line()) {
			post.alsoAt.add(row.line());
		}
		metrics.forEach(post.metrics::putIfAbsent);
	}

	private static List<FollowerRow> followerRows(SheetTable followers, Map<LocalDate, FollowerRow> byDay) {
		List<FollowerRow> rows = new ArrayList<>();
		for (SheetTable.Row row : followers) {
			FollowerRow read;
			try {
				read = new FollowerRow(row.line(), row.date("Date"), row.count("New followers"), null);
				byDay.putIfAbsent(read.day(), read);
			}
			catch (BadValue bad) {
				read = new FollowerRow(row.line(), null, null, bad);
			}
			rows.add(read);
		}
		return rows;
	}

	/** The follower total line above the FOLLOWERS table, read or with why not; null when the sheet has none. */
	private record Total(long line, LocalDate day, Long followers, BadValue bad) {

		boolean valid() {
			return bad == null;
		}
	}

	private static Total total(SheetTable followers) {
		List<Map.Entry<Long, List<String>>> above = new ArrayList<>(followers.rowsAboveHeader().entrySet());
		for (int i = 0; i < above.size(); i++) {
			Map.Entry<Long, List<String>> row = above.get(i);
			List<String> cells = row.getValue();
			Matcher label = TOTAL.matcher(cells.get(0));
			if (!label.matches()) {
				continue;
			}
			String value = cells.size() > 1 ? cells.get(1) : "";
			// some exports put the number on a line of its own below the label: "Total followers | 812"
			List<String> next = i + 1 < above.size() ? above.get(i + 1).getValue() : List.of();
			if (value.isEmpty() && next.size() > 1 && next.get(0).equalsIgnoreCase("Total followers")) {
				value = next.get(1);
			}
			try {
				LocalDate day = Dates.parse("Total followers on", label.group(1).trim());
				Long count = Values.count("Total followers", value);
				if (count == null) {
					throw new BadValue("Total followers", value, "the follower total is missing");
				}
				return new Total(row.getKey(), day, count, null);
			}
			catch (BadValue bad) {
				return new Total(row.getKey(), null, null, bad);
			}
		}
		return null;
	}

	/** The total's own line: part of a day already given, or a day of its own. */
	private static void giveTotal(Total total, Set<LocalDate> given, IngestSink sink) {
		if (total == null) {
			return;
		}
		if (!total.valid()) {
			sink.reject(total.line(), total.bad().column(), total.bad().value(), total.bad().reason());
		}
		else if (given.contains(total.day())) {
			sink.accepted(total.line());
		}
		else {
			sink.accountDay(total.line(), new AccountDay(total.day(), Map.of(Metric.FOLLOWERS, total.followers())));
		}
	}

	private static void put(Map<Metric, Long> metrics, Metric metric, Long value) {
		if (value != null) {
			metrics.put(metric, value);
		}
	}
}
