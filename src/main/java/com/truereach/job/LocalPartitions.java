package com.truereach.job;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;

/** The partitions of a step run on this machine's cores, at most {@code gridSize} at once. */
public final class LocalPartitions implements PartitionedSteps {

	private final JobRepository jobRepository;

	public LocalPartitions(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	@Override
	public Step manager(String name, Partitioner partitioner, Step worker, int gridSize) {
		return new StepBuilder(name, jobRepository).partitioner(worker.getName(), partitioner)
			.step(worker)
			.gridSize(gridSize)
			.taskExecutor(TrueReachJobConfiguration.partitionExecutor(name + "-", gridSize))
			.build();
	}

	@Override
	public StepBuilder worker(String name) {
		return new StepBuilder(name, jobRepository);
	}
}
