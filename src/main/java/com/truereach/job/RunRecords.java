package com.truereach.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.truereach.history.InputFileStore;
import com.truereach.ingest.ParsedFile;

/** Past and running executions read back through the {@link JobRepository}, with the file counts the history keeps. */
@Component
public class RunRecords {

	/** A file of these statuses gave the run its rows: read now, or read unchanged by an earlier run. */
	private static final Set<String> USED = Set.of(ParsedFile.Status.OK.name(), ParsedFile.Status.UNCHANGED.name());

	private static final String FAILED = "FAILED";

	private final JobRepository repository;

	private final InputFileStore inputFiles;

	private final JdbcTemplate jdbc;

	private final RunOwners owners;

	public RunRecords(JobRepository repository, InputFileStore inputFiles, JdbcTemplate jdbc, RunOwners owners) {
		this.repository = repository;
		this.inputFiles = inputFiles;
		this.jdbc = jdbc;
		this.owners = owners;
	}

	/** The newest {@code last} executions, newest first, of the definitions {@code definition} matches. */
	public List<RunRecord> list(Predicate<Path> definition, int last) {
		List<JobExecution> executions = new ArrayList<>();
		for (JobInstance instance : repository.getJobInstances(TrueReachJobConfiguration.JOB_NAME, 0,
				Integer.MAX_VALUE)) {
			for (JobExecution execution : repository.getJobExecutions(instance)) {
				if (definition.test(Path.of(execution.getJobParameters().getString(RunParameters.DEFINITION)))) {
					executions.add(execution);
				}
			}
		}
		return executions.stream()
			.sorted(Comparator.comparingLong(JobExecution::getId).reversed())
			.limit(last)
			.map(e -> of(repository.getJobExecution(e.getId())))
			.toList();
	}

	/** One execution, or null when there is none of that id. */
	public RunRecord find(long executionId) {
		JobExecution execution = execution(repository, executionId);
		return execution == null ? null : of(execution);
	}

	/** The execution of that id, or null: the JDBC repository throws for an id it does not have. */
	public static JobExecution execution(JobRepository repository, long executionId) {
		try {
			return repository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			return null;
		}
	}

	RunRecord of(JobExecution execution) {
		RunParameters parameters = RunParameters.of(execution.getJobParameters());
		long run = execution.getJobInstance().getInstanceId();
		ExecutionContext context = execution.getExecutionContext();
		List<InputFileStore.FileRun> fileRuns = inputFiles.fileRuns(run);
		List<RunRecord.FileCount> files = fileRuns.stream()
			.map(f -> new RunRecord.FileCount(f.path(), f.owner(), f.format(), f.status(), f.read(), f.accepted(),
					f.rejected(), f.replaced()))
			.toList();
		List<RunRecord.Step> steps = execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.map(s -> new RunRecord.Step(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
					s.getSkipCount(), s.getStartTime(), millis(s.getStartTime(), s.getEndTime()),
					FailureReasons.of(s.getExitStatus().getExitDescription())))
			.toList();
		String owner = execution.isRunning() ? owners.owner(execution.getId())
			.map(o -> (owners.gone(o) ? "gone: " : "") + o.describe())
			.orElse("no owner recorded") : null;
		Long millis = millis(execution.getStartTime(), execution.getEndTime());
		return new RunRecord(execution.getId(), run, execution.getStatus().name(),
				execution.getExitStatus().getExitCode(), parameters.definition().toString(), request(execution),
				day(context, RunContext.FROM), day(context, RunContext.TO), parameters.revision(), execution.getStartTime(),
				execution.getEndTime(), millis == null ? null : millis / 1000, files.size(),
				fileRuns.stream().filter(f -> !USED.contains(f.status())).count(), newFiles(run),
				fileRuns.stream().mapToLong(InputFileStore.FileRun::read).sum(),
				fileRuns.stream().mapToLong(InputFileStore.FileRun::accepted).sum(),
				fileRuns.stream().mapToLong(InputFileStore.FileRun::rejected).sum(),
				context.containsKey(ReportTasklet.REPORT_PATH) ? context.getString(ReportTasklet.REPORT_PATH) : null,
				failure(execution, steps),
				steps.stream().filter(s -> FAILED.equals(s.status())).map(RunRecord.Step::name).findFirst().orElse(null),
				owner, steps, files);
	}

	/**
	 * Why the execution failed: the reason of the last step that failed with one, which for a
	 * partitioned step is its partition's (the step itself says only that a partition failed);
	 * otherwise the execution's own, such as a recovery's.
	 */
	private static String failure(JobExecution execution, List<RunRecord.Step> steps) {
		List<String> reasons = steps.stream()
			.filter(s -> FAILED.equals(s.status()) && s.failure() != null)
			.map(RunRecord.Step::failure)
			.toList();
		return reasons.isEmpty() ? FailureReasons.of(execution.getExitStatus().getExitDescription())
				: reasons.get(reasons.size() - 1);
	}

	/** The request: the definition with {@code --from A --to B}, or the nightly window of a day. */
	static String request(JobExecution execution) {
		JobParameters parameters = execution.getJobParameters();
		RunParameters run = RunParameters.of(parameters);
		String name = run.definition().getFileName().toString();
		return name + (run.from() != null ? " --from " + run.from() + " --to " + run.to() : " nightly of " + run.asOf());
	}

	/**
	 * Files of the run that no earlier run had stored: 0 means the run found nothing new. The
	 * earlier runs' files are one set that each file of the run is looked up in: asked per file
	 * (no index leads from a file to its runs), the question took seconds once a few nights of a
	 * few thousand files were recorded, and longer every night.
	 */
	private long newFiles(long run) {
		Long count = jdbc.queryForObject("SELECT COUNT(DISTINCT r.file_id) FROM tr_file_run r WHERE r.run_id = ?"
				+ " AND r.file_id NOT IN (SELECT o.file_id FROM tr_file_run o WHERE o.run_id < ?)", Long.class, run, run);
		return count == null ? 0 : count;
	}

	private static LocalDate day(ExecutionContext context, String key) {
		return context.containsKey(key) ? LocalDate.parse(context.getString(key)) : null;
	}

	private static Long millis(LocalDateTime start, LocalDateTime end) {
		return start == null || end == null ? null : Duration.between(start, end).toMillis();
	}
}
