package com.truereach.history;

import static com.truereach.history.HistorySql.lastOfEach;
import static com.truereach.history.HistorySql.localDate;
import static com.truereach.history.HistorySql.sqlDate;
import static com.truereach.history.HistorySql.truncate;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.RowCallbackHandler;

import com.truereach.domain.RevenueEvent;
import com.truereach.domain.TrafficRow;
import com.truereach.domain.Utm;

/**
 * The revenue sources' orders and refunds ({@code tr_revenue}) and web-analytics rows
 * ({@code tr_traffic}), keyed by source. An order exported again replaces the stored one and is
 * counted as replaced; an analytics row replaces the stored row of the same day (or period) and
 * source / medium / campaign.
 */
public class RevenueStore {

	/** Rows to fetch at a time where the driver would otherwise read the whole result first (PostgreSQL). */
	private static final int FETCH = 1000;

	private final JdbcTemplate jdbc;

	public RevenueStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the orders and analytics rows a usable file gave under {@code source}; returns the orders replaced. */
	public long store(String source, ParsedExport export, long fileId) {
		long replaced = storeRevenue(source, export, fileId);
		storeTraffic(source, export, fileId);
		return replaced;
	}

	private long storeRevenue(String source, ParsedExport export, long fileId) {
		List<RevenueEvent> events = export.revenue();
		if (events.isEmpty()) {
			return 0;
		}
		List<Long> lines = export.revenueLines();
		List<Integer> indexes = lastOfEach(events, RevenueStore::byKeyOf);
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

	private void storeTraffic(String source, ParsedExport export, long fileId) {
		List<TrafficRow> rows = export.traffic();
		if (rows.isEmpty()) {
			return;
		}
		jdbc.update("DELETE FROM tr_traffic WHERE source = ? AND file_id = ?", source, fileId);
		jdbc.batchUpdate("DELETE FROM tr_traffic WHERE source = ? AND ((on_day = ?) OR (on_day IS NULL AND from_day = ?"
				+ " AND to_day = ?)) AND utm_source = ? AND utm_medium = ? AND utm_campaign = ?", rows, 1000,
				(ps, r) -> setTrafficKey(ps, source, r));
		List<Long> lines = export.trafficLines();
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

	/** Revenue events of the named sources dated {@code from} to {@code to}. */
	public List<StoredRevenue> revenue(List<String> sources, LocalDate from, LocalDate to) {
		List<StoredRevenue> events = new ArrayList<>();
		revenue(sources, from, to, events::add);
		return events;
	}

	/**
	 * The same events handed over one at a time as they are read, by day, source and order, so that a
	 * caller that sums them holds one at a time (the driver fetches {@value #FETCH} rows at a time).
	 */
	public void revenue(List<String> sources, LocalDate from, LocalDate to, Consumer<StoredRevenue> each) {
		if (sources.isEmpty()) {
			return;
		}
		String in = String.join(", ", Collections.nCopies(sources.size(), "?"));
		List<Object> args = new ArrayList<>(sources);
		args.add(sqlDate(from));
		args.add(sqlDate(to));
		jdbc.query("SELECT order_id, on_day, kind, amount, currency, utm_source, utm_medium, utm_campaign,"
				+ " utm_content, referrer, source FROM tr_revenue WHERE source IN (" + in + ") AND on_day BETWEEN ? AND ?"
				+ " ORDER BY on_day, source, order_id, kind", streamed(args),
				(RowCallbackHandler) rs -> each.accept(new StoredRevenue(rs.getString(11),
						new RevenueEvent(rs.getString(1), rs.getDate(2).toLocalDate(),
								RevenueEvent.Kind.valueOf(rs.getString(3)), rs.getBigDecimal(4).stripTrailingZeros(),
								rs.getString(5), new Utm(rs.getString(6), rs.getString(7), rs.getString(8),
										rs.getString(9), rs.getString(10))))));
	}

	/** Analytics rows of the named sources overlapping {@code from}..{@code to}. */
	public List<TrafficRow> traffic(List<String> sources, LocalDate from, LocalDate to) {
		List<TrafficRow> rows = new ArrayList<>();
		traffic(sources, from, to, rows::add);
		return rows;
	}

	/** The same rows handed over one at a time as they are read. */
	public void traffic(List<String> sources, LocalDate from, LocalDate to, Consumer<TrafficRow> each) {
		if (sources.isEmpty()) {
			return;
		}
		String in = String.join(", ", Collections.nCopies(sources.size(), "?"));
		List<Object> args = new ArrayList<>(sources);
		args.addAll(List.of(sqlDate(from), sqlDate(to), sqlDate(to), sqlDate(from)));
		jdbc.query("SELECT on_day, from_day, to_day, utm_source, utm_medium, utm_campaign, sessions, key_events,"
				+ " revenue, currency FROM tr_traffic WHERE source IN (" + in + ") AND ((on_day BETWEEN ? AND ?)"
				+ " OR (on_day IS NULL AND from_day <= ? AND to_day >= ?))", streamed(args),
				(RowCallbackHandler) rs -> each.accept(new TrafficRow(localDate(rs, 1), localDate(rs, 2),
						localDate(rs, 3), new Utm(rs.getString(4), rs.getString(5), rs.getString(6), null, null),
						rs.getLong(7), rs.getLong(8), rs.getBigDecimal(9), rs.getString(10))));
	}

	private static PreparedStatementSetter streamed(List<Object> args) {
		return ps -> {
			ps.setFetchSize(FETCH);
			for (int i = 0; i < args.size(); i++) {
				ps.setObject(i + 1, args.get(i));
			}
		};
	}

	/** A revenue event and the source it is stored under: a definition's rules name the source. */
	public record StoredRevenue(String source, RevenueEvent event) {
	}

}
