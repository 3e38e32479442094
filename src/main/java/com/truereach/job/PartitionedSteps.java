package com.truereach.job;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * How a per-account step is partitioned, decided once by {@link #ROLE}: on this machine's cores
 * ({@code standalone}, the default), or handed out over a message broker by a {@code manager} to
 * {@code worker} processes that share the job repository and the history (see
 * {@code com.truereach.job.remote}). A partitioned step is wired the same way in every role: its
 * partition step is built from {@link #worker} and the step that deals the partitions out by
 * {@link #manager}.
 */
public interface PartitionedSteps {

	/** {@code standalone} (default), {@code manager} or {@code worker}. */
	String ROLE = "truereach.role";

	/**
	 * The step that splits the work with {@code partitioner} into {@code gridSize} partitions and
	 * runs {@code worker} on each.
	 */
	Step manager(String name, Partitioner partitioner, Step worker, int gridSize);

	/** The builder of a step that runs one partition, named {@code name}. */
	StepBuilder worker(String name);
}
