package com.truereach.cli;

import java.time.Duration;

/**
 * Makes every exit of the process end within a bound, whatever the shutdown hooks do. A job that
 * ran out of memory left H2 unable to close its store, and H2's own shutdown hook then waited for
 * ever: the process neither exited nor answered SIGTERM, and the next night found it still running.
 * The hook installed here runs beside the others (the JVM starts them all at once) and starts a
 * timer that halts the process with the exit code when they have not finished in time.
 */
public final class BoundedExit {

	private static volatile int status = 1;

	private BoundedExit() {
	}

	/** Installs the guard once, at start; {@code bound} is how long the other hooks may take. */
	public static void install(Duration bound) {
		// the hook only starts the timer: a hook that waited itself would delay every exit by the bound
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			Thread timer = new Thread(() -> haltAfter(bound), "bounded-exit");
			timer.setDaemon(true);
			timer.start();
		}, "bounded-exit-hook"));
	}

	private static void haltAfter(Duration bound) {
		try {
			Thread.sleep(bound.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		System.err.println("error: the process did not shut down within " + bound.toSeconds()
				+ " s (a database or file left open); halted");
		Runtime.getRuntime().halt(status);
	}

	/** Exits with {@code code}; a hook that hangs cannot keep the process alive past the bound. */
	public static void exit(int code) {
		status = code;
		System.exit(code);
	}
}
