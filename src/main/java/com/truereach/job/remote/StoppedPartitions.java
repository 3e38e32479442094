package com.truereach.job.remote;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A stop asked while the manager waits for its partitions ({@code truereach stop}). A worker stops
 * the partition it runs at its next commit and passes over a request of a stopped run, but Spring
 * Batch's manager waits until no partition runs: a partition no live worker runs (its request
 * still queued, or its worker gone) would keep it waiting for {@code truereach.remote.timeout}. While the manager waits, this looks at the run at every poll;
 * once it is stopping, each partition still running whose claim no live worker holds
 * ({@link PartitionClaims}) is marked STOPPED, so that the run ends STOPPED as on one machine. A
 * restart carries those partitions on after their last commit; their old requests are passed over.
 */
class StoppedPartitions implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(StoppedPartitions.class);

	private final JobRepository repository;

	private final DataSource dataSource;

	private final String partitionStep;

	private final Duration pollInterval;

	private ScheduledExecutorService watch;

	StoppedPartitions(JobRepository repository, DataSource dataSource, String partitionStep, Duration pollInterval) {
		this.repository = repository;
		this.dataSource = dataSource;
		this.partitionStep = partitionStep;
		this.pollInterval = pollInterval;
	}

	@Override
	public void beforeStep(StepExecution manager) {
		watch = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "stop-watch-" + manager.getStepName());
			thread.setDaemon(true);
			return thread;
		});
		watch.scheduleWithFixedDelay(() -> check(manager.getJobExecutionId()), pollInterval.toMillis(),
				pollInterval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public ExitStatus afterStep(StepExecution manager) {
		watch.shutdownNow();
		return null;
	}

	private void check(long jobExecution) {
		try {
			JobExecution run = repository.getJobExecution(jobExecution);
			// stop ID marks a run that runs in another process STOPPED at once, and its manager step with it
			if (run == null || !(run.isStopping() || run.isStopped())) {
				return;
			}
			for (StepExecution partition : run.getStepExecutions()) {
				if (partition.getStepName().startsWith(partitionStep + ":") && partition.getStatus().isRunning()) {
					PartitionClaims.whileUnclaimed(dataSource, partition.getId(), () -> stop(partition.getId()));
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			// the next poll tries again; the manager's timeout still bounds the wait
			log.warn("could not look at the partitions of stopping execution {}: {}", jobExecution, ex.getMessage());
		}
	}

	/** Marks the partition STOPPED as its claim's holder, read again now that no worker can start it. */
	private void stop(long id) {
		StepExecution partition = repository.getStepExecution(id);
		if (partition == null || !partition.getStatus().isRunning()) {
			return;
		}
		String was = partition.getStatus() == BatchStatus.STARTING ? "no worker had taken it" : "its worker was gone";
		partition.setStatus(BatchStatus.STOPPED);
		partition.setExitStatus(ExitStatus.STOPPED.addExitDescription("the run was asked to stop and " + was));
		partition.setEndTime(LocalDateTime.now());
		try {
			repository.update(partition);
			log.info("partition {} (step execution {}) marked STOPPED: the run was asked to stop and {}",
					partition.getStepName(), id, was);
		}
		catch (OptimisticLockingFailureException ex) {
			log.debug("partition {} changed while it was being stopped; looked at again at the next poll", id);
		}
	}
}
