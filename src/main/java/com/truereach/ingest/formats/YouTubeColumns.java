package com.truereach.ingest.formats;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.truereach.domain.Metric;
import com.truereach.ingest.BadValue;
import com.truereach.ingest.Values;

/**
 * The metric columns of a YouTube Studio advanced-mode export, shared by its three CSVs.
 * {@code Subscribers} is the NET change (gained minus lost, may be negative), so it is
 * {@link Metric#NET_FOLLOWS}; percent columns ({@code Impressions click-through rate (%)}) are
 * plain numbers in percent and stay in extra as they are; {@code Average view duration}
 * ({@code 0:00:27}) is kept in extra as seconds.
 */
final class YouTubeColumns {

	static final String DURATION_SUFFIX = " (seconds)";

	private static final Map<String, Metric> METRICS = Map.of("views", Metric.VIEWS, "subscribers", Metric.NET_FOLLOWS,
			"subscribers gained", Metric.FOLLOWS_GAINED, "subscribers lost", Metric.UNFOLLOWS, "impressions",
			Metric.IMPRESSIONS, "likes", Metric.LIKES, "comments added", Metric.COMMENTS, "shares", Metric.SHARES,
			"unique viewers", Metric.REACH);

	/** Known non-canonical metrics; with {@link #METRICS} they tell a YouTube {@code Totals.csv} from any {@code Date,x} file. */
	private static final Set<String> OTHERS = Set.of("watch time (hours)", "average view duration",
			"average percentage viewed (%)", "impressions click-through rate (%)", "dislikes", "new viewers",
			"returning viewers", "engaged views", "stayed to watch (%)", "videos added", "videos published", "end screen element clicks",
			"card clicks", "playlist watch time (hours)");

	private static final Pattern REVENUE = Pattern.compile("(your )?estimated (ad )?revenue \\([a-z]{3}\\)|rpm \\([a-z]{3}\\)|cpm \\([a-z]{3}\\)");

	private static final Pattern DURATION = Pattern.compile("(\\d+):(\\d{2}):(\\d{2})|(\\d+):(\\d{2})");

	private YouTubeColumns() {
	}

	static boolean isMetric(String header) {
		String key = key(header);
		return METRICS.containsKey(key) || OTHERS.contains(key) || REVENUE.matcher(key).matches();
	}

	/** The canonical metric of a column, or null when it goes to extra. */
	static Metric metric(String header) {
		return METRICS.get(key(header));
	}

	static boolean isDuration(String header) {
		return key(header).equals("average view duration");
	}

	/** False for averages, rates and percentages, which a sum over videos would make meaningless. */
	static boolean isAdditive(String header) {
		String key = key(header);
		return !key.startsWith("average") && !key.contains("(%)") && !key.startsWith("rpm") && !key.startsWith("cpm");
	}

	/** An extra value: a duration as seconds, anything else as the decimal it is. */
	static BigDecimal extra(String header, String raw) {
		if (!isDuration(header) || Values.isMissing(raw)) {
			return Values.decimal(header, raw);
		}
		Matcher m = DURATION.matcher(raw.trim());
		if (!m.matches()) {
			throw new BadValue(header, raw, "not a duration h:mm:ss");
		}
		long seconds = m.group(1) != null
				? Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3))
				: Long.parseLong(m.group(4)) * 60 + Long.parseLong(m.group(5));
		return BigDecimal.valueOf(seconds);
	}

	/** The extra key of a column: its header, with {@value #DURATION_SUFFIX} for a duration. */
	static String extraName(String header) {
		String name = header.replace("\uFEFF", "").trim();
		return isDuration(header) ? name + DURATION_SUFFIX : name;
	}

	private static String key(String header) {
		return header.replace("\uFEFF", "").replace("\"", "").trim().toLowerCase(Locale.ROOT);
	}
}
