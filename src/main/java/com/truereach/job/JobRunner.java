package com.truereach.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Launches a request. The definition and the range are identifying parameters, so a request
 * whose last run failed resumes it. A request for a range that already completed gets a new
 * revision: a fresh instance that ingests again and reports on the history as it is now.
 * One run at a time per database: a run whose process lives refuses the launch; one whose
 * process is gone (see {@link RunOwners}) is marked failed and resumed.
 */
@Component
public class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
			BatchStatus.STOPPING);

	private final JobOperator operator;

	private final JobRepository repository;

	private final Job job;

	private final RunOwners owners;

	private final RunRecords records;

	private final List<Path> roots;

	private final LaunchedDefinition launched;

	public JobRunner(JobOperator operator, JobRepository repository, Job trueReachJob, RunOwners owners,
			RunRecords records, RunProgress progress, LaunchedDefinition launched,
			@Value("${" + JobDefinitionLoader.ROOTS + ":}") String roots) {
		this.operator = operator;
		this.repository = repository;
		this.job = trueReachJob;
		this.owners = owners;
		this.records = records;
		this.launched = launched;
		this.roots = JobDefinitionLoader.roots(roots);
		// the owner and the progress belong to the launch, not to any step: registered here, where launches are decided
		if (trueReachJob instanceof AbstractJob registrable) {
			registrable.registerJobExecutionListener(owners);
			registrable.registerJobExecutionListener(progress);
		}
	}

	public Outcome run(RunParameters request, boolean recover) {
		return run(request, null, recover);
	}

	/**
	 * Launches {@code request} whose definition the caller has just read and checked (with this
	 * application's roots): the execution takes it as it is instead of reading the file again.
	 */
	public Outcome run(RunParameters request, JobDefinition definition, boolean recover) {
		Optional<Outcome> refused = clearRunning(recover);
		if (refused.isPresent()) {
			return refused.get();
		}
		RunParameters parameters = request;
		while (true) {
			JobExecution last = repository.getLastJobExecution(job.getName(), parameters.toJobParameters());
			if (last == null || last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED) {
				break;
			}
			// COMPLETED, or ABANDONED which cannot restart: a fresh revision of the same request
			parameters = parameters.withRevision(parameters.revision() + 1);
		}
		if (definition != null) {
			launched.offer(parameters.definition(), roots, definition);
		}
		try {
			return start(parameters);
		}
		finally {
			launched.withdraw();
		}
	}

	private Outcome start(RunParameters parameters) {
		JobExecution execution;
		try {
			execution = operator.start(job, parameters.toJobParameters());
		}
		catch (Exception ex) {
			return Outcome.failed("could not start the job: " + ex.getMessage(), ex);
		}
		return outcome(execution);
	}

	/** Restarts a failed or stopped execution by its id, as {@code restart ID} asks. */
	public Outcome restart(long executionId) {
		JobExecution execution = RunRecords.execution(repository, executionId);
		if (execution == null) {
			return Outcome.refused(Status.NOT_FOUND, "no execution " + executionId + " (see: truereach runs)");
		}
		Optional<Outcome> refused = clearRunning(false);
		if (refused.isPresent()) {
			return refused.get();
		}
		execution = repository.getJobExecution(executionId);
		if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
			return Outcome.refused(Status.NOT_RESTARTABLE, "execution " + executionId + " is " + execution.getStatus()
					+ "; only a FAILED or STOPPED execution can be restarted (re-run a completed range with run --from/--to)");
		}
		JobExecution last = repository.getLastJobExecution(execution.getJobInstance());
		if (last != null && last.getId() != executionId) {
			return Outcome.refused(Status.NOT_RESTARTABLE, "execution " + executionId + " was already restarted as "
					+ "execution " + last.getId() + " (" + last.getStatus() + ")");
		}
		try {
			return outcome(operator.restart(execution));
		}
		catch (Exception ex) {
			return Outcome.failed("could not restart execution " + executionId + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Executions marked running: refused while their process lives; recovered (marked failed, so
	 * that their request resumes) when it is provably gone. An execution without an owner record
	 * (started by a version that kept none) is recovered only when the operator says {@code --recover}.
	 */
	private Optional<Outcome> clearRunning(boolean recover) {
		for (JobExecution running : repository.findRunningJobExecutions(job.getName())) {
			String what = "execution " + running.getId() + " (" + RunRecords.request(running) + ", started "
					+ running.getStartTime() + ")";
			Optional<RunOwners.Owner> owner = owners.owner(running.getId());
			if (owner.isPresent() && !owners.gone(owner.get())) {
				return Optional.of(Outcome.refused(Status.BUSY,
						"another run is busy: " + what + " by " + owner.get().describe()
								+ "; wait for it, or stop it with: truereach stop " + running.getId()));
			}
			if (owner.isEmpty() && !recover) {
				return Optional.of(Outcome.refused(Status.BUSY, what + " is marked running and names no owner process;"
						+ " if no other TrueReach process is running it died with its JVM: launch again with --recover"));
			}
			String process = owner.map(o -> "(" + o.describe() + ")").orElse("(not recorded)");
			log.info("recovering {}: its process {} is gone; the run resumes where it stopped", what, process);
			JobExecution recovered = operator.recover(running);
			recovered.setExitStatus(recovered.getExitStatus()
				.addExitDescription("its process " + process + " was gone; recovered by the next launch"));
			repository.update(recovered);
			owners.forget(running.getId());
		}
		return Optional.empty();
	}

	private Outcome outcome(JobExecution execution) {
		RunRecord record = records.of(repository.getJobExecution(execution.getId()));
		RunParameters parameters = RunParameters.of(execution.getJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			writeUnfinishedSummary(record, parameters);
			if (execution.getStatus() == BatchStatus.STOPPED) {
				return new Outcome(Status.FAILED, "run " + execution.getJobInstance().getInstanceId() + " (execution "
						+ execution.getId() + ") ended STOPPED, as asked (truereach stop); resume it with: truereach restart "
						+ execution.getId(), null, null, execution.getId());
			}
			Throwable cause = cause(execution);
			String reason = cause == null ? execution.getExitStatus().getExitDescription() : FailureReasons.of(cause);
			return new Outcome(Status.FAILED, "run " + execution.getJobInstance().getInstanceId() + " (execution "
					+ execution.getId() + ") ended " + execution.getStatus() + ": " + reason
					+ " (launch the same request again to resume)", null, cause, execution.getId());
		}
		Path report = Path.of(execution.getExecutionContext().getString(ReportTasklet.REPORT_PATH));
		String workbooks = execution.getExecutionContext().getString(ReportTasklet.CLIENT_WORKBOOKS, null);
		RunSummary.write(record, execution.getExecutionContext().getString(RunSummary.HEADLINES, "{}"), workbooks,
				RunSummary.beside(report));
		if (parameters.asOf() != null) {
			removeUnfinishedNightly(parameters);
		}
		String message = record.newFiles() == 0 ? "nothing new: every one of the " + record.files()
				+ " input files was stored by an earlier run" : record.newFiles() + " new input files";
		List<Path> clients = workbooks == null ? List.of()
				: RunSummary.workbookList(workbooks).stream().map(w -> Path.of((String) w.get("path"))).toList();
		return new Outcome(Status.COMPLETED, message, report, null, execution.getId(), clients);
	}

	/**
	 * A run that failed or was stopped leaves its summary where the completed one will go, for
	 * monitoring; when it cannot (the output folder is what failed, or the definition no longer
	 * reads), {@code runs --json} still tells, and the run's own failure is what the operator is told.
	 */
	private void writeUnfinishedSummary(RunRecord record, RunParameters parameters) {
		try {
			JobDefinition definition = definition(parameters);
			Path summary = RunSummary.write(record, "{}", RunSummary.unfinished(definition, record, parameters));
			log.info("run summary: {}", summary);
		}
		catch (RuntimeException ex) {
			log.warn("no run summary of execution {}: {}", record.id(), FailureReasons.of(ex));
		}
	}

	/** The summary a failed nightly request left before its range was fixed: its completion supersedes it. */
	private void removeUnfinishedNightly(RunParameters parameters) {
		Path stale = RunSummary.unfinishedNightly(definition(parameters), parameters);
		try {
			Files.deleteIfExists(stale);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not remove " + stale + ", superseded by this run's summary", ex);
		}
	}

	/** The request's definition: the one the launch handed over, else read now. */
	private JobDefinition definition(RunParameters parameters) {
		return launched.of(parameters.definition(), roots)
			.orElseGet(() -> JobDefinitionLoader.load(parameters.definition(), roots));
	}

	/**
	 * The failure an operator can act on: a partitioned step fails with "a partition was
	 * unsuccessful" besides the partition's own failure, which is the one that says why.
	 */
	private static Throwable cause(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		return failures.stream()
			.filter(f -> !(f instanceof JobExecutionException))
			.findFirst()
			.orElse(failures.isEmpty() ? null : failures.get(0));
	}

	/** How a launch ended. */
	public enum Status {
		COMPLETED, FAILED, BUSY, NOT_FOUND, NOT_RESTARTABLE
	}

	/** What the operator is told: success with the report's path, or why not. */
	/** {@code clientWorkbooks}: with clients, their workbooks beside the overview {@code report}. */
	public record Outcome(Status status, String message, Path report, Throwable failure, Long executionId,
			List<Path> clientWorkbooks) {

		public Outcome(Status status, String message, Path report, Throwable failure, Long executionId) {
			this(status, message, report, failure, executionId, List.of());
		}

		public boolean succeeded() {
			return status == Status.COMPLETED;
		}

		static Outcome failed(String message, Throwable failure) {
			return new Outcome(Status.FAILED, message, null, failure, null);
		}

		static Outcome refused(Status status, String message) {
			return new Outcome(status, message, null, null, null);
		}
	}
}
