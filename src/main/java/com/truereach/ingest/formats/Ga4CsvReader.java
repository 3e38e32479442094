package com.truereach.ingest.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import com.truereach.ingest.TextFiles;
import com.truereach.ingest.Values;

/**
 * Google Analytics 4 "Download file > CSV" of a report (English UI). The file is one or more
 * tables, each after a block of {@code #} lines; a block may give {@code # Start date: 20260501}
 * and {@code # End date: 20260531}. A table ends at a blank line. Per table:
 * <ul>
 * <li>dimension columns read: {@code Date} ({@code 20260501}), {@code ... source / medium} (split at
 * {@code " / "} into utm source and medium), {@code ... source}, {@code ... medium},
 * {@code ... campaign}, {@code ... manual ad content}, {@code Page referrer}, and
 * {@code ... default channel group}, kept as the medium because it is the closest GA4 has and
 * names no platform (such rows stay unattributed);</li>
 * <li>metrics: {@code Sessions} (required), {@code Key events} or its pre-2024 name
 * {@code Conversions} (0 when the table has neither; GA4 may credit fractions, which are rounded
 * half-up to whole events), {@code Total revenue} (plain decimal; null when absent);</li>
 * <li>a {@code Grand total} (or {@code Total}) row, first or last, is a summary row;</li>
 * <li>a row with a {@code Date} is one day, otherwise it covers the preamble's start..end dates.</li>
 * </ul>
 * GA4 does not write the currency into the file: rows carry an empty currency and the job
 * definition's report currency applies. A table with no dimension TrueReach reads has each row
 * rejected with the column name.
 */
final class Ga4CsvReader implements FormatReader {

	private static final Pattern START = Pattern.compile("#\\s*start date:\\s*(\\d{8})", Pattern.CASE_INSENSITIVE);

	private static final Pattern END = Pattern.compile("#\\s*end date:\\s*(\\d{8})", Pattern.CASE_INSENSITIVE);

	@Override
	public String id() {
		return "ga4-csv";
	}

	@Override
	public String description() {
		return "Google Analytics 4 CSV download: '#' preamble with Start date / End date, then e.g. Session source / medium,Sessions,...,Key events,...,Total revenue";
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
		return preview.lines()
			.stream()
			.filter(line -> !line.startsWith("#") && !line.isBlank())
			.findFirst()
			.map(line -> isHeader(Preview.normalise(line)))
			.orElse(false);
	}

	private static boolean isHeader(String normalised) {
		return ("," + normalised + ",").contains(",sessions,");
	}

	@Override
	public void read(Source source, IngestSink sink) throws IOException {
		try (BufferedReader in = new BufferedReader(TextFiles.reader(source))) {
			LocalDate from = null;
			LocalDate to = null;
			String header = null;
			long headerLine = 0;
			StringBuilder rows = new StringBuilder();
			long lineNo = 0;
			String line;
			while ((line = in.readLine()) != null) {
				lineNo++;
				if (header != null && (line.isBlank() || line.startsWith("#"))) {
					readTable(source.name(), header, rows, headerLine, from, to, sink);
					header = null;
					rows.setLength(0);
				}
				if (header != null) {
					rows.append(line).append('\n');
					continue;
				}
				Matcher start = START.matcher(line.trim());
				Matcher end = END.matcher(line.trim());
				if (start.matches()) {
					from = Dates.parse("Start date", start.group(1));
				}
				else if (end.matches()) {
					to = Dates.parse("End date", end.group(1));
				}
				else if (!line.startsWith("#") && !line.isBlank()) {
					header = line;
					headerLine = lineNo;
				}
			}
			if (header != null) {
				readTable(source.name(), header, rows, headerLine, from, to, sink);
			}
		}
	}

	private void readTable(String file, String header, CharSequence rows, long headerLine, LocalDate from,
			LocalDate to, IngestSink sink) throws IOException {
		try (CsvTable table = CsvTable.open(file, header, new StringReader(rows.toString()), headerLine)) {
			Dimensions dimensions = new Dimensions(table);
			CsvRows.each(table, sink, row -> {
				String first = row.get(0) == null ? "" : row.get(0).toLowerCase(Locale.ROOT);
				if (first.equals("grand total") || first.equals("total")) {
					sink.summaryRow(row.line());
				}
				else {
					sink.traffic(row.line(), toRow(table, dimensions, row, from, to));
				}
			});
		}
	}

	private TrafficRow toRow(CsvTable table, Dimensions d, CsvTable.Row row, LocalDate from, LocalDate to) {
		if (d.none()) {
			throw new BadValue(table.headers().get(0), row.get(0),
					"no dimension TrueReach reads in this table (Date, source / medium, source, medium, campaign, channel group)");
		}
		LocalDate day = d.date == null ? null : row.date(d.date);
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
		if (!table.has("Sessions")) {
			throw new BadValue(table.headers().get(0), row.get(0),
					"this table has no Sessions column; TrueReach reads GA4 tables with sessions");
		}
		Long sessions = row.count("Sessions");
		if (sessions == null) {
			throw new BadValue("Sessions", row.get("Sessions"), "sessions are missing");
		}
		String keyColumn = table.firstPresent("Key events", "Conversions");
		BigDecimal keyEvents = keyColumn == null ? null : Values.decimal(keyColumn, row.get(keyColumn));
		BigDecimal revenue = table.has("Total revenue") ? Values.decimal("Total revenue", row.get("Total revenue"))
				: null;
		return new TrafficRow(day, day == null ? from : null, day == null ? to : null, utm, sessions,
				keyEvents == null ? 0 : keyEvents.setScale(0, RoundingMode.HALF_UP).longValueExact(), revenue, "");
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

	/** The dimension columns of one table, found by the end of their name (Session / First user / plain). */
	private static final class Dimensions {

		String date;

		String sourceMedium;

		String source;

		String medium;

		String campaign;

		String content;

		String referrer;

		Dimensions(CsvTable table) {
			for (String header : table.headers()) {
				String h = header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
				if (h.equals("date")) {
					date = header;
				}
				else if (h.endsWith("source / medium")) {
					sourceMedium = header;
				}
				else if (h.endsWith("source") && !h.endsWith("traffic source")) {
					source = header;
				}
				else if (h.endsWith("medium") || h.endsWith("default channel group")) {
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
		}

		boolean none() {
			return date == null && sourceMedium == null && source == null && medium == null && campaign == null
					&& content == null && referrer == null;
		}
	}
}
