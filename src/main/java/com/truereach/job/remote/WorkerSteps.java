package com.truereach.job.remote;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The steps a worker runs a partition request with, found by their step names. Each partition
 * runs in the scope of the job execution that sent it, as the manager's own threads would run it.
 * <p>
 * A request is run only while it can still count: the partition's step execution was never run
 * ({@code STARTING}) or was started by a worker that is gone ({@code STARTED}, while this worker
 * holds the partition's claim, see {@link PartitionClaims}), and its job execution is still
 * running. A partition run again carries on after its last commit, with the counts it committed. A request that arrives again for a partition that ended, or for a run that
 * failed meanwhile (a manager that gave up waiting), is passed over: a restart of that run sends
 * its unfinished partitions again, as new step executions.
 */
class WorkerSteps implements StepLocator {

	private static final Logger log = LoggerFactory.getLogger(WorkerSteps.class);

	private final ListableBeanFactory beans;

	private volatile Map<String, Step> byName;

	WorkerSteps(ListableBeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public Step getStep(String stepName) {
		if (byName == null) {
			// read when the first request comes: the steps are the beans being built while this locator is made
			byName = beans.getBeansOfType(Step.class)
				.values()
				.stream()
				.collect(Collectors.toMap(Step::getName, Function.identity(), (a, b) -> a));
		}
		Step step = byName.get(stepName);
		return step == null ? null : new Partition(step);
	}

	private record Partition(Step step) implements Step {

		@Override
		public String getName() {
			return step.getName();
		}

		@Override
		public void execute(StepExecution partition) throws JobInterruptedException {
			JobExecution run = partition.getJobExecution();
			String what = partition.getStepName() + " (step execution " + partition.getId() + ") of execution "
					+ run.getId();
			if (!run.isRunning()) {
				log.info("partition {} passed over: the execution is {}", what, run.getStatus());
				return;
			}
			if (partition.getStatus() != BatchStatus.STARTING && partition.getStatus() != BatchStatus.STARTED) {
				log.info("partition {} passed over: it is {}", what, partition.getStatus());
				return;
			}
			log.info("partition {}: {}", what, partition.getStatus() == BatchStatus.STARTED
					? "started before by a worker that is gone, run again after the " + partition.getWriteCount()
							+ " items it committed"
					: "started");
			long start = System.nanoTime();
			JobSynchronizationManager.register(run);
			try {
				step.execute(partition);
			}
			finally {
				JobSynchronizationManager.close();
			}
			log.info("partition {}: {} in {} ms", what, partition.getStatus(),
					Duration.ofNanos(System.nanoTime() - start).toMillis());
		}
	}
}
