package com.truereach.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.truereach.conversion.Money;
import com.truereach.quality.FlagKind;
import com.truereach.report.ReportModel;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run summary {@code <report>.json} beside the workbook, for monitoring: the run as
 * {@code runs show --json} tells it, and each account's headline figures and the report's
 * warnings as the workbook shows them. A run that fails or is stopped leaves one too, with what
 * it did so far. Written to a temporary file and renamed, like the workbook.
 * Its fields are listed in the README ("The run summary").
 */
final class RunSummary {

	/** The job context key under which the report step leaves the accounts' headlines and the warnings. */
	static final String HEADLINES = "report.headlines";

	static final int SCHEMA = 1;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private RunSummary() {
	}

	/** The headline figures of every account and the report's warnings, as a JSON text to keep in the job's context. */
	static String headlines(List<ReportModel.Headline> accounts, List<String> notes) {
		return headlines(accounts, notes, Map.of());
	}

	/**
	 * As {@link #headlines(List, List)}, each account with the id of its client ({@code client}) where
	 * {@code clients} (account id to client id) has one.
	 */
	static String headlines(List<ReportModel.Headline> accounts, List<String> notes, Map<String, String> clients) {
		Map<String, Object> headlines = new LinkedHashMap<>();
		headlines.put("accounts", accounts.stream().map(a -> {
			Map<String, Object> figures = headline(a.account());
			if (clients.containsKey(a.account().id())) {
				figures.put("client", clients.get(a.account().id()));
			}
			return figures;
		}).toList());
		headlines.put("warnings", notes);
		return JSON.writeValueAsString(headlines);
	}

	private static Map<String, Object> headline(ReportModel.AccountReport account) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("id", account.id());
		figures.put("name", account.name());
		figures.put("platform", account.platform());
		figures.put("followersReportedStart", account.followersStart());
		figures.put("followersReportedEnd", account.followersEnd());
		figures.put("followersCleanStart", account.cleanStart());
		figures.put("followersCleanEnd", account.cleanEnd());
		figures.put("fakeShare", account.fakeShare());
		figures.put("fakeShareLow", account.fakeShareLow());
		figures.put("fakeShareHigh", account.fakeShareHigh());
		figures.put("boughtEpisodes",
				account.flags().stream().filter(f -> FlagKind.BOUGHT_FOLLOWERS.name().equals(f.kind())).count());
		figures.put("qualityScore", account.qualityScore());
		figures.put("revenue", Money.rounded(account.revenue()));
		figures.put("currency", account.currency());
		figures.put("orders", account.orders());
		figures.put("verdict", account.verdict());
		return figures;
	}

	/**
	 * The workbooks of the clients, as a JSON text to keep in the job's context: for each, the
	 * client's id and name, the file and how many accounts it has.
	 */
	static String workbooks(List<ClientWorkbookTasklet.Written> clients) {
		return JSON.writeValueAsString(clients.stream().map(c -> {
			Map<String, Object> workbook = new LinkedHashMap<>();
			workbook.put("client", c.client());
			workbook.put("name", c.name());
			workbook.put("path", c.path());
			workbook.put("accounts", c.accounts().size());
			return workbook;
		}).toList());
	}

	/** The client workbooks {@link #workbooks} listed: client id and path, in the definition's order. */
	static List<Map<String, Object>> workbookList(String workbooks) {
		return JSON.readValue(workbooks, new TypeReference<List<Map<String, Object>>>() {
		});
	}

	/** The client workbooks a summary lists (none when it lists none, or is not a summary TrueReach can read). */
	static List<Map<String, Object>> listedWorkbooks(String summary) {
		try {
			Map<String, Object> fields = JSON.readValue(summary, new TypeReference<Map<String, Object>>() {
			});
			return fields.get("workbooks") instanceof List<?> ? JSON.convertValue(fields.get("workbooks"),
					new TypeReference<List<Map<String, Object>>>() {
					}) : List.of();
		}
		catch (RuntimeException unreadable) {
			return List.of();
		}
	}

	/** Where the summary of a completed run goes: beside its workbook, {@code <report>.json}. */
	static Path beside(Path report) {
		return report.resolveSibling(report.getFileName().toString().replaceFirst("\\.xlsx$", "") + ".json");
	}

	/**
	 * Where the summary of a run that ended without its workbook goes: where the completed run's
	 * will go, {@code <output>/<name>_<from>_<to>.json}, so that a successful restart replaces it.
	 * A nightly request that failed before its range was fixed (in ingestion, with {@code ending:
	 * latest}) has no range yet: {@code <name>_nightly_<day>.json}, removed when that request completes.
	 */
	static Path unfinished(JobDefinition definition, RunRecord record, RunParameters parameters) {
		LocalDate from = record.from() != null ? record.from() : parameters.from();
		LocalDate to = record.to() != null ? record.to() : parameters.to();
		String range = from != null ? from + "_" + to : "nightly_" + parameters.asOf();
		return definition.output().resolve(definition.name() + "_" + range + ".json");
	}

	/** The summary of a nightly request that failed before its range was fixed, if it left one. */
	static Path unfinishedNightly(JobDefinition definition, RunParameters parameters) {
		return definition.output().resolve(definition.name() + "_nightly_" + parameters.asOf() + ".json");
	}

	/**
	 * Writes the summary of a finished execution to {@code target}: {@code headlines} are the
	 * report's (none for a run that ended without its workbook).
	 */
	static Path write(RunRecord record, String headlines, Path target) {
		return write(record, headlines, null, target);
	}

	/**
	 * Writes the summary of a finished execution to {@code target}: {@code headlines} are the
	 * report's (none for a run that ended without its workbook); {@code workbooks}, the clients'
	 * workbooks beside the overview (null without clients: the field is left out).
	 */
	static Path write(RunRecord record, String headlines, String workbooks, Path target) {
		Map<String, Object> headlineFields = JSON.readValue(headlines, new TypeReference<Map<String, Object>>() {
		});
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("schema", SCHEMA);
		summary.putAll(JSON.convertValue(record, new TypeReference<Map<String, Object>>() {
		}));
		summary.put("accounts", headlineFields.getOrDefault("accounts", List.of()));
		summary.put("warnings", headlineFields.getOrDefault("warnings", List.of()));
		if (workbooks != null) {
			summary.put("workbooks", workbookList(workbooks));
		}
		Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try {
			// a run stopped or failed before its report step has not made the output folder yet
			Files.createDirectories(target.getParent());
			Files.writeString(temp, JSON.writeValueAsString(summary));
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("run summary " + target + " not written: " + ex.getMessage(), ex);
		}
		finally {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ignored) {
				// the temporary name starts with a dot and is replaced by the next run's
			}
		}
	}
}
