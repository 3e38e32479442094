package com.truereach.job;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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

import com.truereach.conversion.AttributionRule;
import com.truereach.domain.Platform;

/**
 * Reads and checks a job definition before anything runs. Every mistake is reported with the
 * definition file and the field path ({@code accounts[2].platform}), all of them at once.
 * {@link DefinitionReader} binds the file and checks each field, {@link DefinitionFiles} resolves
 * the globs and output within the allowed folders (the definition's project folder and those of
 * {@value #ROOTS}); this class checks what involves more than one field (ids used twice, account
 * ids named by rules and clients) and builds the {@link JobDefinition} with typed attribution rules.
 */
public final class JobDefinitionLoader {

	/** Application property: more folders, comma-separated, a definition may read and write under. */
	public static final String ROOTS = "truereach.roots";

	private DefinitionErrors errors;

	private DefinitionFiles paths;

	private final List<Path> extraRoots;

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
		paths = new DefinitionFiles(file.toAbsolutePath().normalize().getParent(), extraRoots, errors);
		JobDefinition.Window window = window(spec.window());
		Path output = paths.output(blank(spec.output()) ? "reports" : spec.output().trim(), "output");
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
		List<JobDefinition.Client> clients = ClientGroups.of(spec.clients(), accounts, spec.name(), errors);
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
			List<Path> files = paths.files(a.files(), at + ".files", exportedOn);
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
			sources.add(new JobDefinition.RevenueSource(name, paths.files(source.files(), at + ".files", null)));
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
