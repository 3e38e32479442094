package com.truereach.ingest.formats;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Workbook;

import com.truereach.domain.AccountDay;
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
 * <li>{@code FOLLOWERS}: a line {@code Total followers on 11/30/2026: | 1,234} above the table
 * {@code Date, New followers}: the total is {@link Metric#FOLLOWERS} on its day, the daily new
 * followers {@link Metric#FOLLOWS_GAINED} (LinkedIn gives no unfollows);</li>
 * <li>{@code DISCOVERY} (impressions and members reached over the whole period), {@code TOP POSTS}
 * and {@code DEMOGRAPHICS}: totals and snapshots without a day, counted as summary rows.</li>
 * </ul>
 * A day is one record whichever sheets it appears in: it is given at its ENGAGEMENT row, and its
 * FOLLOWERS row is accepted as part of it.
 */
final class LinkedInCreatorReader implements FormatReader {

	private static final String ENGAGEMENT = "ENGAGEMENT";

	private static final String FOLLOWERS = "FOLLOWERS";

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

	private static List<FollowerRow> followerRows(SheetTable followers, Map<LocalDate, FollowerRow> byDay) {
		List<FollowerRow> rows = new java.util.ArrayList<>();
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
		for (Map.Entry<Long, List<String>> row : followers.rowsAboveHeader().entrySet()) {
			List<String> cells = row.getValue();
			Matcher label = TOTAL.matcher(cells.get(0));
			if (!label.matches()) {
				continue;
			}
			String value = cells.size() > 1 ? cells.get(1) : "";
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
