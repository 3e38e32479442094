package com.truereach.job.remote;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What a manager does when it stops waiting for its partitions ({@code truereach.remote.timeout}):
 * Spring Batch fails the step with a bare timeout and leaves the partitions no worker ended marked
 * running. They are marked FAILED, so that a worker that takes their requests later passes them
 * over and a restart of the run sends them again, and the failure says what happened and what to do.
 */
class UnfinishedPartitions implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(UnfinishedPartitions.class);

	private final JobRepository repository;

	private final String partitionStep;

	private final Duration timeout;

	UnfinishedPartitions(JobRepository repository, String partitionStep, Duration timeout) {
		this.repository = repository;
		this.partitionStep = partitionStep;
		this.timeout = timeout;
	}

	@Override
	public ExitStatus afterStep(StepExecution manager) {
		List<Throwable> failures = manager.getFailureExceptions();
		if (failures.stream().noneMatch(TimeoutException.class::isInstance)) {
			return null;
		}
		List<StepExecution> partitions = repository.getJobExecution(manager.getJobExecutionId())
			.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().startsWith(partitionStep + ":"))
			.toList();
		List<StepExecution> unfinished = partitions.stream().filter(s -> s.getStatus().isRunning()).toList();
		String reason = unfinished.size() + " of the " + partitions.size() + " partitions of " + manager.getStepName()
				+ " did not end within " + timeout.toString().substring(2).toLowerCase()
				+ " (truereach.remote.timeout): no worker took them or their worker is gone; start workers"
				+ " (truereach worker) against this database and broker, then restart the run: only its unfinished"
				+ " partitions are sent again";
		for (StepExecution partition : unfinished) {
			partition.setStatus(BatchStatus.FAILED);
			partition.setExitStatus(ExitStatus.FAILED.addExitDescription("the manager stopped waiting for it"));
			partition.setEndTime(LocalDateTime.now());
			try {
				repository.update(partition);
				log.info("partition {} (step execution {}) marked FAILED: the manager stopped waiting for it",
						partition.getStepName(), partition.getId());
			}
			catch (OptimisticLockingFailureException ex) {
				// a worker recorded its end meanwhile: the partition is no longer the manager's to mark
				log.debug("partition {} ended while the manager gave up on it", partition.getStepName());
			}
		}
		failures.replaceAll(f -> f instanceof TimeoutException ? new IllegalStateException(reason) : f);
		return ExitStatus.FAILED.addExitDescription(reason);
	}
}
