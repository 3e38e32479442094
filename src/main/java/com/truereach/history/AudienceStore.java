package com.truereach.history;

import static com.truereach.history.HistorySql.latest;
import static com.truereach.history.HistorySql.replaceByKey;
import static com.truereach.history.HistorySql.truncate;
import static com.truereach.history.HistorySql.utcDay;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.truereach.domain.FollowerEntry;
import com.truereach.domain.FollowerProfile;
import com.truereach.domain.Metric;
import com.truereach.domain.PostMetrics;

/**
 * The accounts' audience: their posts ({@code tr_post}), follower lists ({@code tr_follower}) and
 * follower sample profiles ({@code tr_profile}). A post or a profile exported again replaces the
 * stored one; a follower list is a snapshot of its file. The days the lists and the sample show
 * are bounded by the account's last exported day, which {@link AccountDayStore} knows.
 */
public class AudienceStore {

	/** The size of {@code tr_post.extra}. */
	private static final int POST_EXTRA_CHARS = 4000;

	private final JdbcTemplate jdbc;

	private final AccountDayStore accountDays;

	private final JsonMapper json = JsonMapper.builder().build();

	public AudienceStore(JdbcTemplate jdbc, AccountDayStore days) {
		this.jdbc = jdbc;
		this.accountDays = days;
	}

	/** Stores the posts, follower-list entries and profiles a usable file gave under {@code account}. */
	public void store(String account, ParsedExport export, long fileId) {
		storePosts(account, export, fileId);
		storeFollowers(account, export, fileId);
		storeProfiles(account, export, fileId);
	}

	private void storePosts(String account, ParsedExport export, long fileId) {
		List<PostMetrics> posts = export.posts();
		if (posts.isEmpty()) {
			return;
		}
		List<Long> lines = export.postLines();
		List<Integer> indexes = replaceByKey(jdbc, "tr_post", "post_id", account, posts, PostMetrics::postId);
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

	private void storeFollowers(String account, ParsedExport export, long fileId) {
		if (export.followers().isEmpty()) {
			return;
		}
		jdbc.update("DELETE FROM tr_follower WHERE account = ? AND file_id = ?", account, fileId);
		jdbc.batchUpdate("INSERT INTO tr_follower (account, list_kind, file_id, follower_id, followed_at)"
				+ " VALUES (?, ?, ?, ?, ?)", export.followers(), 5000, (ps, f) -> {
					ps.setString(1, account);
					ps.setString(2, f.list().name());
					ps.setLong(3, fileId);
					ps.setString(4, truncate(f.followerId(), 200));
					ps.setTimestamp(5, f.followedAt() == null ? null : Timestamp.from(f.followedAt()));
				});
	}

	private void storeProfiles(String account, ParsedExport export, long fileId) {
		List<FollowerProfile> profiles = export.profiles();
		if (profiles.isEmpty()) {
			return;
		}
		List<Long> lines = export.profileLines();
		List<Integer> indexes = replaceByKey(jdbc, "tr_profile", "profile_id", account, profiles, FollowerProfile::id);
		jdbc.batchUpdate("INSERT INTO tr_profile (account, profile_id, profile, file_id, line) VALUES (?, ?, ?, ?, ?)",
				indexes, 1000, (ps, i) -> {
					ps.setString(1, account);
					ps.setString(2, profiles.get(i).id());
					ps.setString(3, truncate(json.writeValueAsString(profiles.get(i)), 4000));
					ps.setLong(4, fileId);
					ps.setLong(5, lines.get(i));
				});
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
		LocalDate lastExported = accountDays.lastDay(account);
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
					days.merge(snapshot, day, HistorySql::latest);
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

		public FollowerSnapshot {
			members = List.copyOf(members);
		}
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
		LocalDate lastExported = accountDays.lastDay(account);
		return lastExported != null && day.isAfter(lastExported) ? lastExported : day;
	}

	/** The account's sampled follower profiles, by id: what the fake-follower model scores. */
	public List<FollowerProfile> profiles(String account) {
		return jdbc.query("SELECT profile FROM tr_profile WHERE account = ? ORDER BY profile_id",
				(rs, n) -> json.readValue(rs.getString(1), FollowerProfile.class), account);
	}

}
