package com.truereach.ingest.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.truereach.domain.AccountDay;
import com.truereach.domain.Metric;
import com.truereach.domain.Platform;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.FormatReader;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Preview;
import com.truereach.ingest.Source;
import com.truereach.ingest.TextFiles;
import com.truereach.ingest.Values;

/**
 * Meta Business Suite daily insights ({@code Follows.csv}, {@code Reach.csv}, {@code Views.csv},
 * {@code Visits.csv}, {@code Interactions.csv}, {@code Link clicks.csv}): UTF-16LE with BOM,
 * {@code sep=,}, a title line naming the metric ({@code "Instagram follows"}), then
 * {@code "Date","Primary"} and rows like {@code "2025-01-01T01:00:00","0"}, of which only the
 * date counts (the hour flips with daylight saving). The Excel re-save ({@code Facebook follows;},
 * {@code Date;Primary}, UTF-8, no {@code sep=} line) is read the same way.
 * <p>
 * The title decides the metric. It is the only platform hint and is sometimes absent
 * ({@code "Views"}), so which account a file belongs to comes from the job definition: the file's
 * platform is the title's when it names one, else the account's ({@link #platform()} is nominal). A title TrueReach has no metric for is kept as extra under
 * its own name. Instagram leaves out the days with 0 follows: only the rows present are emitted,
 * and an absent Instagram day means 0, not "unknown".
 */
final class MetaInsightsReader implements FormatReader {

	/** Lower-case title word to metric, most specific first ({@code unfollows} before {@code follows}). */
	private static final List<Map.Entry<String, Metric>> TITLES = List.of(Map.entry("link clicks", Metric.LINK_CLICKS),
			Map.entry("unfollows", Metric.UNFOLLOWS), Map.entry("follows", Metric.FOLLOWS_GAINED),
			Map.entry("reach", Metric.REACH), Map.entry("views", Metric.VIEWS),
			Map.entry("visits", Metric.PROFILE_VISITS), Map.entry("interactions", Metric.ENGAGEMENTS));

	@Override
	public String id() {
		return "meta-insights";
	}

	@Override
	public String description() {
		return "Meta Business Suite daily insights (Follows.csv, Reach.csv, ...): sep=, / \"Instagram follows\" / \"Date\",\"Primary\"";
	}

	@Override
	public Platform platform() {
		return Platform.INSTAGRAM;
	}

	@Override
	public boolean singlePlatform() {
		return false;
	}

	@Override
	public boolean recognises(Preview preview) {
		List<String> lines = preview.lines();
		if (preview.kind() != Preview.Kind.TEXT) {
			return false;
		}
		int start = !lines.isEmpty() && isSeparatorLine(lines.get(0)) ? 1 : 0;
		return lines.size() > start + 1 && !cell(lines.get(start)).isEmpty() && isHeader(lines.get(start + 1));
	}

	static boolean isSeparatorLine(String line) {
		return Preview.normalise(line).startsWith("sep=");
	}

	private static boolean isHeader(String line) {
		return cell(line).equals("date,primary");
	}

	/** A one-cell line as text: quotes removed, the empty cells an Excel re-save appends dropped. */
	static String cell(String line) {
		return Preview.normalise(line).replaceAll(",+$", "").trim();
	}

	@Override
	public void read(Source source, IngestSink sink) throws IOException {
		BufferedReader reader = new BufferedReader(TextFiles.reader(source));
		String title = null;
		String line;
		long number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (isHeader(line)) {
				break;
			}
			if (!isSeparatorLine(line)) {
				title = line.replace("\"", "").replaceAll("[,;\\s]+$", "").trim();
			}
		}
		if (line == null || title == null || title.isEmpty()) {
			reader.close();
			throw new IOException(source.name() + ": no metric title followed by a \"Date\",\"Primary\" header");
		}
		Platform named = platform(title);
		if (named != null) {
			sink.platform(named);
		}
		Metric metric = metric(title);
		String name = title;
		try (CsvTable table = CsvTable.open(source.name(), line, reader, number)) {
			CsvRows.each(table, sink, row -> sink.accountDay(row.line(), toDay(row, metric, name)));
		}
	}

	private static AccountDay toDay(CsvTable.Row row, Metric metric, String title) {
		LocalDate day = row.date("Date");
		BigDecimal value = Values.decimal("Primary", row.get("Primary"));
		if (value == null) {
			throw new BadValue("Primary", row.get("Primary"), "no value for the day");
		}
		if (metric == null) {
			return new AccountDay(day, Map.of(), Map.of(title, value));
		}
		return new AccountDay(day, Map.of(metric, row.count("Primary")));
	}

	/** The platform a title starts with ({@code Facebook follows}), or null ({@code Views}). */
	static Platform platform(String title) {
		String lower = title.toLowerCase(Locale.ROOT);
		if (lower.startsWith("instagram")) {
			return Platform.INSTAGRAM;
		}
		return lower.startsWith("facebook") ? Platform.FACEBOOK : null;
	}

	/** The metric a title names, or null when TrueReach has none for it. */
	static Metric metric(String title) {
		String lower = title.toLowerCase(Locale.ROOT);
		return TITLES.stream().filter(t -> lower.contains(t.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
	}
}
