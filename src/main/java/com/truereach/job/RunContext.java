package com.truereach.job;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What every step needs to know about its run: the parameters, the definition, the run id
 * (the job instance, so that a restarted run finds the results of the steps that completed)
 * and the report range fixed by the ingest step. One per job execution: a job-scoped bean, so
 * every step and partition of one execution sees the same definition, even if files arrive while
 * it runs, and a definition's globs are walked once per execution; a restart is a new execution
 * and reads the definition again.
 */
public record RunContext(RunParameters parameters, JobDefinition definition, long runId, ExecutionContext context) {

	static final String FROM = "report.from";

	static final String TO = "report.to";

	void fixRange(LocalDate[] range) {
		context.putString(FROM, range[0].toString());
		context.putString(TO, range[1].toString());
	}

	public LocalDate from() {
		return LocalDate.parse(context.getString(FROM));
	}

	public LocalDate to() {
		return LocalDate.parse(context.getString(TO));
	}
}
