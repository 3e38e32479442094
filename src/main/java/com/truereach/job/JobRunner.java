package com.truereach.job;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Launches a request. The definition and the range are identifying parameters, so a request
 * whose last run failed resumes it. A request for a range that already completed gets a new
 * revision: a fresh instance that ingests again and reports on the history as it is now.
 */
@Component
public class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
			BatchStatus.STOPPING);

	private final JobOperator operator;

	private final JobRepository repository;

	private final Job job;

	public JobRunner(JobOperator operator, JobRepository repository, Job trueReachJob) {
		this.operator = operator;
		this.repository = repository;
		this.job = trueReachJob;
	}

	public Outcome run(RunParameters request, boolean recover) {
		RunParameters parameters = request;
		while (true) {
			JobExecution last = repository.getLastJobExecution(job.getName(), parameters.toJobParameters());
			if (last == null || last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED) {
				break;
			}
			if (RUNNING.contains(last.getStatus())) {
				if (!recover) {
					return Outcome.failed("a run of this request (execution " + last.getId() + ", started "
							+ last.getStartTime() + ") is marked running; if no other TrueReach process is running it"
							+ " died with its JVM: launch again with --recover to resume it", null);
				}
				log.warn("recovering execution {} that is marked {} but has no process", last.getId(), last.getStatus());
				operator.recover(last);
				break;
			}
			// COMPLETED, or ABANDONED which cannot restart: a fresh revision of the same request
			parameters = parameters.withRevision(parameters.revision() + 1);
		}
		JobExecution execution;
		try {
			execution = operator.start(job, parameters.toJobParameters());
		}
		catch (Exception ex) {
			return Outcome.failed("could not start the job: " + ex.getMessage(), ex);
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			Throwable cause = cause(execution);
			String reason = cause == null ? execution.getExitStatus().getExitDescription() : rootMessage(cause);
			return Outcome.failed("run " + execution.getJobInstance().getInstanceId() + " ended " + execution.getStatus()
					+ ": " + reason + " (launch the same request again to resume)", cause);
		}
		return new Outcome(true, "completed",
				Path.of(execution.getExecutionContext().getString(ReportTasklet.REPORT_PATH)), null);
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

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}

	/** What the operator is told: success with the report's path, or why not. */
	public record Outcome(boolean succeeded, String message, Path report, Throwable failure) {

		static Outcome failed(String message, Throwable failure) {
			return new Outcome(false, message, null, failure);
		}
	}
}
