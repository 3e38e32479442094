package com.truereach.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;

import com.truereach.job.PartitionedSteps;

/**
 * {@code worker}: runs the partitions a manager ({@code run ... --truereach.role=manager}) sends
 * over the broker, against the database the manager uses, until the process is stopped
 * (SIGTERM). The same settings as the manager: {@code --spring.datasource.*},
 * {@code --spring.artemis.*}, {@code --truereach.roots}.
 */
@Command(name = "worker", description = "Run partitions sent by a manager over the message broker, until stopped.")
public final class WorkerCommand extends DatabaseCommand implements Callable<Integer> {

	@Override
	boolean logs() {
		return true;
	}

	@Override
	public Integer call() {
		String role = "--" + PartitionedSteps.ROLE + "=";
		if (springSettings.stream().anyMatch(s -> s.startsWith(role))) {
			return Cli.fail(role + "... is not for a worker: it is one", null, debug, ExitCodes.BAD_REQUEST);
		}
		springSettings.add(role + "worker");
		return withDatabase(context -> {
			CountDownLatch closed = new CountDownLatch(1);
			context.addApplicationListener(event -> {
				if (event instanceof ContextClosedEvent) {
					closed.countDown();
				}
			});
			System.out.println("worker ready: pid " + ProcessHandle.current().pid() + " takes partitions from the queue "
					+ context.getEnvironment().getProperty("truereach.remote.queue", "truereach.partitions") + " at "
					+ context.getEnvironment().getProperty("spring.artemis.broker-url", "tcp://localhost:61616")
					+ "; stop it with SIGTERM");
			try {
				closed.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return ExitCodes.OK;
		});
	}
}
