package com.truereach.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Before the report: a definition with clients has their workbooks written first
 * ({@value #CLIENTS}), one without goes straight to the one workbook of every account.
 */
class ClientsDecider implements JobExecutionDecider {

	static final String CLIENTS = "CLIENTS";

	static final String ONE = "ONE";

	private final ObjectProvider<RunContext> run;

	/** @param run the job-scoped context of the execution being decided for */
	ClientsDecider(ObjectProvider<RunContext> run) {
		this.run = run;
	}

	@Override
	public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
		return new FlowExecutionStatus(ClientWorkbooks.grouped(run.getObject().definition()) ? CLIENTS : ONE);
	}
}
