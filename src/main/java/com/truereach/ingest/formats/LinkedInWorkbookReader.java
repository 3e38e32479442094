package com.truereach.ingest.formats;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Workbook;

import com.truereach.domain.AccountDay;
import com.truereach.domain.Metric;
import com.truereach.domain.Platform;
import com.truereach.ingest.FormatReader;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;
import com.truereach.ingest.Values;

/**
 * A LinkedIn company page workbook ({@code .xls} or {@code .xlsx}): one daily sheet read into
 * {@link AccountDay}s, maybe more sheets a subclass reads, and audience snapshot sheets
 * ({@code Location}, {@code Job function}...) that are counted as summary rows because they
 * have no date and describe the whole audience, not a day.
 * <p>
 * LinkedIn splits most metrics into {@code (organic)}, {@code (sponsored)} and {@code (total)}
 * columns, and older files or some pages lack the total: each canonical metric therefore names
 * alternatives, the first one present wins, and a group of several columns is summed. Every
 * other numeric column is kept in {@code extra} under its own header.
 */
abstract class LinkedInWorkbookReader implements FormatReader {

	private static final Pattern URN = Pattern.compile("urn:li:[a-zA-Z]+:[0-9]+");

	/** Name of the daily sheet, e.g. {@code New followers}. */
	protected abstract String dailySheet();

	/** Lower-case words that some header cell of the daily sheet must contain, each, besides {@code date}. */
	protected abstract List<String> requiredColumns();

	/** Canonical metric to alternative column groups, best first; a group's columns are summed. */
	protected abstract Map<Metric, List<List<String>>> metrics();

	/** Reads further sheets after the daily one; returns the names of the sheets it read. */
	protected Set<String> readMore(Workbook workbook, IngestSink sink) {
		return Set.of();
	}

	@Override
	public Platform platform() {
		return Platform.LINKEDIN;
	}

	@Override
	public boolean recognises(Preview preview) {
		return SheetTable.previewHas(preview, dailySheet(), this::isDailyHeader);
	}

	private boolean isDailyHeader(List<String> cells) {
		return !cells.isEmpty() && cells.get(0).equals("date")
				&& requiredColumns().stream().allMatch(word -> cells.stream().anyMatch(cell -> cell.contains(word)));
	}

	@Override
	public void read(Source source, IngestSink sink) throws IOException {
		try (Workbook workbook = SheetTable.open(source)) {
			SheetTable daily = SheetTable.find(workbook, dailySheet(), this::isDailyHeader);
			if (daily == null) {
				throw new IOException("sheet '" + dailySheet() + "' with a Date header row not found");
			}
			sink.sheet(daily.name());
			CsvRows.each(daily, sink, row -> sink.accountDay(row.line(), toDay(daily, row)));
			Set<String> read = new HashSet<>(readMore(workbook, sink));
			read.add(daily.name());
			SheetTable.explainOtherSheets(workbook, read, sink);
		}
	}

	private AccountDay toDay(SheetTable table, SheetTable.Row row) {
		LocalDate day = row.date("Date");
		Map<Metric, Long> values = new EnumMap<>(Metric.class);
		Set<String> used = new HashSet<>();
		used.add("date");
		metrics().forEach((metric, groups) -> {
			for (List<String> group : groups) {
				List<String> present = group.stream().filter(table::has).toList();
				if (present.isEmpty()) {
					continue;
				}
				Long sum = null;
				for (String column : present) {
					used.add(SheetTable.key(column));
					Long value = row.count(column);
					sum = value == null ? sum : (sum == null ? value : sum + value);
				}
				if (sum != null) {
					values.put(metric, sum);
				}
				return;
			}
		});
		Map<String, BigDecimal> extra = new LinkedHashMap<>();
		for (String header : table.headers()) {
			if (header.isBlank() || used.contains(SheetTable.key(header))) {
				continue;
			}
			BigDecimal value = fraction(header, row.get(header));
			if (value != null) {
				extra.put(header.trim(), value);
			}
		}
		return new AccountDay(day, values, extra);
	}

	/** A number as LinkedIn stores it; a percent text such as {@code 1.5%} becomes the fraction 0.015 like a number cell. */
	static BigDecimal fraction(String column, String raw) {
		BigDecimal value = Values.decimal(column, raw);
		if (value != null && raw.trim().endsWith("%")) {
			return value.movePointLeft(2);
		}
		return value;
	}

	/**
	 * A post's id: the {@code urn:li:...} in its link ({@code .../feed/update/urn:li:activity:7260...}),
	 * else the link without its query, which carries tracking ({@code ?trk=...}) and not the post.
	 */
	static String postId(String link) {
		Matcher urn = URN.matcher(link);
		if (urn.find()) {
			return urn.group();
		}
		int query = link.indexOf('?');
		return query < 0 ? link : link.substring(0, query);
	}

	static List<List<String>> totalOr(String metric) {
		String base = metric.toLowerCase(Locale.ROOT);
		return List.of(List.of(base + " (total)"), List.of(base + " (organic)", base + " (sponsored)"));
	}
}
