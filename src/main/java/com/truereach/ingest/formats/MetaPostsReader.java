package com.truereach.ingest.formats;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.truereach.domain.Metric;
import com.truereach.domain.Platform;
import com.truereach.domain.PostMetrics;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.CsvTable;
import com.truereach.ingest.IngestSink;
import com.truereach.ingest.Source;

/**
 * Meta Business Suite post export ({@code <Mon-DD-YYYY>_<Mon-DD-YYYY>_<id>.csv}), UTF-8 with BOM
 * and newlines inside captions. One class for both platforms, registered once for each: the
 * Instagram export has {@code "Account ID","Account username"}, the Facebook one
 * {@code "Page ID","Page name"}. The columns are whatever the user ticked, in any order, so all
 * are matched by name. {@code Publish time} ({@code 03/18/2025 09:48}) is the page's local time
 * as exported; the {@code Date} column only says {@code Lifetime} and is not read.
 * <p>
 * Numeric columns without a {@link Metric} ({@code Duration (sec)}, {@code Total clicks},
 * {@code Other Clicks}...) stay in extra under their headers.
 * <p>
 * The Facebook export has a column named {@code Views} twice. The first, beside {@code Reach}
 * where the Instagram export has its {@code Views}, is read as {@link Metric#VIEWS}; the second
 * ({@code Views#2}) measures something Meta does not define in the file. A post has one views
 * count and adding both would double it, so the second stays in extra as
 * {@code "Views (second column)"}.
 */
final class MetaPostsReader extends HeaderCsvReader {

	private static final Map<String, Metric> COLUMNS = Map.ofEntries(Map.entry("Views", Metric.VIEWS),
			Map.entry("Reach", Metric.REACH), Map.entry("Likes", Metric.LIKES), Map.entry("Reactions", Metric.LIKES),
			Map.entry("Shares", Metric.SHARES), Map.entry("Comments", Metric.COMMENTS), Map.entry("Saves", Metric.SAVES),
			Map.entry("Follows", Metric.FOLLOWS_GAINED), Map.entry("Profile visits", Metric.PROFILE_VISITS),
			Map.entry("Link clicks", Metric.LINK_CLICKS),
			Map.entry("Reactions, Comments and Shares", Metric.ENGAGEMENTS));

	/** Ids, names, text and dates of both platforms' exports: never extra, even where they look like numbers. */
	private static final Set<String> READ = CsvRows.readColumns(COLUMNS.keySet(), "Post ID", "Account ID",
			"Account username", "Account name", "Page ID", "Page name", "Title", "Description", "Publish time",
			"Caption type", "Permalink", "Post type", "Languages", "Custom labels", "Funded content status",
			"Data comment", "Date");

	private static final DateTimeFormatter PUBLISH_TIME = new DateTimeFormatterBuilder().appendPattern("M/d/yyyy H:mm")
		.optionalStart()
		.appendPattern(":ss")
		.optionalEnd()
		.toFormatter(Locale.ROOT);

	private final Platform platform;

	private final String accountIdColumn;

	private final String accountNameColumn;

	/** {@code platform} is {@link Platform#INSTAGRAM} or {@link Platform#FACEBOOK}. */
	public MetaPostsReader(Platform platform) {
		if (platform != Platform.INSTAGRAM && platform != Platform.FACEBOOK) {
			throw new IllegalArgumentException("Meta post exports are Instagram or Facebook, not " + platform);
		}
		this.platform = platform;
		this.accountIdColumn = platform == Platform.INSTAGRAM ? "Account ID" : "Page ID";
		this.accountNameColumn = platform == Platform.INSTAGRAM ? "Account username" : "Page name";
	}

	@Override
	public String id() {
		return platform == Platform.INSTAGRAM ? "meta-instagram-posts" : "meta-facebook-posts";
	}

	@Override
	public String description() {
		return "Meta Business Suite " + platform.label() + " post export: \"Post ID\",\"" + accountIdColumn + "\",\""
				+ accountNameColumn + "\",...,\"Publish time\",...";
	}

	@Override
	public Platform platform() {
		return platform;
	}

	/** The column set is the user's choice: the post id and one of the account's two columns are enough. */
	@Override
	protected boolean isHeader(String line) {
		Set<String> names = Arrays.stream(line.split(",")).map(String::trim).collect(Collectors.toSet());
		return names.contains("post id") && (names.contains(accountIdColumn.toLowerCase(Locale.ROOT))
				|| names.contains(accountNameColumn.toLowerCase(Locale.ROOT)));
	}

	@Override
	protected Rows rows(Source source, CsvTable table, IngestSink sink) {
		Set<String> accounts = new HashSet<>();
		return row -> {
			String id = CsvRows.postId(row, "Post ID");
			LocalDateTime published = table.has("Publish time") ? publishTime(row.get("Publish time")) : null;
			String text = CsvRows.text(row, "Description");
			if (text == null) {
				text = CsvRows.text(row, "Title");
			}
			sink.post(row.line(), new PostMetrics(id, published, text, CsvRows.counts(row, COLUMNS),
					CsvRows.extras(table, row, READ)));
			String account = CsvRows.text(row, accountNameColumn);
			if (account != null && accounts.add(account)) {
				sink.accountHint(account);
			}
		};
	}

	static LocalDateTime publishTime(String raw) {
		if (raw == null || raw.isEmpty()) {
			throw new BadValue("Publish time", raw == null ? "" : raw, "publish time is missing");
		}
		try {
			return LocalDateTime.parse(raw, PUBLISH_TIME);
		}
		catch (DateTimeParseException ex) {
			throw new BadValue("Publish time", raw, "not a time like 03/18/2025 09:48");
		}
	}
}
