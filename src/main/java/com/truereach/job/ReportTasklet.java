package com.truereach.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.truereach.history.FollowerHistory;
import com.truereach.history.HistoryDay;
import com.truereach.history.HistoryStore;
import com.truereach.report.ReportModel;
import com.truereach.report.WorkbookWriter;

/** Step 4: gathers the results of the run and writes the workbook; its path goes into the job's context. */
public class ReportTasklet implements Tasklet {

	public static final String REPORT_PATH = "report.path";

	private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

	private static final int MAX_REJECTS = 100_000;

	private final HistoryStore store;

	private final WorkbookWriter writer;

	public ReportTasklet(HistoryStore store, WorkbookWriter writer) {
		this.store = store;
		this.writer = writer;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		RunContext run = RunContext.of(chunkContext);
		JobDefinition definition = run.definition();
		ReportModel model = model(run, definition);
		Path target = definition.output().resolve(definition.name() + "_" + run.from() + "_" + run.to() + ".xlsx");
		writer.write(model, target);
		run.context().putString(REPORT_PATH, target.toString());
		log.info("wrote {}", target);
		return RepeatStatus.FINISHED;
	}

	private ReportModel model(RunContext run, JobDefinition definition) {
		Map<String, FollowerHistory> histories = store.results(run.runId(), CleanlinessTasklet.STEP,
				FollowerHistory.class);
		List<ReportModel.AccountReport> accounts = new ArrayList<>();
		for (JobDefinition.Account account : definition.accounts()) {
			FollowerHistory history = histories.get(account.id());
			List<HistoryDay> days = history.days()
				.stream()
				.filter(d -> !d.day().isBefore(run.from()) && !d.day().isAfter(run.to()))
				.toList();
			Long start = followersBefore(history, run.from());
			Long end = days.isEmpty() ? null : days.get(days.size() - 1).followers();
			Long growth = start == null || end == null ? null : end - start;
			List<ReportModel.Day> lines = days.stream()
				.map(d -> new ReportModel.Day(d.day(), d.followers(), null, d.gained(), d.lost(), d.net(), d.posts(),
						d.engagements(), d.reach(), d.impressions(), d.linkClicks(), null, 0, false))
				.toList();
			accounts.add(new ReportModel.AccountReport(account.id(), account.platform().label(), account.handle(),
					account.displayName(), history.totals().name(), start, end, growth, null, null, null, null, null,
					null, null, null, List.of(), null, null, definition.currency(), 0, null, null, null, null, null, null,
					List.of(), null, List.of(), lines));
		}
		List<ReportModel.InputFile> files = store.fileRuns(run.runId())
			.stream()
			.map(f -> new ReportModel.InputFile(f.path(), f.owner(), f.format(), f.platform(), f.first(), f.last(),
					f.status(), f.message(), f.read(), f.accepted(), f.rejected(), f.summaryRows(), f.replaced()))
			.toList();
		List<ReportModel.RejectLine> rejects = store.rejects(run.runId(), MAX_REJECTS)
			.stream()
			.map(r -> new ReportModel.RejectLine(r.file(), r.line(), r.column(), r.value(), r.reason()))
			.toList();
		long rejectsTotal = files.stream().mapToLong(ReportModel.InputFile::rejected).sum();
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("definition", run.parameters().definition().toString());
		parameters.put("from", run.from().toString());
		parameters.put("to", run.to().toString());
		if (run.parameters().asOf() != null) {
			parameters.put("asOf", run.parameters().asOf().toString());
		}
		parameters.put("revision", Long.toString(run.parameters().revision()));
		parameters.put("run id", Long.toString(run.runId()));
		ReportModel.Run info = new ReportModel.Run(definition.name(), definition.file().toString(),
				read(definition.file()), run.from(), run.to(), parameters, version(), Instant.now(),
				definition.currency());
		return new ReportModel(info, accounts, new ReportModel.Unattributed(Map.of(), 0, List.of()), files, rejects,
				rejectsTotal, List.of(), List.of());
	}

	/** Followers at the start of the range: the total at the end of the day before it, so that growth counts every day of the range. */
	static Long followersBefore(FollowerHistory history, java.time.LocalDate from) {
		for (HistoryDay day : history.days()) {
			if (day.day().equals(from.minusDays(1))) {
				return day.followers();
			}
			if (day.day().equals(from)) {
				return day.followers() == null ? null : day.followers() - day.net();
			}
		}
		return null;
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
		String version = ReportTasklet.class.getPackage().getImplementationVersion();
		return "TrueReach " + (version == null ? "0.1.0" : version);
	}
}
