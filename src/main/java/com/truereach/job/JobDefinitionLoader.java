package com.truereach.job;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import com.truereach.domain.Platform;

/**
 * Reads and checks a job definition before anything runs. Every mistake is reported with the
 * definition file and the field path ({@code accounts[2].platform}), all of them at once.
 * <p>
 * A definition reads and writes only under its allowed folders: its project folder (the folder
 * above the definition's own, as {@code jobs/nightly.yml} sits next to {@code input/} and
 * {@code reports/}; the definition's own folder when that is a top-level folder) and the
 * folders the operator lists in {@value #ROOTS}. A definition is a file anyone may hand over;
 * without this, {@code files: ["../../../../etc/*"]} read the machine's password file.
 */
public final class JobDefinitionLoader {

	/** Application property: more folders, comma-separated, a definition may read and write under. */
	public static final String ROOTS = "truereach.roots";

	static final Set<String> ATTRIBUTION_KEYS = Set.of("platform", "utmSource", "utmMedium", "utmCampaign",
			"utmContent", "referrer", "account");

	private final List<String> errors = new ArrayList<>();

	private Path base;

	private String fileName;

	private final List<Path> extraRoots;

	private List<Path> roots;

	private JobDefinitionLoader(List<Path> extraRoots) {
		this.extraRoots = extraRoots;
	}

	public static JobDefinition load(Path file) {
		return load(file, List.of());
	}

	/** {@code roots}: folders allowed besides the definition's project folder. */
	public static JobDefinition load(Path file, List<Path> roots) {
		return new JobDefinitionLoader(roots).read(file);
	}

	/** The folders of a {@value #ROOTS} setting: comma-separated, relative to the working directory. */
	public static List<Path> roots(String setting) {
		return Arrays.stream(setting == null ? new String[0] : setting.split(","))
			.map(String::trim)
			.filter(folder -> !folder.isEmpty())
			.map(folder -> Path.of(folder).toAbsolutePath().normalize())
			.toList();
	}

	private JobDefinition read(Path file) {
		fileName = file.toString();
		if (!Files.isRegularFile(file)) {
			throw new DefinitionException(fileName + ": job definition not found");
		}
		JsonNode root;
		try {
			root = YAMLMapper.builder().build().readTree(file.toFile());
		}
		catch (JacksonException ex) {
			throw new DefinitionException(fileName + ": not valid YAML: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new DefinitionException(fileName + ": expected a mapping with name, window, accounts...");
		}
		base = file.toAbsolutePath().normalize().getParent();
		roots = allowedRoots();
		checkKeys(root, "", Set.of("name", "window", "output", "rejectThreshold", "currency", "rates", "accounts",
				"revenue", "attribution", "retention"));
		String name = text(root, "name", null, true);
		JobDefinition.Window window = window(root.path("window"));
		String outputField = text(root, "output", "reports", false);
		Path output = base.resolve(outputField).normalize();
		if (!allowed(output)) {
			errors.add("output: '" + outputField + "' lies outside the allowed folders " + rootsText());
		}
		double threshold = root.has("rejectThreshold") ? share(root.get("rejectThreshold"), "rejectThreshold") : 0.05;
		String currency = root.has("currency") ? currency(root.get("currency").asString(), "currency") : null;
		Map<String, BigDecimal> rates = rates(root.path("rates"));
		if (!rates.isEmpty() && currency == null) {
			errors.add("rates: exchange rates need a report currency (field currency)");
		}
		List<JobDefinition.Account> accounts = accounts(root.path("accounts"));
		List<JobDefinition.RevenueSource> revenue = revenue(root.path("revenue"));
		List<Map<String, String>> attribution = attribution(root.path("attribution"), accounts);
		Integer retentionDays = retention(root.path("retention"));
		if (!errors.isEmpty()) {
			throw new DefinitionException(fileName + ": " + String.join("; ", errors));
		}
		return new JobDefinition(name, file.toAbsolutePath().normalize(), window, output, threshold, currency, rates,
				accounts, revenue, attribution, retentionDays);
	}

	/** {@code retention: { days: N }}: superseded exports first seen more than N days ago are pruned after each run. */
	private Integer retention(JsonNode node) {
		if (node.isMissingNode()) {
			return null;
		}
		checkKeys(node, "retention.", Set.of("days"));
		if (!node.isObject()) {
			return null;
		}
		JsonNode days = node.path("days");
		if (!days.canConvertToInt() || days.asInt() < 1) {
			errors.add("retention.days: must be a whole number of days >= 1, got '" + days.asString("") + "'");
			return null;
		}
		return days.asInt();
	}

	private JobDefinition.Window window(JsonNode node) {
		if (node.isMissingNode()) {
			return new JobDefinition.Window(90, JobDefinition.Window.Ending.YESTERDAY, null);
		}
		checkKeys(node, "window.", Set.of("days", "ending"));
		int days = 90;
		if (node.has("days")) {
			if (!node.get("days").canConvertToInt() || node.get("days").asInt() < 1) {
				errors.add("window.days: must be a whole number of days >= 1, got '" + node.get("days").asString() + "'");
			}
			else {
				days = node.get("days").asInt();
			}
		}
		String ending = node.path("ending").asString("yesterday").trim();
		return switch (ending.toLowerCase(Locale.ROOT)) {
			case "yesterday" -> new JobDefinition.Window(days, JobDefinition.Window.Ending.YESTERDAY, null);
			case "latest" -> new JobDefinition.Window(days, JobDefinition.Window.Ending.LATEST, null);
			default -> new JobDefinition.Window(days, JobDefinition.Window.Ending.DATE, date(ending, "window.ending"));
		};
	}

	private List<JobDefinition.Account> accounts(JsonNode node) {
		List<JobDefinition.Account> accounts = new ArrayList<>();
		if (!node.isArray() || node.isEmpty()) {
			errors.add("accounts: at least one account is required");
			return accounts;
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < node.size(); i++) {
			JsonNode a = node.get(i);
			String at = "accounts[" + i + "].";
			checkKeys(a, at, Set.of("id", "platform", "handle", "name", "files", "followersAnchor",
					"pricePer1000Followers"));
			String id = text(a, "id", null, true, at);
			if (id != null && !ids.add(id)) {
				errors.add(at + "id: '" + id + "' is used twice");
			}
			Platform platform = platform(a.path("platform"), at + "platform");
			String handle = text(a, "handle", id, false, at);
			String display = text(a, "name", handle, false, at);
			Map<Path, LocalDate> exportedOn = new LinkedHashMap<>();
			List<Path> files = files(a.path("files"), at + "files", exportedOn);
			JobDefinition.Anchor anchor = null;
			if (a.has("followersAnchor")) {
				JsonNode f = a.get("followersAnchor");
				checkKeys(f, at + "followersAnchor.", Set.of("date", "followers"));
				LocalDate date = date(f.path("date").asString(""), at + "followersAnchor.date");
				long followers = f.path("followers").asLong(-1);
				if (!f.path("followers").isIntegralNumber() || followers < 0) {
					errors.add(at + "followersAnchor.followers: must be a whole number >= 0");
				}
				anchor = new JobDefinition.Anchor(date, followers);
			}
			BigDecimal price = a.has("pricePer1000Followers")
					? positive(a.get("pricePer1000Followers"), at + "pricePer1000Followers") : null;
			accounts.add(new JobDefinition.Account(id, platform, handle, display, files, anchor, price, exportedOn));
		}
		return accounts;
	}

	private List<JobDefinition.RevenueSource> revenue(JsonNode node) {
		List<JobDefinition.RevenueSource> sources = new ArrayList<>();
		if (node.isMissingNode()) {
			return sources;
		}
		if (!node.isArray()) {
			errors.add("revenue: must be a list of sources");
			return sources;
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < node.size(); i++) {
			String at = "revenue[" + i + "].";
			checkKeys(node.get(i), at, Set.of("name", "files"));
			String name = text(node.get(i), "name", null, true, at);
			if (name != null && !names.add(name)) {
				errors.add(at + "name: '" + name + "' is used twice");
			}
			sources.add(new JobDefinition.RevenueSource(name, files(node.get(i).path("files"), at + "files", null)));
		}
		return sources;
	}

	private List<Map<String, String>> attribution(JsonNode node, List<JobDefinition.Account> accounts) {
		List<Map<String, String>> rules = new ArrayList<>();
		if (node.isMissingNode()) {
			return rules;
		}
		Set<String> ids = accounts.stream().map(JobDefinition.Account::id).collect(Collectors.toSet());
		for (int i = 0; i < node.size(); i++) {
			String at = "attribution[" + i + "].";
			JsonNode r = node.get(i);
			checkKeys(r, at, ATTRIBUTION_KEYS);
			Map<String, String> rule = new LinkedHashMap<>();
			r.properties().forEach(e -> rule.put(e.getKey(), e.getValue().asString()));
			String account = rule.get("account");
			if (account == null) {
				errors.add(at + "account: every rule must name the account it attributes to");
			}
			else if (!ids.contains(account)) {
				errors.add(at + "account: no account with id '" + account + "'");
			}
			if (rule.containsKey("platform")) {
				platform(r.get("platform"), at + "platform");
			}
			if (rule.size() < 2) {
				errors.add(at + ": a rule needs at least one condition besides the account");
			}
			rules.add(Map.copyOf(rule));
		}
		return rules;
	}

	/**
	 * The files of a {@code files} list. An entry is a glob, or, for an account
	 * ({@code exportedOn} not null), a mapping {@code { path: <glob, file or folder>, exportedOn: YYYY-MM-DD }}
	 * giving the day its files were exported: TikTok Studio dates have no year, and a download
	 * renamed without its date has nothing else to take it from.
	 */
	private List<Path> files(JsonNode node, String field, Map<Path, LocalDate> exportedOn) {
		List<Path> files = new ArrayList<>();
		if (!node.isArray() || node.isEmpty()) {
			errors.add(field + ": at least one file or glob is required");
			return files;
		}
		for (int i = 0; i < node.size(); i++) {
			String at = field + "[" + i + "]";
			LocalDate day = null;
			String pattern;
			if (node.get(i).isObject() && exportedOn != null) {
				JsonNode entry = node.get(i);
				checkKeys(entry, at + ".", Set.of("path", "exportedOn"));
				pattern = text(entry, "path", "", true, at + ".");
				day = exportDay(entry.path("exportedOn"), at + ".exportedOn");
				if (pattern.isEmpty()) {
					continue;
				}
				pattern = Files.isDirectory(base.resolve(pattern)) ? pattern + "/**" : pattern;
			}
			else if (!node.get(i).isString()) {
				errors.add(at + ": expected a path or glob" + (exportedOn == null ? "" : ", or { path, exportedOn }"));
				continue;
			}
			else {
				pattern = node.get(i).asString();
			}
			Path start = globStart(base.resolve(pattern).normalize(), pattern);
			if (!allowed(start)) {
				errors.add(at + ": '" + pattern + "' lies outside the allowed folders " + rootsText());
				continue;
			}
			List<Path> matched = glob(pattern);
			List<Path> escaping = matched.stream().filter(path -> !allowed(path)).toList();
			if (!escaping.isEmpty()) {
				errors.add(at + ": '" + pattern + "' matches " + escaping.size()
						+ " file(s) linked from outside the allowed folders " + rootsText() + ", e.g. " + escaping.get(0));
				continue;
			}
			if (day != null) {
				for (Path file : matched) {
					exportedOn.put(file, day);
				}
			}
			if (matched.isEmpty()) {
				errors.add(at + ": '" + pattern + "' matches no file (looked in "
						+ base.resolve(pattern).normalize() + ")");
			}
			files.addAll(matched);
		}
		return files;
	}

	/**
	 * Files matching a glob relative to the definition's folder, sorted; a plain path matches
	 * itself. Pipes and device files are listed too: ingestion skips them with a reason, where
	 * leaving them out here would skip them without a word.
	 */
	List<Path> glob(String pattern) {
		Path resolved = base.resolve(pattern).normalize();
		if (!isGlob(pattern)) {
			return Files.exists(resolved) && !Files.isDirectory(resolved) ? List.of(resolved) : List.of();
		}
		String text = resolved.toString().replace('\\', '/');
		Path root = globStart(resolved, pattern);
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + text);
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(path -> !Files.isDirectory(path)).filter(matcher::matches).sorted().toList();
		}
		catch (IOException ex) {
			errors.add("cannot list " + root + ": " + ex.getMessage());
			return List.of();
		}
	}

	private static boolean isGlob(String text) {
		return text.contains("*") || text.contains("?") || text.contains("[") || text.contains("{");
	}

	/** The folder a glob is walked from (the part before its first wildcard), or the path itself. */
	private static Path globStart(Path resolved, String pattern) {
		if (!isGlob(pattern)) {
			return resolved;
		}
		String text = resolved.toString().replace('\\', '/');
		return Path.of(text.substring(0, text.lastIndexOf('/', indexOfGlob(text)) + 1));
	}

	/** The project folder and the operator's folders, as real paths where they exist. */
	private List<Path> allowedRoots() {
		Path project = base.getParent() != null && base.getParent().getParent() != null ? base.getParent() : base;
		List<Path> all = new ArrayList<>();
		all.add(project);
		all.addAll(extraRoots);
		return all.stream().map(JobDefinitionLoader::real).toList();
	}

	/** True when {@code path}, symbolic links followed, lies under an allowed folder. */
	private boolean allowed(Path path) {
		Path real = real(path);
		return roots.stream().anyMatch(real::startsWith);
	}

	/** The path with links resolved as far as it exists; the rest (an output folder still to be made) as written. */
	private static Path real(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path existing = absolute;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return absolute;
		}
		try {
			return existing.toRealPath().resolve(existing.relativize(absolute));
		}
		catch (IOException ex) {
			return absolute;
		}
	}

	private String rootsText() {
		return roots.stream().map(Path::toString).collect(Collectors.joining(", ", "(", ")"))
				+ "; list more folders in " + ROOTS + " to allow them";
	}

	private static int indexOfGlob(String text) {
		return Arrays.stream(new int[] { text.indexOf('*'), text.indexOf('?'), text.indexOf('['), text.indexOf('{') })
			.filter(i -> i >= 0)
			.min()
			.orElse(text.length());
	}

	private Platform platform(JsonNode node, String field) {
		String value = node.asString("");
		try {
			Platform platform = Platform.parse(value);
			if (platform.isSocial()) {
				return platform;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below with the list of platforms
		}
		errors.add(field + ": unknown platform '" + value + "' (known: x, instagram, facebook, linkedin, tiktok, youtube)");
		return null;
	}

	/** An export day: a date, and not after today, since nobody downloads tomorrow's export. */
	private LocalDate exportDay(JsonNode node, String field) {
		if (node.isMissingNode() || node.isNull()) {
			errors.add(field + ": is required with path (the day the files were exported, YYYY-MM-DD)");
			return null;
		}
		LocalDate day = date(node.asString(""), field);
		if (day != null && day.isAfter(LocalDate.now())) {
			errors.add(field + ": " + day + " is in the future; an export is made on or before today");
			return null;
		}
		return day;
	}

	private LocalDate date(String value, String field) {
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			errors.add(field + ": '" + value + "' is not a date (YYYY-MM-DD)");
			return null;
		}
	}

	private String currency(String value, String field) {
		String code = value.trim().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{3}")) {
			errors.add(field + ": '" + value + "' is not a three-letter currency code");
		}
		return code;
	}

	private Map<String, BigDecimal> rates(JsonNode node) {
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		if (node.isMissingNode()) {
			return rates;
		}
		node.properties().forEach(e -> rates.put(currency(e.getKey(), "rates." + e.getKey()),
				positive(e.getValue(), "rates." + e.getKey())));
		return rates;
	}

	private BigDecimal positive(JsonNode node, String field) {
		try {
			BigDecimal value = new BigDecimal(node.asString().trim());
			if (value.signum() > 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(field + ": must be a positive number, got '" + node.asString() + "'");
		return null;
	}

	private double share(JsonNode node, String field) {
		double value = node.asDouble(-1);
		if (!node.isNumber() || value < 0 || value > 1) {
			errors.add(field + ": must be a share between 0 and 1 (0.05 = 5%), got '" + node.asString() + "'");
			return 0.05;
		}
		return value;
	}

	private String text(JsonNode node, String key, String fallback, boolean required) {
		return text(node, key, fallback, required, "");
	}

	private String text(JsonNode node, String key, String fallback, boolean required, String at) {
		JsonNode value = node.get(key);
		if (value == null || value.isNull() || value.asString().isBlank()) {
			if (required) {
				errors.add(at + key + ": is required");
			}
			return fallback;
		}
		return value.asString().trim();
	}

	private void checkKeys(JsonNode node, String at, Set<String> allowed) {
		if (!node.isObject()) {
			errors.add((at.isEmpty() ? "(top level)" : at) + ": expected a mapping");
			return;
		}
		node.propertyNames().forEach(key -> {
			if (!allowed.contains(key)) {
				errors.add(at + key + ": unknown field (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
			}
		});
	}
}
