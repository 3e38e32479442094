package com.truereach.cli;

import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import com.truereach.job.RunRecords;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code stop ID}: asks a running execution to stop through the JobOperator; the run stops at
 * its next step or chunk boundary, is marked STOPPED and resumes when its request is launched
 * again (or with {@code restart ID}). The running process sees the request in the job repository
 * at its next chunk or step: on PostgreSQL, and on H2 through the port its automatic mixed mode
 * opens (see {@code application.properties}).
 */
@Command(name = "stop", description = "Ask a running execution to stop; it can be restarted later.")
public final class StopCommand extends DatabaseCommand implements Callable<Integer> {

	@Parameters(paramLabel = "ID", description = "Execution id, as 'runs' lists it")
	long id;

	@Override
	public Integer call() {
		return withDatabase(context -> {
			JobExecution execution = RunRecords.execution(context.getBean(JobRepository.class), id);
			if (execution == null) {
				return Cli.fail("no execution " + id + " (see: truereach runs)", null, debug, ExitCodes.BAD_REQUEST);
			}
			try {
				context.getBean(JobOperator.class).stop(execution);
			}
			catch (JobExecutionNotRunningException ex) {
				return Cli.fail("execution " + id + " is " + execution.getStatus() + ", not running", null, debug,
						ExitCodes.BAD_REQUEST);
			}
			System.out.println("execution " + id + " asked to stop: it stops at its next step or chunk boundary");
			return ExitCodes.OK;
		});
	}
}
