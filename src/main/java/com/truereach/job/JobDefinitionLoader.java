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
 */
public final class JobDefinitionLoader {

	static final Set<String> ATTRIBUTION_KEYS = Set.of("platform", "utmSource", "utmMedium", "utmCampaign",
			"utmContent", "referrer", "account");

	private final List<String> errors = new ArrayList<>();

	private Path base;

	private String fileName;

	public static JobDefinition load(Path file) {
		return new JobDefinitionLoader().read(file);
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
		base = file.toAbsolutePath().getParent();
		checkKeys(root, "", Set.of("name", "window", "output", "rejectThreshold", "currency", "rates", "accounts",
				"revenue", "attribution"));
		String name = text(root, "name", null, true);
		JobDefinition.Window window = window(root.path("window"));
		Path output = base.resolve(text(root, "output", "reports", false)).normalize();
		double threshold = root.has("rejectThreshold") ? share(root.get("rejectThreshold"), "rejectThreshold") : 0.05;
		String currency = root.has("currency") ? currency(root.get("currency").asString(), "currency") : null;
		Map<String, BigDecimal> rates = rates(root.path("rates"));
		if (!rates.isEmpty() && currency == null) {
			errors.add("rates: exchange rates need a report currency (field currency)");
		}
		List<JobDefinition.Account> accounts = accounts(root.path("accounts"));
		List<JobDefinition.RevenueSource> revenue = revenue(root.path("revenue"));
		List<Map<String, String>> attribution = attribution(root.path("attribution"), accounts);
		if (!errors.isEmpty()) {
			throw new DefinitionException(fileName + ": " + String.join("; ", errors));
		}
		return new JobDefinition(name, file.toAbsolutePath().normalize(), window, output, threshold, currency, rates,
				accounts, revenue, attribution);
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
			List<Path> files = files(a.path("files"), at + "files");
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
			accounts.add(new JobDefinition.Account(id, platform, handle, display, files, anchor, price));
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
			sources.add(new JobDefinition.RevenueSource(name, files(node.get(i).path("files"), at + "files")));
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

	private List<Path> files(JsonNode node, String field) {
		List<Path> files = new ArrayList<>();
		if (!node.isArray() || node.isEmpty()) {
			errors.add(field + ": at least one file or glob is required");
			return files;
		}
		for (int i = 0; i < node.size(); i++) {
			String pattern = node.get(i).asString();
			List<Path> matched = glob(pattern);
			if (matched.isEmpty()) {
				errors.add(field + "[" + i + "]: '" + pattern + "' matches no file (looked in "
						+ base.resolve(pattern).normalize() + ")");
			}
			files.addAll(matched);
		}
		return files;
	}

	/** Files matching a glob relative to the definition's folder, sorted; a plain path matches itself. */
	List<Path> glob(String pattern) {
		Path resolved = base.resolve(pattern).normalize();
		if (!pattern.contains("*") && !pattern.contains("?") && !pattern.contains("[") && !pattern.contains("{")) {
			return Files.isRegularFile(resolved) ? List.of(resolved) : List.of();
		}
		String text = resolved.toString().replace('\\', '/');
		int firstGlob = indexOfGlob(text);
		Path root = Path.of(text.substring(0, text.lastIndexOf('/', firstGlob) + 1));
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + text);
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).filter(matcher::matches).sorted().toList();
		}
		catch (IOException ex) {
			errors.add("cannot list " + root + ": " + ex.getMessage());
			return List.of();
		}
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
