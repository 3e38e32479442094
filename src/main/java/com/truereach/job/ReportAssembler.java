package com.truereach.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.truereach.conversion.RevenueOverview;
import com.truereach.conversion.Unattributed;
import com.truereach.domain.Platform;
import com.truereach.history.InputFileStore;
import com.truereach.history.ResultStore;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.formats.StandardFormats;
import com.truereach.report.ReportModel;

/** Gathers what the steps of a run kept for the whole run into the model the workbook shows. */
final class ReportAssembler {

	static final int MAX_REJECTS = 100_000;

	private static final FormatRegistry FORMATS = StandardFormats.registry();

	private final ResultStore resultStore;

	private final InputFileStore inputFiles;

	ReportAssembler(ResultStore resultStore, InputFileStore inputFiles) {
		this.resultStore = resultStore;
		this.inputFiles = inputFiles;
	}

	/**
	 * The report's run, files, rejected rows, unattributed revenue and notes; its accounts are left
	 * to the account reports the conversion step kept, which the workbook reads one at a time.
	 */
	ReportModel assemble(RunContext run) {
		return assemble(run, null, run.definition().name(), List.of());
	}

	/**
	 * The report of one client: its accounts' files and the revenue files (which every client's
	 * revenue comes from), their rejected rows, the run's notes and one saying where what belongs to
	 * no client is: the overview {@code overview}.
	 */
	ReportModel assemble(RunContext run, JobDefinition.Client client, String overview) {
		Set<String> owners = new HashSet<>();
		client.accounts().forEach(a -> owners.add(a.id()));
		run.definition().revenue().forEach(r -> owners.add(r.name()));
		return assemble(run, owners, run.definition().name() + ": " + client.name(),
				List.of("This workbook is one client's, " + client.name() + ": its accounts and the files they and "
						+ "the revenue sources come from. Revenue that no rule gave to an account, the other "
						+ "clients and the totals across clients are in the overview workbook " + overview
						+ " beside it."));
	}

	/** @param owners the accounts and revenue sources whose files the report shows; null: every one */
	private ReportModel assemble(RunContext run, Set<String> owners, String title, List<String> first) {
		JobDefinition definition = run.definition();
		RevenueOverview revenue = new ConversionResults(resultStore, run.runId()).overview();
		FileSetChange changed = FileSetChange.in(run.context());
		List<ReportModel.InputFile> files = new ArrayList<>(
				(owners == null ? inputFiles.fileRuns(run.runId()) : inputFiles.fileRuns(run.runId(), owners))
			.stream()
			.map(f -> new ReportModel.InputFile(f.path(), f.owner(), formatName(f.format()), platformName(f.platform()),
					f.first(), f.last(), f.status(), changed.message(f.path(), f.message()), f.read(), f.accepted(),
					f.rejected(), f.summaryRows(), f.replaced(), f.skipped()))
			.toList());
		List<ReportModel.RejectLine> rejects = (owners == null ? inputFiles.rejects(run.runId(), MAX_REJECTS)
				: inputFiles.rejects(run.runId(), owners, MAX_REJECTS))
			.stream()
			.map(r -> new ReportModel.RejectLine(r.file(), r.line(), r.column(), r.value(), r.reason()))
			.toList();
		long rejectsTotal = files.stream().mapToLong(ReportModel.InputFile::rejected).sum();
		List<String> notes = new ArrayList<>(first);
		notes.addAll(notes(files));
		if (!changed.isEmpty()) {
			notes.add(changed.describe() + " See the Data quality sheet.");
			changed.removed()
				.stream()
				.filter(f -> owners == null || owners.contains(f.owner()))
				.forEach(f -> files.add(new ReportModel.InputFile(f.path(), f.owner(), null, null, null, null, "REMOVED",
						"listed when this run first started, no longer listed when it resumed: not read by the resume",
						0, 0, 0, 0, 0)));
		}
		notes.addAll(revenue.notes());
		return new ReportModel(runInfo(run, definition, title), List.of(), unattributed(revenue.unattributed()), files,
				rejects, rejectsTotal, Glossary.entries(), notes);
	}

	/** A format's name as a person says it: its description up to the first colon ("X Premium account overview"). */
	static String formatName(String id) {
		if (id == null) {
			return null;
		}
		return FORMATS.byId(id).map(r -> {
			String description = r.description();
			int colon = description.indexOf(':');
			return colon > 0 ? description.substring(0, colon).strip() : description;
		}).orElse(id);
	}

	/** A platform's name as it is written ("TikTok"), or the text as it is when it names none. */
	static String platformName(String text) {
		if (text == null || text.isBlank()) {
			return text;
		}
		try {
			return Platform.parse(text).label();
		}
		catch (IllegalArgumentException unknown) {
			return text;
		}
	}

	private static ReportModel.Unattributed unattributed(Unattributed unattributed) {
		return new ReportModel.Unattributed(unattributed.totalByCurrency(), unattributed.orders(),
				unattributed.topSources()
					.stream()
					.map(s -> new ReportModel.SourceLine(s.source(), "", "", s.reason(), s.currency(), s.amount(),
							s.orders()))
					.toList());
	}

	private static List<String> notes(List<ReportModel.InputFile> files) {
		List<String> notes = new ArrayList<>();
		long unusable = files.stream().filter(f -> !"OK".equals(f.status()) && !"UNCHANGED".equals(f.status())).count();
		if (unusable > 0) {
			notes.add(unusable + " input file(s) could not be used; see the Data quality sheet.");
		}
		return notes;
	}

	private static ReportModel.Run runInfo(RunContext run, JobDefinition definition, String title) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("definition", run.parameters().definition().toString());
		parameters.put("from", run.from().toString());
		parameters.put("to", run.to().toString());
		if (run.parameters().asOf() != null) {
			parameters.put("asOf", run.parameters().asOf().toString());
		}
		parameters.put("revision", Long.toString(run.parameters().revision()));
		parameters.put("run id", Long.toString(run.runId()));
		return new ReportModel.Run(title, definition.file().toString(), read(definition.file()),
				run.from(), run.to(), parameters, version(), Instant.now(), definition.currency());
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String version() {
		String version = ReportAssembler.class.getPackage().getImplementationVersion();
		return "TrueReach " + (version == null ? "0.1.0" : version);
	}

}
