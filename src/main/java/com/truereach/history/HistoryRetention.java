package com.truereach.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes the stored days of superseded exports. For every day, a report takes the newest
 * export of the same account and kind whose range covers it ({@link AccountDayStore#days}), so an
 * export whose whole range is covered by newer exports of its kind gives no day to any report,
 * of any period: removing its days changes none. Follower lists, posts, profiles, orders and
 * traffic are not touched (lists are snapshots in time; the others are replaced by key), nor is
 * the record of the file and of the runs that read it.
 */
public final class HistoryRetention {

	private final JdbcTemplate jdbc;

	public HistoryRetention(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Deletes the day series of superseded exports first seen before {@code seenBefore}; returns what went. */
	public Pruned prune(Instant seenBefore) {
		List<Series> series = jdbc.query("SELECT s.account, s.kind, s.file_id, s.first_day, s.last_day, f.first_seen,"
				+ " f.path FROM tr_day_series s JOIN tr_input_file f ON f.id = s.file_id"
				+ " ORDER BY s.account, s.kind, f.last_day DESC, f.modified DESC, f.id DESC",
				(rs, n) -> new Series(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDate(4).toLocalDate(),
						rs.getDate(5).toLocalDate(), rs.getTimestamp(6).toInstant(), rs.getString(7)));
		List<Series> superseded = new ArrayList<>();
		Coverage newer = null;
		Series previous = null;
		for (Series s : series) {
			if (previous == null || !previous.account().equals(s.account()) || !previous.kind().equals(s.kind())) {
				newer = new Coverage();
			}
			if (newer.covers(s.first(), s.last()) && s.firstSeen().isBefore(seenBefore)) {
				superseded.add(s);
			}
			newer.add(s.first(), s.last());
			previous = s;
		}
		jdbc.batchUpdate("DELETE FROM tr_day_series WHERE account = ? AND file_id = ?", superseded, 500, (ps, s) -> {
			ps.setString(1, s.account());
			ps.setLong(2, s.fileId());
		});
		return new Pruned(superseded.size(), superseded.stream().map(Series::path).distinct().toList());
	}

	/** What a prune removed: the number of day series and the exports they came from. */
	public record Pruned(int series, List<String> files) {
	}

	private record Series(String account, String kind, long fileId, LocalDate first, LocalDate last,
			Instant firstSeen, String path) {
	}

	/** The days covered by the newer exports of one account and kind, as disjoint ranges. */
	private static final class Coverage {

		private final TreeMap<LocalDate, LocalDate> ranges = new TreeMap<>();

		boolean covers(LocalDate first, LocalDate last) {
			LocalDate day = first;
			while (!day.isAfter(last)) {
				var range = ranges.floorEntry(day);
				if (range == null || range.getValue().isBefore(day)) {
					return false;
				}
				day = range.getValue().plusDays(1);
			}
			return true;
		}

		void add(LocalDate first, LocalDate last) {
			LocalDate from = first;
			LocalDate to = last;
			var before = ranges.floorEntry(from);
			if (before != null && !before.getValue().isBefore(from.minusDays(1))) {
				from = before.getKey();
				to = to.isAfter(before.getValue()) ? to : before.getValue();
			}
			var next = ranges.ceilingEntry(from);
			while (next != null && !next.getKey().isAfter(to.plusDays(1))) {
				to = to.isAfter(next.getValue()) ? to : next.getValue();
				ranges.remove(next.getKey());
				next = ranges.ceilingEntry(from);
			}
			ranges.put(from, to);
		}
	}
}
