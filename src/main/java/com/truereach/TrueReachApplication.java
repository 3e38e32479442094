package com.truereach;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.truereach.cli.Cli;

/**
 * Entry point. The command line decides which sub-command runs; only {@code run} starts the
 * Spring context, so that {@code inspect} and {@code audit-eval} never touch the history store.
 */
@SpringBootApplication
public class TrueReachApplication {

	public static void main(String[] args) {
		System.exit(Cli.execute(args));
	}
}
