package com.truereach.ingest.formats;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.truereach.domain.Platform;
import com.truereach.domain.TrafficRow;
import com.truereach.domain.Utm;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.Dates;
import com.truereach.ingest.FormatReader;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;
import com.truereach.ingest.Values;

/**
 * Google Analytics 4 "Download file > CSV" of a report (English UI): Traffic acquisition, User
 * acquisition, the Reports snapshot and other standard reports. The file is one or more tables,
 * each after a block of {@code #} lines; a block may give {@code # Start date: 20260501} and
 * {@code # End date: 20260531}. A table ends at a blank line or the next {@code #} block. Per table:
 * <ul>
 * <li>dimension columns read: {@code Date} ({@code 20260501}), {@code Nth day} (days since the
 * start date, {@code 0000} first), {@code ... source / medium} (split at {@code " / "} into utm
 * source and medium), {@code ... source}, {@code ... medium}, {@code ... campaign},
 * {@code ... manual ad content}, {@code Page referrer}, and {@code ... channel group}, kept as the
 * medium because it is the closest GA4 has and names no platform (such rows stay unattributed).
 * The {@code Session ...} and {@code First user ...} spellings are read alike: a User acquisition
 * table gives the sessions of users by the source that first brought them;</li>
 * <li>metrics: {@code Sessions}, {@code Key events} or its pre-2024 name {@code Conversions} (0
 * when the table has neither; GA4 may credit fractions, which are rounded half-up to whole
 * events), {@code Total revenue} (plain decimal; null when absent), stored with the row but
 * never added to revenue, which comes from the shop and payment exports;</li>
 * <li>a {@code Grand total} (or {@code Total}) row, first or last, is a summary row;</li>
 * <li>a row with a day is that day; a table without a day dimension holds totals of the
 * preamble's start..end dates, stored as such, and the file says so;</li>
 * <li>a table without {@code Sessions}, or without any dimension above (countries, pages, events,
 * users over time), holds nothing TrueReach reads: its rows are skipped, and the reason names
 * the table's columns so that the analyst sees what it held. A table by source without
 * {@code Sessions} (User acquisition as GA4 offers it: users, key events and revenue by first user
 * source) is skipped too, and its reason says what it holds and why none of it is used: its
 * revenue is the shop's and the payment provider's sales again, and users are not sessions.</li>
 * </ul>
 * GA4 does not write the currency into the file: rows carry an empty currency and the job
 * definition's report currency applies.
 */
final class Ga4CsvReader implements FormatReader {

	private static final Pattern START = Pattern.compile("#\\s*start date:\\s*(\\d{8})", Pattern.CASE_INSENSITIVE);

	private static final Pattern END = Pattern.compile("#\\s*end date:\\s*(\\d{8})", Pattern.CASE_INSENSITIVE);

	/** Columns only GA4 tables have, one of which a table's header holds when no Start date line says GA4. */
	private static final List<String> GA4_COLUMNS = List.of("sessions", "new users", "active users", "total users",
			"event count", "key events", "conversions", "total revenue", "engaged sessions", "nth day",
			"views per user", "first user", "session source", "session medium", "channel group");

	@Override
	public String id() {
		return "ga4-csv";
	}

	@Override
	public String description() {
		return "Google Analytics 4 CSV download (Traffic / User acquisition, Reports snapshot...): '#' preamble with "
				+ "Start date / End date, then tables such as Session source / medium,Sessions,...,Key events,...,Total revenue";
	}

	@Override
	public Platform platform() {
		return Platform.GA4;
	}

	@Override
	public boolean recognises(Preview preview) {
		if (preview.kind() != Preview.Kind.TEXT || !preview.firstLine().startsWith("#")) {
			return false;
		}
		boolean datedBlock = preview.lines().stream().anyMatch(line -> START.matcher(line.trim()).matches());
		return datedBlock || preview.lines()
			.stream()
			.filter(line -> !line.startsWith("#") && !line.isBlank())
			.findFirst()
			.map(line -> GA4_COLUMNS.stream().anyMatch(Preview.normalise(line)::contains))
			.orElse(false);
	}

	@Override
	public void read(Source source, IngestSink sink) throws IOException {
		String text = CsvRows.wholeText(source);
		LocalDate from = null;
		LocalDate to = null;
		int header = -1;
		long headerLine = 0;
		long lineNo = 0;
		int position = 0;
		while (position < text.length()) {
			int end = CsvRows.lineEnd(text, position);
			String line = text.substring(position, end);
			lineNo++;
			boolean ends = line.isBlank() || line.startsWith("#");
			if (header >= 0 && ends) {
				readTable(source.name(), text.substring(header, position), headerLine, from, to, sink);
				header = -1;
			}
			if (header < 0) {
				Matcher startDate = START.matcher(line.trim());
				Matcher endDate = END.matcher(line.trim());
				if (startDate.matches()) {
					from = Dates.parse("Start date", startDate.group(1));
				}
				else if (endDate.matches()) {
					to = Dates.parse("End date", endDate.group(1));
				}
				else if (!ends) {
					header = position;
					headerLine = lineNo;
				}
			}
			position = CsvRows.nextLine(text, end);
		}
		if (header >= 0) {
			readTable(source.name(), text.substring(header), headerLine, from, to, sink);
		}
	}

	/** One table: its header line and rows as written, line endings kept, so that a cut-off last row shows. */
	private void readTable(String file, String table, long headerLine, LocalDate from, LocalDate to, IngestSink sink)
			throws IOException {
		int end = CsvRows.lineEnd(table, 0);
		String header = table.substring(0, end);
		try (CsvTable csv = CsvTable.open(file, header,
				new StringReader(table.substring(CsvRows.nextLine(table, end))), headerLine)) {
			Dimensions dimensions = new Dimensions(csv);
			String unusable = unusable(csv, dimensions, from, to);
			if (unusable == null && dimensions.day() == null) {
				sink.note("the GA4 table at line " + headerLine + " (" + String.join(", ", csv.headers())
						+ ") has no date dimension: its rows are stored as totals of " + (from == null ? "?" : from)
						+ " .. " + (to == null ? "?" : to));
			}
			if (unusable == null && csv.headers().stream().anyMatch(h -> h.trim().toLowerCase(Locale.ROOT).startsWith("first user"))) {
				sink.note("the GA4 table at line " + headerLine + " is by first user source: its sessions are those of "
						+ "users by the source that first brought them, not the source of each session");
			}
			CsvRows.each(csv, sink, row -> {
				String first = row.get(0) == null ? "" : row.get(0).toLowerCase(Locale.ROOT);
				if (first.equals("grand total") || first.equals("total")) {
					sink.summaryRow(row.line());
				}
				else if (unusable != null) {
					sink.skipped(row.line(), unusable);
				}
				else {
					sink.traffic(row.line(), toRow(dimensions, row, from, to));
				}
			});
		}
	}

	/** Why nothing of the table is read, naming what it holds; null when it is read. */
	private static String unusable(CsvTable table, Dimensions dimensions, LocalDate from, LocalDate to) {
		boolean sessions = table.has("Sessions");
		if (sessions && !dimensions.none()) {
			return null;
		}
		String columns = String.join(", ", table.headers().stream().map(String::trim).toList());
		List<String> held = held(table);
		if (!sessions && dimensions.bySource() != null && !held.isEmpty()) {
			return bySourceWithoutSessions(columns, held, dimensions, from, to);
		}
		return "a GA4 table of " + columns + ": nothing TrueReach reads, "
				+ (sessions ? "no dimension it reads" : "no Sessions column")
				+ " (it reads Sessions by Date or Nth day, source / medium, source, medium, campaign or channel group)";
	}

	/** What a table's metric columns hold, in words: revenue, key events, users, engaged sessions. */
	private static List<String> held(CsvTable table) {
		List<String> held = new ArrayList<>();
		if (table.has("Total revenue")) {
			held.add("revenue");
		}
		if (table.firstPresent("Key events", "Conversions") != null) {
			held.add("key events");
		}
		if (table.firstPresent("Total users", "New users", "Active users", "Returning users") != null) {
			held.add("users");
		}
		if (table.has("Engaged sessions")) {
			held.add("engaged sessions");
		}
		return held;
	}

	/**
	 * A table by source without sessions, typically User acquisition as GA4 offers it: it holds
	 * revenue and visitors by source, but neither can be used without misleading. GA4's revenue is
	 * the money of the same purchases the shop and payment exports record, with no order id to
	 * tell which, so adding it would count sales twice; first-user tables moreover credit the
	 * source that first brought the buyer, not the one of the order. Users and engaged sessions
	 * are not the sessions the conversion rate divides orders by.
	 */
	private static String bySourceWithoutSessions(String columns, List<String> held, Dimensions dimensions,
			LocalDate from, LocalDate to) {
		boolean firstUser = dimensions.bySource().trim().toLowerCase(Locale.ROOT).startsWith("first user");
		List<String> why = new ArrayList<>();
		if (held.contains("revenue")) {
			why.add("its revenue is that of the sales the shop and payment exports record, so adding it would count them "
					+ "twice (revenue is taken from those exports, each order attributed by its own source"
					+ (firstUser ? ", not by the source that first brought the buyer" : "") + ")");
		}
		if (held.contains("users") || held.contains("engaged sessions")) {
			why.add("users and engaged sessions are not the sessions the conversion rate divides orders by (a download "
					+ "with a Sessions column is read)");
		}
		if (why.isEmpty()) {
			why.add("key events are neither orders nor sessions, and orders come from the shop and payment exports");
		}
		String period = dimensions.day() != null ? "per day"
				: from == null || to == null ? "for the period" : "for " + from + " .. " + to;
		return "a GA4 " + (firstUser ? "User acquisition " : "") + "table of " + columns + ": "
				+ String.join(", ", held) + " by " + (firstUser ? "the source that first brought each user" : "source")
				+ " " + period + "; not used: " + String.join("; ", why);
	}

	private TrafficRow toRow(Dimensions d, CsvTable.Row row, LocalDate from, LocalDate to) {
		LocalDate day = d.date != null ? row.date(d.date) : d.nthDay != null ? nthDay(row, d.nthDay, from) : null;
		if (day == null && (from == null || to == null)) {
			throw new BadValue(d.first(), row.get(d.first()),
					"the table has no date dimension and the preamble no Start date / End date: the period is unknown");
		}
		String source = d.source == null ? "" : row.get(d.source);
		String medium = d.medium == null ? "" : row.get(d.medium);
		if (d.sourceMedium != null) {
			String both = row.get(d.sourceMedium);
			int slash = both.indexOf(" / ");
			source = slash < 0 ? both : both.substring(0, slash);
			medium = slash < 0 ? "" : both.substring(slash + 3);
		}
		Utm utm = new Utm(notSet(source), notSet(medium), notSet(d.campaign == null ? "" : row.get(d.campaign)),
				notSet(d.content == null ? "" : row.get(d.content)),
				notSet(d.referrer == null ? "" : row.get(d.referrer)));
		Long sessions = row.count("Sessions");
		if (sessions == null) {
			throw new BadValue("Sessions", row.get("Sessions"), "sessions are missing");
		}
		BigDecimal keyEvents = d.keyEvents == null ? null : Values.decimal(d.keyEvents, row.get(d.keyEvents));
		BigDecimal revenue = d.revenue ? Values.decimal("Total revenue", row.get("Total revenue")) : null;
		return new TrafficRow(day, day == null ? from : null, day == null ? to : null, utm, sessions,
				keyEvents == null ? 0 : keyEvents.setScale(0, RoundingMode.HALF_UP).longValueExact(), revenue, "");
	}

	/** GA4's Nth day counts days from the start date, the first being {@code 0000}. */
	private static LocalDate nthDay(CsvTable.Row row, String column, LocalDate from) {
		Long n = row.count(column);
		if (n == null || n < 0) {
			throw new BadValue(column, row.get(column), "not a day number");
		}
		if (from == null) {
			throw new BadValue(column, row.get(column), "an Nth day needs the preamble's Start date, which is missing");
		}
		return from.plusDays(n);
	}

	/** GA4 writes {@code (not set)}, {@code (none)} and {@code (direct)} placeholders; they are no value. */
	private static String notSet(String value) {
		if (value == null) {
			return "";
		}
		String v = value.trim();
		return v.equalsIgnoreCase("(not set)") || v.equalsIgnoreCase("(none)") || v.equalsIgnoreCase("(direct)")
				|| v.equalsIgnoreCase("(not provided)") ? "" : v;
	}

	/** The dimension and metric columns of one table, found by the end of their name (Session / First user / plain). */
	private static final class Dimensions {

		String date;

		String nthDay;

		String sourceMedium;

		String source;

		String medium;

		String campaign;

		String content;

		String referrer;

		final String keyEvents;

		final boolean revenue;

		private final String firstHeader;

		Dimensions(CsvTable table) {
			for (String header : table.headers()) {
				String h = header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
				if (h.equals("date")) {
					date = header;
				}
				else if (h.equals("nth day")) {
					nthDay = header;
				}
				else if (h.endsWith("source / medium")) {
					sourceMedium = header;
				}
				else if (h.endsWith("source") && !h.endsWith("traffic source")) {
					source = header;
				}
				else if (h.endsWith("medium") || h.contains("channel group")) {
					medium = header;
				}
				else if (h.endsWith("campaign")) {
					campaign = header;
				}
				else if (h.endsWith("manual ad content")) {
					content = header;
				}
				else if (h.equals("page referrer")) {
					referrer = header;
				}
			}
			keyEvents = table.firstPresent("Key events", "Conversions");
			revenue = table.has("Total revenue");
			firstHeader = table.headers().isEmpty() ? "" : table.headers().get(0);
		}

		String day() {
			return date != null ? date : nthDay;
		}

		String first() {
			return firstHeader;
		}

		/** The column that tells where visitors came from, or null. */
		String bySource() {
			return Stream.of(sourceMedium, source, medium, campaign, content, referrer)
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(null);
		}

		boolean none() {
			return date == null && nthDay == null && sourceMedium == null && source == null && medium == null
					&& campaign == null && content == null && referrer == null;
		}
	}
}
