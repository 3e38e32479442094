package com.truereach.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The definition each job execution works from, read when the execution first asks for it:
 * every step and partition of one run sees the same accounts and files, even if files arrive
 * while it runs, and a 2,000-account definition's globs are walked once rather than once per
 * step and partition. A restart is a new execution and reads the definition again.
 */
public class RunDefinitions implements JobExecutionListener {

	private final Map<Long, JobDefinition> byExecution = new ConcurrentHashMap<>();

	private final List<Path> roots;

	/** {@code roots}: folders the operator allows besides the definition's own project folder. */
	public RunDefinitions(List<Path> roots) {
		this.roots = List.copyOf(roots);
	}

	public RunContext context(JobExecution execution) {
		RunParameters parameters = RunParameters.of(execution.getJobParameters());
		JobDefinition definition = byExecution.computeIfAbsent(execution.getId(),
				id -> JobDefinitionLoader.load(parameters.definition(), roots));
		return new RunContext(parameters, definition, execution.getJobInstance().getInstanceId(),
				execution.getExecutionContext());
	}

	@Override
	public void afterJob(JobExecution execution) {
		byExecution.remove(execution.getId());
	}
}
