package com.truereach.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.truereach.domain.FollowerEntry;
import com.truereach.domain.FollowerProfile;
import com.truereach.domain.Metric;
import com.truereach.domain.PostMetrics;
import com.truereach.domain.Reject;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.TrafficRow;
import com.truereach.domain.Utm;
import com.truereach.ingest.HashedSource;
import com.truereach.ingest.ParsedFile;

/**
 * The history: everything ingested, keyed by account (or revenue source) and day, in plain
 * SQL that runs on H2 and PostgreSQL. Storing is idempotent: the same file twice changes
 * nothing, and where two exports of the same kind cover the same day the newer export wins
 * (the one whose data ends later; on a tie the file modified later), whatever order they
 * arrive in.
 */
public class HistoryStore {

	/** The size of {@code tr_post.extra}. */
	private static final int POST_EXTRA_CHARS = 4000;

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final InputReads inputReads;

	public HistoryStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.inputReads = new InputReads(jdbc);
	}

	/** What each input was when a run last read it: how a run knows an input it need not read again. */
	public InputReads inputReads() {
		return inputReads;
	}

	/** The id of the file's content at its path, registering it on first sight. */
	public long fileId(ParsedFile parsed) {
		String path = parsed.source().name();
		String sha = sha256(parsed);
		List<Long> ids = jdbc.queryForList("SELECT id FROM tr_input_file WHERE path = ? AND sha256 = ?", Long.class,
				path, sha);
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		KeyHolder id = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement ps = connection.prepareStatement("INSERT INTO tr_input_file (path, sha256, format,"
					+ " platform, first_day, last_day, modified, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			ps.setString(1, path);
			ps.setString(2, sha);
			ps.setString(3, parsed.format() == null ? null : parsed.format().id());
			ps.setString(4, parsed.platform() == null ? null : parsed.platform().name());
			ps.setDate(5, sqlDate(parsed.first()));
			ps.setDate(6, sqlDate(parsed.last()));
			ps.setTimestamp(7, Timestamp.from(parsed.source().modified()));
			ps.setTimestamp(8, Timestamp.from(Instant.now()));
			return ps;
		}, id);
		return id.getKey().longValue();
	}

	/** Stores what a usable file gave under {@code owner} (an account id or a revenue source name); returns days replaced. */
	public long store(String owner, ParsedFile parsed, long fileId) {
		long replaced = storeDays(owner, parsed, fileId);
		storePosts(owner, parsed, fileId);
		storeFollowers(owner, parsed, fileId);
		storeProfiles(owner, parsed, fileId);
		replaced += storeRevenue(owner, parsed, fileId);
		storeTraffic(owner, parsed, fileId);
		return replaced;
	}

	public void recordRun(long runId, long fileId, String owner, ParsedFile parsed, long replaced) {
		jdbc.update("DELETE FROM tr_file_run WHERE run_id = ? AND file_id = ? AND owner = ?", runId, fileId, owner);
		jdbc.update("DELETE FROM tr_reject WHERE run_id = ? AND file_id = ?", runId, fileId);
		jdbc.update("INSERT INTO tr_file_run (run_id, file_id, owner, status, message, rows_read, rows_accepted,"
				+ " rows_rejected, rows_skipped, summary_rows, days_replaced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				runId, fileId, owner, parsed.status().name(), truncate(parsed.message(), 4000), parsed.read(),
				parsed.accepted(), parsed.rejected(), parsed.skipped(), parsed.summaryRows(), replaced);
		List<Reject> rejects = parsed.rejects();
		jdbc.batchUpdate("INSERT INTO tr_reject (run_id, file_id, line, col, val, reason) VALUES (?, ?, ?, ?, ?, ?)",
				rejects, 1000, (ps, r) -> {
					ps.setLong(1, runId);
					ps.setLong(2, fileId);
					ps.setLong(3, r.line());
					ps.setString(4, truncate(r.column(), 200));
					ps.setString(5, truncate(r.value(), 500));
					ps.setString(6, truncate(r.reason(), 1000));
				});
	}

	/**
	 * Stores the file's days as one series; returns how many days of an older export of the same
	 * kind it replaces: every such day from its first to its last day, the ones it leaves out
	 * included (an older export's days stay stored but are no longer used).
	 */
	private long storeDays(String account, ParsedFile parsed, long fileId) {
		jdbc.update("DELETE FROM tr_day_series WHERE account = ? AND file_id = ?", account, fileId);
		if (parsed.days().isEmpty()) {
			return 0;
		}
		DaySeries series = DaySeries.of(parsed.days(), parsed.dayLines());
		DaySeries.Range range = DaySeries.Range.of(series.days());
		String kind = kind(parsed, series);
		Map<LocalDate, Newness> newestOther = new HashMap<>();
		jdbc.query("SELECT s.series, f.last_day, f.modified, f.id FROM tr_day_series s JOIN tr_input_file f"
				+ " ON f.id = s.file_id WHERE s.account = ? AND s.kind = ? AND s.first_day <= ? AND s.last_day >= ?",
				rs -> {
					Newness other = newness(rs, 2);
					for (LocalDate day : json.readValue(rs.getString(1), DaySeries.class).days()) {
						newestOther.merge(day, other, (a, b) -> a.isNewerThan(b) ? a : b);
					}
				}, account, kind, sqlDate(range.last()), sqlDate(range.first()));
		long replaced = 0;
		if (!newestOther.isEmpty()) {
			// this file's own newness is looked up only when another export of its kind overlaps it
			Newness mine = newness(fileId);
			replaced = newestOther.entrySet()
				.stream()
				.filter(other -> !other.getKey().isBefore(range.first()) && !other.getKey().isAfter(range.last())
						&& mine.isNewerThan(other.getValue()))
				.count();
		}
		jdbc.update("INSERT INTO tr_day_series (account, kind, file_id, first_day, last_day, day_count, series)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?)", account, kind, fileId, sqlDate(range.first()),
				sqlDate(range.last()), series.size(), series.toJson());
		return replaced;
	}

	/** Day rows of one kind replace each other; different kinds (Meta's Follows.csv and Reach.csv) sit side by side. */
	private static String kind(ParsedFile parsed, DaySeries series) {
		return truncate(parsed.format().id() + ":" + String.join(",", series.metrics().keySet().stream()
			.map(Metric::name)
			.sorted()
			.toList()), 400);
	}

	private void storePosts(String account, ParsedFile parsed, long fileId) {
		List<PostMetrics> posts = parsed.posts();
		if (posts.isEmpty()) {
			return;
		}
		List<Long> lines = parsed.postLines();
		List<Integer> indexes = replaceByKey("tr_post", "post_id", account, posts, PostMetrics::postId);
		jdbc.batchUpdate("INSERT INTO tr_post (account, post_id, published, text, metrics, extra, file_id, line)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", indexes, 1000, (ps, i) -> {
					PostMetrics p = posts.get(i);
					ps.setString(1, account);
					ps.setString(2, p.postId());
					ps.setTimestamp(3, p.published() == null ? null : Timestamp.valueOf(p.published()));
					ps.setString(4, truncate(p.text(), 4000));
					ps.setString(5, json.writeValueAsString(p.metrics()));
					ps.setString(6, extraJson(p.extra()));
					ps.setLong(7, fileId);
					ps.setLong(8, lines.get(i));
				});
	}

	/**
	 * The extra as JSON, sorted by name so that one post always stores the same text; null when
	 * empty. Names that do not fit the column are left off whole, from the end, so that what is
	 * stored is still JSON.
	 */
	private String extraJson(Map<String, BigDecimal> extra) {
		TreeMap<String, BigDecimal> sorted = new TreeMap<>(extra);
		String text = json.writeValueAsString(sorted);
		while (text.length() > POST_EXTRA_CHARS && !sorted.isEmpty()) {
			sorted.pollLastEntry();
			text = json.writeValueAsString(sorted);
		}
		return sorted.isEmpty() ? null : text;
	}

	/**
	 * The items to insert for {@code account}, as indexes (the last item of each key), once the
	 * rows of those keys already stored in {@code table} are deleted. Only keys already stored
	 * are deleted: a first ingest, the usual case, then costs no delete per row.
	 */
	private <T> List<Integer> replaceByKey(String table, String keyColumn, String account, List<T> items,
			Function<T, String> key) {
		List<Integer> indexes = lastOfEach(items, key);
		Set<String> stored = new HashSet<>(jdbc.queryForList(
				"SELECT " + keyColumn + " FROM " + table + " WHERE account = ?", String.class, account));
		List<Integer> present = indexes.stream().filter(i -> stored.contains(key.apply(items.get(i)))).toList();
		jdbc.batchUpdate("DELETE FROM " + table + " WHERE account = ? AND " + keyColumn + " = ?", present, 1000,
				(ps, i) -> {
					ps.setString(1, account);
					ps.setString(2, key.apply(items.get(i)));
				});
		return indexes;
	}

	/**
	 * The index of the last item of each key, keys in the order first seen: a file that lists a
	 * key twice (a post exported twice) gives one row, its last.
	 */
	private static <T> List<Integer> lastOfEach(List<T> items, Function<T, String> key) {
		Map<String, Integer> byKey = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			byKey.put(key.apply(items.get(i)), i);
		}
		return new ArrayList<>(byKey.values());
	}

	private void storeFollowers(String account, ParsedFile parsed, long fileId) {
		if (parsed.followers().isEmpty()) {
			return;
		}
		jdbc.update("DELETE FROM tr_follower WHERE account = ? AND file_id = ?", account, fileId);
		jdbc.batchUpdate("INSERT INTO tr_follower (account, list_kind, file_id, follower_id, followed_at)"
				+ " VALUES (?, ?, ?, ?, ?)", parsed.followers(), 5000, (ps, f) -> {
					ps.setString(1, account);
					ps.setString(2, f.list().name());
					ps.setLong(3, fileId);
					ps.setString(4, truncate(f.followerId(), 200));
					ps.setTimestamp(5, f.followedAt() == null ? null : Timestamp.from(f.followedAt()));
				});
	}

	private void storeProfiles(String account, ParsedFile parsed, long fileId) {
		List<FollowerProfile> profiles = parsed.profiles();
		if (profiles.isEmpty()) {
			return;
		}
		List<Long> lines = parsed.profileLines();
		List<Integer> indexes = replaceByKey("tr_profile", "profile_id", account, profiles, FollowerProfile::id);
		jdbc.batchUpdate("INSERT INTO tr_profile (account, profile_id, profile, file_id, line) VALUES (?, ?, ?, ?, ?)",
				indexes, 1000, (ps, i) -> {
					ps.setString(1, account);
					ps.setString(2, profiles.get(i).id());
					ps.setString(3, truncate(json.writeValueAsString(profiles.get(i)), 4000));
					ps.setLong(4, fileId);
					ps.setLong(5, lines.get(i));
				});
	}

	private long storeRevenue(String source, ParsedFile parsed, long fileId) {
		List<RevenueEvent> events = parsed.revenue();
		if (events.isEmpty()) {
			return 0;
		}
		List<Long> lines = parsed.revenueLines();
		List<Integer> indexes = lastOfEach(events, HistoryStore::byKeyOf);
		Map<String, Long> stored = new HashMap<>();
		jdbc.query("SELECT order_id, kind, file_id FROM tr_revenue WHERE source = ?",
				rs -> {
					stored.put(revenueKey(rs.getString(1), rs.getString(2)), rs.getLong(3));
				}, source);
		List<Integer> present = indexes.stream().filter(i -> stored.containsKey(byKeyOf(events.get(i)))).toList();
		long replaced = present.stream().filter(i -> stored.get(byKeyOf(events.get(i))) != fileId).count();
		jdbc.batchUpdate("DELETE FROM tr_revenue WHERE source = ? AND order_id = ? AND kind = ?", present, 1000,
				(ps, i) -> {
					ps.setString(1, source);
					ps.setString(2, truncate(events.get(i).orderId(), 200));
					ps.setString(3, events.get(i).kind().name());
				});
		jdbc.batchUpdate("INSERT INTO tr_revenue (source, order_id, kind, on_day, amount, currency, utm_source, utm_medium,"
				+ " utm_campaign, utm_content, referrer, file_id, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				indexes, 1000, (ps, i) -> {
					RevenueEvent e = events.get(i);
					ps.setString(1, source);
					ps.setString(2, truncate(e.orderId(), 200));
					ps.setString(3, e.kind().name());
					ps.setDate(4, sqlDate(e.day()));
					ps.setBigDecimal(5, e.amount());
					ps.setString(6, e.currency());
					ps.setString(7, truncate(e.utm().source(), 200));
					ps.setString(8, truncate(e.utm().medium(), 200));
					ps.setString(9, truncate(e.utm().campaign(), 200));
					ps.setString(10, truncate(e.utm().content(), 200));
					ps.setString(11, truncate(e.utm().referrer(), 500));
					ps.setLong(12, fileId);
					ps.setLong(13, lines.get(i));
				});
		return replaced;
	}

	private static String byKeyOf(RevenueEvent event) {
		return revenueKey(event.orderId(), event.kind().name());
	}

	/** An order's key as stored: the id cut to its column's width, and the kind. */
	private static String revenueKey(String orderId, String kind) {
		return truncate(orderId, 200) + "\u0000" + kind;
	}

	private void storeTraffic(String source, ParsedFile parsed, long fileId) {
		List<TrafficRow> rows = parsed.traffic();
		if (rows.isEmpty()) {
			return;
		}
		jdbc.update("DELETE FROM tr_traffic WHERE source = ? AND file_id = ?", source, fileId);
		jdbc.batchUpdate("DELETE FROM tr_traffic WHERE source = ? AND ((on_day = ?) OR (on_day IS NULL AND from_day = ?"
				+ " AND to_day = ?)) AND utm_source = ? AND utm_medium = ? AND utm_campaign = ?", rows, 1000,
				(ps, r) -> setTrafficKey(ps, source, r));
		List<Long> lines = parsed.trafficLines();
		List<Integer> indexes = IntStream.range(0, rows.size()).boxed().toList();
		jdbc.batchUpdate("INSERT INTO tr_traffic (source, on_day, from_day, to_day, utm_source, utm_medium, utm_campaign,"
				+ " sessions, key_events, revenue, currency, file_id, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				indexes, 1000, (ps, i) -> {
					TrafficRow r = rows.get(i);
					setTrafficKey(ps, source, r);
					ps.setLong(8, r.sessions());
					ps.setLong(9, r.keyEvents());
					ps.setBigDecimal(10, r.revenue());
					ps.setString(11, r.currency());
					ps.setLong(12, fileId);
					ps.setLong(13, lines.get(i));
				});
	}

	/** Parameters 1 to 7: what identifies an analytics row (source, day or period, source / medium / campaign). */
	private static void setTrafficKey(PreparedStatement ps, String source, TrafficRow r) throws SQLException {
		ps.setString(1, source);
		ps.setDate(2, sqlDate(r.day()));
		ps.setDate(3, sqlDate(r.from()));
		ps.setDate(4, sqlDate(r.to()));
		ps.setString(5, r.utm().source());
		ps.setString(6, r.utm().medium());
		ps.setString(7, r.utm().campaign());
	}

	/**
	 * The account's metrics per day from {@code from} to {@code to}. Of the exports of one kind,
	 * the newest owns every day from its first to its last day: it gives its whole row, and a day
	 * it leaves out is a day of zero counts (Instagram's insights omit days with 0), not a day
	 * for an older export to fill. Rows of different kinds (Meta's Follows.csv and Reach.csv) are
	 * merged, a newer file's value winning where they overlap.
	 */
	public TreeMap<LocalDate, StoredDay> days(String account, LocalDate from, LocalDate to) {
		Map<LocalDate, Map<String, SeriesRow>> rows = new HashMap<>();
		jdbc.query("SELECT s.kind, s.series, f.path, s.first_day, s.last_day FROM tr_day_series s JOIN tr_input_file f"
				+ " ON f.id = s.file_id WHERE s.account = ? AND s.first_day <= ? AND s.last_day >= ?"
				+ " ORDER BY f.last_day, f.modified, f.id",
				rs -> {
					String kind = rs.getString(1);
					DaySeries series = json.readValue(rs.getString(2), DaySeries.class);
					String path = rs.getString(3);
					Map<LocalDate, Integer> index = new HashMap<>();
					for (int i = 0; i < series.size(); i++) {
						index.put(series.days().get(i), i);
					}
					LocalDate first = latest(localDate(rs, 4), from);
					LocalDate last = localDate(rs, 5).isAfter(to) ? to : localDate(rs, 5);
					for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
						// rows arrive oldest file first: re-inserting keeps each day's rows in that order
						Map<String, SeriesRow> ofDay = rows.computeIfAbsent(day, d -> new LinkedHashMap<>());
						ofDay.remove(kind);
						ofDay.put(kind, new SeriesRow(series, index.getOrDefault(day, SeriesRow.LEFT_OUT), path));
					}
				}, account, sqlDate(to), sqlDate(from));
		TreeMap<LocalDate, StoredDay> result = new TreeMap<>();
		rows.forEach((day, ofDay) -> {
			StoredDay stored = new StoredDay(day);
			for (SeriesRow row : ofDay.values()) {
				row.addTo(stored);
			}
			result.put(day, stored);
		});
		return result;
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/** One day of one export: a row it has, or a day between its first and last that it leaves out. */
	private record SeriesRow(DaySeries series, int index, String path) {

		static final int LEFT_OUT = -1;

		/**
		 * A left-out day counts 0 for every daily count the export carries; the follower total
		 * is a level, not a count, and stays unknown.
		 */
		void addTo(StoredDay stored) {
			if (index == LEFT_OUT) {
				for (Metric metric : series.metrics().keySet()) {
					if (metric != Metric.FOLLOWERS) {
						stored.metrics.put(metric, 0L);
					}
				}
				stored.from(path, LEFT_OUT);
				return;
			}
			stored.metrics.putAll(series.metricsOf(index));
			stored.extra.putAll(series.extraOf(index));
			stored.from(path, series.lines().get(index));
		}
	}

	/** The last day any file of the account covers, or null. */
	public LocalDate lastDay(String account) {
		Date last = jdbc.queryForObject("SELECT MAX(last_day) FROM tr_day_series WHERE account = ?", Date.class,
				account);
		return last == null ? null : last.toLocalDate();
	}

	/**
	 * The last day a file of the account covers, or null; files that reach past {@code notAfter}
	 * are left out: such a file was stored before misdated rows were rejected, and it may not
	 * move the nightly window.
	 */
	public LocalDate lastDay(String account, LocalDate notAfter) {
		Date last = jdbc.queryForObject("SELECT MAX(last_day) FROM tr_day_series WHERE account = ? AND last_day <= ?",
				Date.class, account, sqlDate(notAfter));
		return last == null ? null : last.toLocalDate();
	}

	/**
	 * Posts published per day and the link clicks of those posts, for accounts whose daily export
	 * has neither (X Premium's overview has no URL clicks; its content export has them per post).
	 */
	public Map<LocalDate, PostDay> postDays(String account, LocalDate from, LocalDate to) {
		Map<LocalDate, PostDay> result = new TreeMap<>();
		jdbc.query("SELECT published, metrics FROM tr_post WHERE account = ? AND published >= ? AND published < ?",
				rs -> {
					Map<Metric, Long> metrics = json.readValue(rs.getString(2), new TypeReference<Map<Metric, Long>>() {
					});
					result.merge(rs.getTimestamp(1).toLocalDateTime().toLocalDate(),
							new PostDay(1, metrics.get(Metric.LINK_CLICKS)), PostDay::plus);
				}, account, Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
		return result;
	}

	/** Posts published on a day and the lifetime link clicks of those posts (null when no post reports them). */
	public record PostDay(long posts, Long linkClicks) {

		PostDay plus(PostDay other) {
			Long clicks = linkClicks;
			if (other.linkClicks != null) {
				clicks = clicks == null ? other.linkClicks : Long.valueOf(clicks + other.linkClicks);
			}
			return new PostDay(posts + other.posts, clicks);
		}
	}

	/**
	 * The account's follower-list snapshots of one kind, oldest export first, each with its
	 * members. The parts of one download ({@code followers_1.json}, {@code followers_2.json};
	 * {@code follower.js}, {@code follower-part1.js}) are one snapshot.
	 */
	public List<FollowerSnapshot> followerSnapshots(String account, FollowerEntry.ListKind kind) {
		Map<String, List<String>> parts = new LinkedHashMap<>();
		Map<String, List<FollowerEntry>> members = new LinkedHashMap<>();
		Map<String, LocalDate> days = new HashMap<>();
		LocalDate lastExported = lastDay(account);
		jdbc.query("SELECT f.id, f.path, t.follower_id, t.followed_at, f.modified FROM tr_follower t JOIN tr_input_file f"
				+ " ON f.id = t.file_id WHERE t.account = ? AND t.list_kind = ? ORDER BY f.modified, f.id", rs -> {
					String path = rs.getString(2);
					String snapshot = snapshotKey(path);
					List<String> files = parts.computeIfAbsent(snapshot, k -> new ArrayList<>());
					if (!files.contains(path)) {
						files.add(path);
					}
					Timestamp followed = rs.getTimestamp(4);
					members.computeIfAbsent(snapshot, k -> new ArrayList<>())
						.add(new FollowerEntry(kind, rs.getString(3), followed == null ? null : followed.toInstant()));
					LocalDate downloaded = utcDay(rs.getTimestamp(5).toInstant());
					if (lastExported != null && downloaded.isAfter(lastExported)) {
						downloaded = lastExported;
					}
					LocalDate day = followed == null ? downloaded : latest(downloaded, utcDay(followed.toInstant()));
					days.merge(snapshot, day, HistoryStore::latest);
				}, account, kind.name());
		List<FollowerSnapshot> snapshots = new ArrayList<>();
		parts.forEach((snapshot, files) -> snapshots.add(new FollowerSnapshot(
				files.get(0) + (files.size() > 1 ? " (" + files.size() + " parts)" : ""), days.get(snapshot),
				members.get(snapshot))));
		return snapshots;
	}

	/** The folder and name of a list file without its part number. */
	static String snapshotKey(String path) {
		int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
		return path.substring(0, slash + 1)
				+ path.substring(slash + 1).replaceAll("(_\\d+|-part\\d+)(?=\\.[A-Za-z]+$)", "");
	}

	/**
	 * One follower-list download of an account (its first file, and how many parts), the day it
	 * shows and who is on it. The day is the latest follow on the list, or, when later, the day
	 * the file was saved, but never after the account's last exported day: a file copied later
	 * than it was downloaded keeps a later time, and the list cannot be of a day no export reached.
	 */
	public record FollowerSnapshot(String file, LocalDate day, List<FollowerEntry> members) {
	}

	/**
	 * The day of the account's follower sample: the day its newest file was saved, but not after
	 * the account's last exported day (as for a follower list); null without a sample.
	 */
	public LocalDate sampleDay(String account) {
		Timestamp saved = jdbc.queryForObject("SELECT MAX(f.modified) FROM tr_profile p JOIN tr_input_file f"
				+ " ON f.id = p.file_id WHERE p.account = ?", Timestamp.class, account);
		if (saved == null) {
			return null;
		}
		LocalDate day = utcDay(saved.toInstant());
		LocalDate lastExported = lastDay(account);
		return lastExported != null && day.isAfter(lastExported) ? lastExported : day;
	}

	private static LocalDate utcDay(Instant instant) {
		return instant.atZone(java.time.ZoneOffset.UTC).toLocalDate();
	}

	public List<FollowerProfile> profiles(String account) {
		return jdbc.query("SELECT profile FROM tr_profile WHERE account = ? ORDER BY profile_id",
				(rs, n) -> json.readValue(rs.getString(1), FollowerProfile.class), account);
	}

	/** Revenue events of the named sources dated {@code from} to {@code to}. */
	public List<StoredRevenue> revenue(List<String> sources, LocalDate from, LocalDate to) {
		if (sources.isEmpty()) {
			return List.of();
		}
		String in = String.join(", ", java.util.Collections.nCopies(sources.size(), "?"));
		List<Object> args = new ArrayList<>(sources);
		args.add(sqlDate(from));
		args.add(sqlDate(to));
		return jdbc.query("SELECT order_id, on_day, kind, amount, currency, utm_source, utm_medium, utm_campaign,"
				+ " utm_content, referrer, source FROM tr_revenue WHERE source IN (" + in + ") AND on_day BETWEEN ? AND ?"
				+ " ORDER BY on_day, source, order_id, kind",
				(rs, n) -> new StoredRevenue(rs.getString(11),
						new RevenueEvent(rs.getString(1), rs.getDate(2).toLocalDate(),
								RevenueEvent.Kind.valueOf(rs.getString(3)), rs.getBigDecimal(4).stripTrailingZeros(),
								rs.getString(5), new Utm(rs.getString(6), rs.getString(7), rs.getString(8),
										rs.getString(9), rs.getString(10)))),
				args.toArray());
	}

	/** Analytics rows of the named sources overlapping {@code from}..{@code to}. */
	public List<TrafficRow> traffic(List<String> sources, LocalDate from, LocalDate to) {
		if (sources.isEmpty()) {
			return List.of();
		}
		String in = String.join(", ", java.util.Collections.nCopies(sources.size(), "?"));
		List<Object> args = new ArrayList<>(sources);
		args.addAll(List.of(sqlDate(from), sqlDate(to), sqlDate(to), sqlDate(from)));
		return jdbc.query("SELECT on_day, from_day, to_day, utm_source, utm_medium, utm_campaign, sessions, key_events,"
				+ " revenue, currency FROM tr_traffic WHERE source IN (" + in + ") AND ((on_day BETWEEN ? AND ?)"
				+ " OR (on_day IS NULL AND from_day <= ? AND to_day >= ?))",
				(rs, n) -> new TrafficRow(localDate(rs, 1), localDate(rs, 2), localDate(rs, 3),
						new Utm(rs.getString(4), rs.getString(5), rs.getString(6), null, null), rs.getLong(7),
						rs.getLong(8), rs.getBigDecimal(9), rs.getString(10)),
				args.toArray());
	}

	public List<FileRun> fileRuns(long runId) {
		return jdbc.query("SELECT f.path, f.format, f.platform, f.first_day, f.last_day, r.owner, r.status, r.message,"
				+ " r.rows_read, r.rows_accepted, r.rows_rejected, r.summary_rows, r.days_replaced, r.rows_skipped"
				+ " FROM tr_file_run r JOIN tr_input_file f ON f.id = r.file_id WHERE r.run_id = ? ORDER BY r.owner, f.path",
				(rs, n) -> new FileRun(rs.getString(1), rs.getString(2), rs.getString(3), localDate(rs, 4),
						localDate(rs, 5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9),
						rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14)),
				runId);
	}

	public List<Reject> rejects(long runId, int limit) {
		return jdbc.query("SELECT f.path, j.line, j.col, j.val, j.reason FROM tr_reject j JOIN tr_input_file f"
				+ " ON f.id = j.file_id WHERE j.run_id = ? ORDER BY f.path, j.line", ps -> {
					ps.setLong(1, runId);
					ps.setMaxRows(limit);
				}, (rs, n) -> new Reject(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getString(5)));
	}

	public void saveResult(long runId, String step, String account, Object result) {
		jdbc.update("DELETE FROM tr_result WHERE run_id = ? AND step = ? AND account = ?", runId, step, account);
		jdbc.update("INSERT INTO tr_result (run_id, step, account, payload) VALUES (?, ?, ?, ?)", runId, step, account,
				json.writeValueAsString(result));
	}

	public <T> Map<String, T> results(long runId, String step, Class<T> type) {
		Map<String, T> results = new LinkedHashMap<>();
		jdbc.query("SELECT account, payload FROM tr_result WHERE run_id = ? AND step = ? ORDER BY account", rs -> {
			results.put(rs.getString(1), json.readValue(rs.getString(2), type));
		}, runId, step);
		return results;
	}

	private Newness newness(long fileId) {
		return jdbc.queryForObject("SELECT last_day, modified, id FROM tr_input_file WHERE id = ?",
				(rs, n) -> newness(rs, 1), fileId);
	}

	/** The newness of the file whose last_day, modified and id are the columns from {@code first} on. */
	private static Newness newness(ResultSet rs, int first) throws SQLException {
		return new Newness(localDate(rs, first), rs.getTimestamp(first + 1).toInstant(), rs.getLong(first + 2));
	}

	private record Newness(LocalDate lastDay, Instant modified, long id) {

		boolean isNewerThan(Newness other) {
			int byDay = compare(lastDay, other.lastDay);
			if (byDay != 0) {
				return byDay > 0;
			}
			int byTime = modified.compareTo(other.modified);
			return byTime != 0 ? byTime > 0 : id > other.id;
		}

		private static int compare(LocalDate a, LocalDate b) {
			if (a == null || b == null) {
				return a == null ? (b == null ? 0 : -1) : 1;
			}
			return a.compareTo(b);
		}
	}

	/**
	 * One account-day as stored: the metrics, the unmapped columns and the file lines they came
	 * from, kept as the file's path (one string for all its days) and a line number, and written
	 * out only when asked for.
	 */
	public static final class StoredDay {

		private final LocalDate day;

		private final EnumMap<Metric, Long> metrics = new EnumMap<>(Metric.class);

		private final Map<String, BigDecimal> extra = new LinkedHashMap<>();

		private final List<String> paths = new ArrayList<>(1);

		private final List<Long> lines = new ArrayList<>(1);

		StoredDay(LocalDate day) {
			this.day = day;
		}

		public LocalDate day() {
			return day;
		}

		public Long get(Metric metric) {
			return metrics.get(metric);
		}

		public Map<Metric, Long> metrics() {
			return metrics;
		}

		public Map<String, BigDecimal> extra() {
			return extra;
		}

		/** Adds a file line behind the day; {@code line} is {@link SeriesRow#LEFT_OUT} for a day the file leaves out. */
		void from(String path, long line) {
			paths.add(path);
			lines.add(line);
		}

		/** True when some export covers the day. */
		public boolean observed() {
			return !paths.isEmpty();
		}

		/** The file lines behind the day, as {@code path:line}. */
		public List<String> sources() {
			List<String> sources = new ArrayList<>(paths.size());
			for (int i = 0; i < paths.size(); i++) {
				sources.add(lines.get(i) == SeriesRow.LEFT_OUT ? paths.get(i) + ": day not listed (0)"
						: paths.get(i) + ":" + lines.get(i));
			}
			return sources;
		}
	}

	public record StoredRevenue(String source, RevenueEvent event) {
	}

	public record FileRun(String path, String format, String platform, LocalDate first, LocalDate last, String owner,
			String status, String message, long read, long accepted, long rejected, long summaryRows,
			long replaced, long skipped) {
	}

	private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static Date sqlDate(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	/**
	 * The content's digest, taken while the file was read. A file that was skipped is never opened
	 * (opening a pipe waits for a writer), and one deleted before it was read to the end has no
	 * content left: both are recorded by path with a marker in place of the digest.
	 */
	private static String sha256(ParsedFile parsed) {
		if (parsed.status() == ParsedFile.Status.SKIPPED) {
			return "(not opened)";
		}
		try {
			return HashedSource.of(parsed.source()).digests().sha256();
		}
		catch (NoSuchFileException ex) {
			return "(gone)";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
