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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.truereach.conversion.AttributionRule;
import com.truereach.domain.Platform;

/**
 * Reads and checks a job definition before anything runs. Every mistake is reported with the
 * definition file and the field path ({@code accounts[2].platform}), all of them at once.
 * {@link DefinitionReader} binds the file and checks each field; this class checks what involves
 * the disk or more than one field (globs, allowed folders, account ids named by rules and clients)
 * and builds the {@link JobDefinition} with typed attribution rules.
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

	private DefinitionErrors errors;

	private Path base;

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
		if (!Files.isRegularFile(file)) {
			throw new DefinitionException(file + ": job definition not found");
		}
		DefinitionReader.Read read = DefinitionReader.read(file);
		DefinitionSpec spec = read.spec();
		errors = read.errors();
		base = file.toAbsolutePath().normalize().getParent();
		roots = allowedRoots();
		JobDefinition.Window window = window(spec.window());
		String outputField = blank(spec.output()) ? "reports" : spec.output().trim();
		Path output = base.resolve(outputField).normalize();
		if (!allowed(output)) {
			errors.add("output", "'" + outputField + "' lies outside the allowed folders " + rootsText());
		}
		double threshold = spec.rejectThreshold() == null ? 0.05 : spec.rejectThreshold();
		String currency = spec.currency() == null ? null : spec.currency().trim().toUpperCase(Locale.ROOT);
		Map<String, BigDecimal> rates = new LinkedHashMap<>();
		if (spec.rates() != null) {
			spec.rates().forEach((code, rate) -> rates.put(code.trim().toUpperCase(Locale.ROOT), rate));
		}
		if (!rates.isEmpty() && currency == null) {
			errors.add("rates", "exchange rates need a report currency (field currency)");
		}
		List<JobDefinition.Account> accounts = accounts(spec.accounts());
		List<JobDefinition.RevenueSource> revenue = revenue(spec.revenue());
		List<AttributionRule> attribution = attribution(spec.attribution(), accounts);
		List<JobDefinition.Client> clients = clients(spec.clients(), accounts, spec.name());
		Integer retentionDays = spec.retention() == null || spec.retention().days() == null ? null
				: spec.retention().days().intValue();
		if (!errors.isEmpty()) {
			throw new DefinitionException(file + ": " + errors.joined());
		}
		return new JobDefinition(spec.name().trim(), file.toAbsolutePath().normalize(), window, output, threshold,
				currency, rates, accounts, revenue, attribution, retentionDays, clients);
	}

	private JobDefinition.Window window(DefinitionSpec.Window spec) {
		// a wrong number of days is named already; the window is only built to go on checking
		int days = spec == null || spec.days() == null ? 90 : spec.days().intValue();
		String ending = spec == null || blank(spec.ending()) ? "yesterday" : spec.ending().trim();
		return switch (ending.toLowerCase(Locale.ROOT)) {
			case "yesterday" -> new JobDefinition.Window(days, JobDefinition.Window.Ending.YESTERDAY, null);
			case "latest" -> new JobDefinition.Window(days, JobDefinition.Window.Ending.LATEST, null);
			default -> new JobDefinition.Window(days, JobDefinition.Window.Ending.DATE, date(ending, "window.ending"));
		};
	}

	private List<JobDefinition.Account> accounts(List<DefinitionSpec.Account> specs) {
		List<JobDefinition.Account> accounts = new ArrayList<>();
		if (specs == null) {
			return accounts;
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < specs.size(); i++) {
			DefinitionSpec.Account a = specs.get(i);
			if (a == null) {
				continue;
			}
			String at = "accounts[" + i + "]";
			String id = blank(a.id()) ? null : a.id().trim();
			if (id != null && !ids.add(id)) {
				errors.add(at + ".id", "'" + id + "' is used twice");
			}
			String handle = blank(a.handle()) ? id : a.handle().trim();
			String display = blank(a.name()) ? handle : a.name().trim();
			Map<Path, LocalDate> exportedOn = new LinkedHashMap<>();
			List<Path> files = files(a.files(), at + ".files", exportedOn);
			DefinitionSpec.Anchor anchor = a.followersAnchor();
			accounts.add(new JobDefinition.Account(id, a.platform() == null ? null : SocialPlatform.Check.parse(a.platform()),
					handle, display, files,
					anchor == null ? null
							: new JobDefinition.Anchor(anchor.date(), anchor.followers() == null ? -1 : anchor.followers().longValue()),
					a.pricePer1000Followers(), exportedOn));
		}
		return accounts;
	}

	private List<JobDefinition.RevenueSource> revenue(List<DefinitionSpec.Revenue> specs) {
		List<JobDefinition.RevenueSource> sources = new ArrayList<>();
		if (specs == null) {
			return sources;
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < specs.size(); i++) {
			DefinitionSpec.Revenue source = specs.get(i);
			if (source == null) {
				continue;
			}
			String at = "revenue[" + i + "]";
			String name = blank(source.name()) ? null : source.name().trim();
			if (name != null && !names.add(name)) {
				errors.add(at + ".name", "'" + name + "' is used twice");
			}
			sources.add(new JobDefinition.RevenueSource(name, files(source.files(), at + ".files", null)));
		}
		return sources;
	}

	/** The rules, typed; each must name a defined account and give a condition. */
	private List<AttributionRule> attribution(List<DefinitionSpec.Rule> specs, List<JobDefinition.Account> accounts) {
		List<AttributionRule> rules = new ArrayList<>();
		if (specs == null) {
			return rules;
		}
		Set<String> ids = accounts.stream().map(JobDefinition.Account::id).collect(Collectors.toSet());
		for (int i = 0; i < specs.size(); i++) {
			DefinitionSpec.Rule r = specs.get(i);
			Platform platform = r == null || r.platform() == null ? null : SocialPlatform.Check.parse(r.platform());
			if (r == null || blank(r.account()) || r.platform() != null && platform == null) {
				continue;
			}
			String at = "attribution[" + i + "]";
			String account = r.account().trim();
			if (!ids.contains(account)) {
				errors.add(at + ".account", "no account with id '" + account + "'");
			}
			try {
				rules.add(new AttributionRule(platform, r.utmSource(), r.utmMedium(), r.utmCampaign(), r.utmContent(),
						blank(r.referrer()) ? List.of() : List.of(r.referrer()), account));
			}
			catch (IllegalArgumentException ex) {
				errors.add(at, "a rule needs at least one condition besides the account: a platform, a UTM value "
						+ "or a referrer pattern");
			}
		}
		return rules;
	}

	/**
	 * The clients with their accounts: every account in exactly one client. Without a
	 * {@code clients} section, one client {@value JobDefinition#ALL_ACCOUNTS} of every account.
	 */
	private List<JobDefinition.Client> clients(List<DefinitionSpec.Client> specs, List<JobDefinition.Account> accounts,
			String name) {
		if (specs == null) {
			return List.of(new JobDefinition.Client(JobDefinition.ALL_ACCOUNTS, blank(name) ? JobDefinition.ALL_ACCOUNTS
					: name.trim(), accounts));
		}
		Map<String, JobDefinition.Account> byId = new HashMap<>();
		accounts.forEach(a -> byId.putIfAbsent(a.id(), a));
		Map<String, String> clientOf = new HashMap<>();
		Set<String> clientIds = new HashSet<>();
		List<JobDefinition.Client> clients = new ArrayList<>();
		for (int i = 0; i < specs.size(); i++) {
			DefinitionSpec.Client c = specs.get(i);
			if (c == null || blank(c.id()) || c.accounts() == null) {
				continue;
			}
			String at = "clients[" + i + "]";
			String id = c.id().trim();
			if (!clientIds.add(id)) {
				errors.add(at + ".id", "'" + id + "' is used twice");
			}
			List<JobDefinition.Account> members = new ArrayList<>();
			for (int j = 0; j < c.accounts().size(); j++) {
				String account = c.accounts().get(j) == null ? "" : c.accounts().get(j).trim();
				String other = clientOf.putIfAbsent(account, id);
				if (account.isEmpty()) {
					continue;
				}
				if (!byId.containsKey(account)) {
					errors.add(at + ".accounts[" + j + "]", "no account with id '" + account + "'");
				}
				else if (other != null) {
					errors.add(at + ".accounts[" + j + "]", "'" + account + "' is in client '" + other
							+ "' already (an account belongs to one client)");
				}
				else {
					members.add(byId.get(account));
				}
			}
			clients.add(new JobDefinition.Client(id, blank(c.name()) ? id : c.name().trim(), List.copyOf(members)));
		}
		for (int i = 0; i < accounts.size(); i++) {
			String id = accounts.get(i).id();
			if (id != null && !clientOf.containsKey(id)) {
				errors.add("accounts[" + i + "].id", "'" + id + "' is in no client: list it under the accounts of one "
						+ "of clients");
			}
		}
		return clients;
	}

	/**
	 * The files of a {@code files} list. An entry is a glob, or, for an account
	 * ({@code exportedOn} not null), a mapping {@code { path: <glob, file or folder>, exportedOn: YYYY-MM-DD }}
	 * giving the day its files were exported: TikTok Studio dates have no year, and a download
	 * renamed without its date has nothing else to take it from.
	 */
	private List<Path> files(List<DefinitionSpec.FileEntry> entries, String field, Map<Path, LocalDate> exportedOn) {
		List<Path> files = new ArrayList<>();
		if (entries == null) {
			return files;
		}
		for (int i = 0; i < entries.size(); i++) {
			DefinitionSpec.FileEntry entry = entries.get(i);
			String at = field + "[" + i + "]";
			if (entry == null || blank(entry.path())) {
				continue;
			}
			String pattern = entry.path();
			if (entry.dated()) {
				if (exportedOn == null) {
					errors.add(at, "expected a path or glob");
					continue;
				}
				if (entry.exportedOn() == null) {
					if (!errors.named(at + ".exportedOn")) {
						errors.add(at + ".exportedOn", "is required with path (the day the files were exported, YYYY-MM-DD)");
					}
					continue;
				}
				pattern = Files.isDirectory(base.resolve(pattern)) ? pattern + "/**" : pattern;
			}
			Path start = globStart(base.resolve(pattern).normalize(), pattern);
			if (!allowed(start)) {
				errors.add(at, "'" + pattern + "' lies outside the allowed folders " + rootsText());
				continue;
			}
			List<Path> matched = glob(pattern, at);
			List<Path> escaping = matched.stream().filter(path -> !allowed(path)).toList();
			if (!escaping.isEmpty()) {
				errors.add(at, "'" + pattern + "' matches " + escaping.size()
						+ " file(s) linked from outside the allowed folders " + rootsText() + ", e.g. " + escaping.get(0));
				continue;
			}
			if (entry.dated() && !entry.exportedOn().isAfter(LocalDate.now())) {
				for (Path file : matched) {
					exportedOn.put(file, entry.exportedOn());
				}
			}
			if (matched.isEmpty()) {
				errors.add(at, "'" + pattern + "' matches no file (looked in " + base.resolve(pattern).normalize() + ")");
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
	private List<Path> glob(String pattern, String field) {
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
			errors.add(field, "cannot list " + root + ": " + ex.getMessage());
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

	private LocalDate date(String value, String field) {
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			errors.add(field, "'" + value + "' is not a date (YYYY-MM-DD)");
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
