package com.truereach;

import java.time.Duration;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import picocli.CommandLine;

import com.truereach.cli.BoundedExit;
import com.truereach.cli.Cli;
import com.truereach.tooling.Tooling;

/**
 * Entry point. The command line decides which sub-command runs; only {@code run} starts the
 * Spring context, so that {@code inspect} and {@code audit-eval} never touch the history store.
 * This is the one place that joins the product's commands and the tooling's.
 */
@SpringBootApplication
public class TrueReachApplication {

	private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(30);

	public static void main(String[] args) {
		BoundedExit.install(SHUTDOWN_BOUND);
		BoundedExit.exit(commandLine().execute(args));
	}

	/** Every command of the {@code truereach} jar: the product's and the tooling's. */
	public static CommandLine commandLine() {
		return Cli.withHelp(Tooling.addTo(Cli.commandLine()));
	}
}
