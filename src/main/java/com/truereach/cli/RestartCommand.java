package com.truereach.cli;

import java.util.concurrent.Callable;

import com.truereach.job.JobRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code restart ID}: resumes a failed or stopped execution (ids as {@code runs} lists them) through the JobOperator. */
@Command(name = "restart", description = "Restart a FAILED or STOPPED execution by its id (see: runs).")
public final class RestartCommand extends DatabaseCommand implements Callable<Integer> {

	@Parameters(paramLabel = "ID", description = "Execution id, as 'runs' lists it")
	long id;

	@Override
	boolean logs() {
		return true;
	}

	@Override
	public Integer call() {
		return withDatabase(context -> launched(context.getBean(JobRunner.class).restart(id)));
	}
}
