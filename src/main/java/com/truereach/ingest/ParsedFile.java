package com.truereach.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.truereach.domain.AccountDay;
import com.truereach.domain.FollowerEntry;
import com.truereach.domain.FollowerProfile;
import com.truereach.domain.Platform;
import com.truereach.domain.PostMetrics;
import com.truereach.domain.Reject;
import com.truereach.domain.RevenueEvent;
import com.truereach.domain.TrafficRow;

/**
 * Everything one file gave, held in memory until the file is judged: a file whose rejected
 * share is over the threshold is not used at all, so nothing may reach the history before that.
 */
public final class ParsedFile implements IngestSink {

	public enum Status {
		/** Read; its accepted rows are used. */
		OK,
		/** Read, but too many rows were rejected: none of its rows are used. */
		FAILED,
		/** No known format matched. */
		UNRECOGNISED,
		/** Could not be read at all (truncated, binary, unsafe zip entry, gone...). */
		ERROR,
		/** Not opened on purpose: a pipe or device file, or bigger than a file may be. */
		SKIPPED,
		/** Its size or modification time changed while it was read (still being written, or deleted): not used. */
		CHANGED,
		/**
		 * Stored whole by an earlier run and unchanged since: not read again; its rows in the history
		 * are used, its counts are the ones of the run that read it.
		 */
		UNCHANGED
	}

	private final Source source;

	private final FormatReader format;

	private final List<AccountDay> days = new ArrayList<>();

	private final List<Long> dayLines = new ArrayList<>();

	private final List<PostMetrics> posts = new ArrayList<>();

	private final List<FollowerEntry> followers = new ArrayList<>();

	private final List<FollowerProfile> profiles = new ArrayList<>();

	private final List<RevenueEvent> revenue = new ArrayList<>();

	private final List<Long> revenueLines = new ArrayList<>();

	private final List<Long> postLines = new ArrayList<>();

	private final List<Long> profileLines = new ArrayList<>();

	private final List<Long> trafficLines = new ArrayList<>();

	private final List<TrafficRow> traffic = new ArrayList<>();

	private final List<Reject> rejects = new ArrayList<>();

	private final LineSet acceptedLines = new LineSet();

	private final LineSet rejectedLines = new LineSet();

	/** Accepted lines not also rejected, kept as rows arrive: counting the sets each time cost a pass per call. */
	private long acceptedOnly;

	private final LineSet summaryLines = new LineSet();

	private final LineSet skippedLines = new LineSet();

	/** Why rows were skipped, with how many rows each reason covers, in the order first seen. */
	private final Map<String, Long> skipReasons = new LinkedHashMap<>();

	/** The platform the file names itself, and the platform of the account it is listed under. */
	private Platform ownPlatform;

	private Platform accountPlatform;

	private String sheet = "";

	private int sheetNumber;

	private final Set<String> accountHints = new LinkedHashSet<>();

	private final Map<LocalDate, Long> dayFirstLines = new HashMap<>();

	private Status status = Status.OK;

	private String message = "";

	private LocalDate first;

	private LocalDate last;

	private final LocalDate latestDay;

	public ParsedFile(Source source, FormatReader format) {
		this(source, format, ReadLimits.standard());
	}

	public ParsedFile(Source source, FormatReader format, ReadLimits limits) {
		this.source = source;
		this.format = format;
		this.latestDay = limits.latestDay();
	}

	/**
	 * An export has one row per day; a second row for a day (a year-less date placed in the
	 * wrong year, a file concatenated by hand) is rejected rather than allowed to overwrite the first.
	 */
	@Override
	public void accountDay(long line, AccountDay day) {
		if (implausible(line, "Date", day.day())) {
			return;
		}
		Long earlier = dayFirstLines.putIfAbsent(day.day(), line);
		if (earlier != null) {
			reject(line, "Date", day.day().toString(),
					"the day " + day.day() + " already came at line " + earlier + "; an export has one row per day");
			return;
		}
		accepted(line, day.day());
		days.add(day);
		dayLines.add(line);
	}

	@Override
	public void post(long line, PostMetrics post) {
		if (post.published() != null && implausible(line, "Published", post.published().toLocalDate())) {
			return;
		}
		accepted(line, post.published() == null ? null : post.published().toLocalDate());
		posts.add(post);
		postLines.add(line);
	}

	@Override
	public void follower(long line, FollowerEntry entry) {
		if (entry.followedAt() != null
				&& implausible(line, "Followed at", LocalDate.ofInstant(entry.followedAt(), ZoneOffset.UTC))) {
			return;
		}
		accepted(line, null);
		followers.add(entry);
	}

	@Override
	public void profile(long line, FollowerProfile profile) {
		accepted(line, null);
		profiles.add(profile);
		profileLines.add(line);
	}

	@Override
	public void revenue(long line, RevenueEvent event) {
		if (implausible(line, "Date", event.day())) {
			return;
		}
		accepted(line, event.day());
		revenue.add(event);
		revenueLines.add(line);
	}

	@Override
	public void traffic(long line, TrafficRow row) {
		if (implausible(line, "Date", row.day()) || implausible(line, "Start date", row.from())
				|| implausible(line, "End date", row.to())) {
			return;
		}
		accepted(line, row.day() != null ? row.day() : row.from());
		if (row.day() == null && row.to() != null) {
			widen(row.to());
		}
		traffic.add(row);
		trafficLines.add(line);
	}

	@Override
	public void accepted(long line) {
		accepted(line, null);
	}

	@Override
	public void reject(long line, String column, String value, String reason) {
		String file = sheet.isEmpty() ? source.name() : source.name() + " sheet '" + sheet + "'";
		rejects.add(new Reject(file, line, column, value, reason));
		if (rejectedLines.add(sheetNumber, line) && acceptedLines.contains(sheetNumber, line)) {
			acceptedOnly--;
		}
	}

	@Override
	public void summaryRow(long line) {
		summaryLines.add(sheetNumber, line);
	}

	@Override
	public void skipped(long line, String reason) {
		if (skippedLines.add(sheetNumber, line)) {
			skipReasons.merge(reason, 1L, Long::sum);
		}
	}

	@Override
	public void platform(Platform platform) {
		ownPlatform = platform;
	}

	/** The file is listed under an account of {@code platform}: that is its platform unless it names its own. */
	public void listedUnder(Platform platform) {
		accountPlatform = platform;
	}

	/**
	 * The file is listed under {@code owner}, an account of {@code platform} or, when that is null,
	 * a revenue source. A file listed under the wrong owner is not used: its rows would land where
	 * nobody reads them.
	 */
	public void listedUnder(String owner, Platform platform) {
		listedUnder(platform);
		if (!usable() || format == null) {
			return;
		}
		Platform formats = format.platform();
		boolean onlyProfiles = !profiles.isEmpty() && profiles.size() == accepted();
		if (platform == null && formats.isSocial()) {
			fail(Status.FAILED, "a " + formats.label() + " export is listed as a revenue source; not used");
		}
		else if (platform != null && !formats.isSocial()) {
			fail(Status.FAILED, "a " + formats.label() + " revenue export is listed under account " + owner + "; not used");
		}
		else if (platform != null && !onlyProfiles && !samePlatform(platform, formats)) {
			fail(Status.FAILED, "a " + formats.label() + " export is listed under " + platform.label() + " account "
					+ owner + "; not used");
		}
		else if (platform != null && ownPlatform != null && ownPlatform != platform) {
			fail(Status.FAILED, "the file's title says " + ownPlatform.label() + ", but it is listed under "
					+ platform.label() + " account " + owner + "; not used");
		}
	}

	/** Meta's insights and post exports serve Instagram and Facebook alike; the definition says which. */
	private static boolean samePlatform(Platform account, Platform format) {
		boolean meta = (account == Platform.INSTAGRAM || account == Platform.FACEBOOK)
				&& (format == Platform.INSTAGRAM || format == Platform.FACEBOOK);
		return account == format || meta;
	}

	@Override
	public void sheet(String name) {
		sheet = name == null ? "" : name;
		sheetNumber++;
	}

	@Override
	public void accountHint(String handle) {
		if (handle != null && !handle.isBlank()) {
			accountHints.add(handle.trim());
		}
	}

	/**
	 * A day before 2000 or after tomorrow is a misdated row: kept, it would move the report
	 * window (the nightly window ends on the last day the inputs cover) and stay in history.
	 */
	private boolean implausible(long line, String column, LocalDate day) {
		if (day == null) {
			return false;
		}
		String reason = day.isBefore(ReadLimits.EARLIEST_DAY)
				? "the day " + day + " is before " + ReadLimits.EARLIEST_DAY + ": a misdated row, not data"
				: day.isAfter(latestDay) ? "the day " + day + " is after tomorrow (" + latestDay + "): a misdated row, not data"
						: null;
		if (reason == null) {
			return false;
		}
		reject(line, column, day.toString(), reason);
		return true;
	}

	private void accepted(long line, LocalDate day) {
		if (acceptedLines.add(sheetNumber, line) && !rejectedLines.contains(sheetNumber, line)) {
			acceptedOnly++;
		}
		if (day != null) {
			widen(day);
		}
	}

	private void widen(LocalDate day) {
		first = first == null || day.isBefore(first) ? day : first;
		last = last == null || day.isAfter(last) ? day : last;
	}

	/** Marks the file failed or broken; its rows will not be used. */
	public void fail(Status status, String message) {
		this.status = status;
		this.message = message;
	}

	/**
	 * Applies the job's reject threshold (a share, 0.05 = 5%) to the rows that are data: skipped
	 * rows are not what the file is read for, so they neither dilute nor add to the share.
	 */
	public void judge(double rejectThreshold) {
		long data = accepted() + rejected();
		if (status == Status.OK && data > 0 && (double) rejected() / data > rejectThreshold) {
			fail(Status.FAILED, String.format(java.util.Locale.ROOT,
					"%d of %d rows rejected (%.1f%%), more than the %.1f%% allowed: no row of this file is used",
					rejected(), data, 100.0 * rejected() / data, 100.0 * rejectThreshold));
		}
	}

	/** A remark on a file that was read normally (how it was decoded); the status stays as it is. */
	@Override
	public void note(String text) {
		message = message.isEmpty() ? text : message + "; " + text;
	}

	public Source source() {
		return source;
	}

	public FormatReader format() {
		return format;
	}

	public Status status() {
		return status;
	}

	public String message() {
		return message;
	}

	public boolean usable() {
		return status == Status.OK;
	}

	/**
	 * Rows seen: accepted + rejected + skipped. A row both accepted and rejected counts as
	 * rejected; a skipped row is never also accepted or rejected.
	 */
	public long read() {
		return accepted() + rejected() + skipped();
	}

	public long skipped() {
		return skippedLines.size();
	}

	/** How the file's message names {@code rows} skipped for {@code reason}. */
	public static String skipNote(String reason, long rows) {
		return rows + (rows == 1 ? " row" : " rows") + " skipped: " + reason;
	}

	/** Each reason rows were skipped for, with its row count. */
	public Map<String, Long> skipReasons() {
		return Collections.unmodifiableMap(skipReasons);
	}

	/**
	 * Whose export this is: the platform the file names itself, else that of the account it is
	 * listed under, else the format's when the format serves a single platform; null when none
	 * of these tells (a Meta insights file titled {@code Views}, looked at on its own).
	 */
	public Platform platform() {
		if (ownPlatform != null) {
			return ownPlatform;
		}
		if (accountPlatform != null) {
			return accountPlatform;
		}
		return format == null || !format.singlePlatform() ? null : format.platform();
	}

	/** The platform the file names itself, or null. */
	public Platform ownPlatform() {
		return ownPlatform;
	}

	public long accepted() {
		return acceptedOnly;
	}

	public long rejected() {
		return rejectedLines.size();
	}

	public long summaryRows() {
		return summaryLines.size();
	}

	public LocalDate first() {
		return first;
	}

	public LocalDate last() {
		return last;
	}

	public List<AccountDay> days() {
		return Collections.unmodifiableList(days);
	}

	/** The line each of {@link #days()} came from, same order. */
	public List<Long> dayLines() {
		return Collections.unmodifiableList(dayLines);
	}

	public List<PostMetrics> posts() {
		return Collections.unmodifiableList(posts);
	}

	public List<FollowerEntry> followers() {
		return Collections.unmodifiableList(followers);
	}

	public List<FollowerProfile> profiles() {
		return Collections.unmodifiableList(profiles);
	}

	public List<RevenueEvent> revenue() {
		return Collections.unmodifiableList(revenue);
	}

	/** The line each of {@link #revenue()} came from, same order. */
	public List<Long> revenueLines() {
		return Collections.unmodifiableList(revenueLines);
	}

	public List<TrafficRow> traffic() {
		return Collections.unmodifiableList(traffic);
	}

	/** The line each of {@link #posts()} came from, same order. */
	public List<Long> postLines() {
		return Collections.unmodifiableList(postLines);
	}

	/** The line each of {@link #profiles()} came from, same order. */
	public List<Long> profileLines() {
		return Collections.unmodifiableList(profileLines);
	}

	/** The line each of {@link #traffic()} came from, same order. */
	public List<Long> trafficLines() {
		return Collections.unmodifiableList(trafficLines);
	}

	public List<Reject> rejects() {
		return Collections.unmodifiableList(rejects);
	}

	public Set<String> accountHints() {
		return Collections.unmodifiableSet(accountHints);
	}
}
