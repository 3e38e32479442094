package com.truereach.cli;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.truereach.TrueReachApplication;

/**
 * The command line run as an operator runs it: a child JVM on the test classpath, in a working
 * folder of its own, bounded in time and memory. Its stdout and stderr go to files, so that a
 * test can watch a run that is still going.
 */
final class CliChild {

	static final Duration TIMEOUT = Duration.ofMinutes(3);

	private static final AtomicInteger COUNT = new AtomicInteger();

	final Process process;

	private final Path out;

	private final Path err;

	private CliChild(Process process, Path out, Path err) {
		this.process = process;
		this.out = out;
		this.err = err;
	}

	static Result run(Path workingDirectory, String... args) {
		return start(workingDirectory, args).finish();
	}

	static CliChild start(Path workingDirectory, String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), TrueReachApplication.class.getName()));
		command.addAll(List.of(args));
		try {
			Path logs = Files.createDirectories(workingDirectory.resolve("child-logs"));
			int n = COUNT.incrementAndGet();
			Path out = logs.resolve(n + ".out");
			Path err = logs.resolve(n + ".err");
			Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile())
				.start();
			return new CliChild(process, out, err);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Result finish() {
		try {
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
				fail("the command did not end within " + TIMEOUT + "\n" + out());
			}
			return new Result(process.exitValue(), out(), Files.readString(err));
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until the output so far contains {@code text}; false when the process ended or the time is up first. */
	boolean awaitOutput(String text, Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			if (out().contains(text)) {
				return true;
			}
			Thread.sleep(50);
		}
		return out().contains(text);
	}

	String out() {
		try {
			return Files.readString(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Result(int exit, String out, String err) {

		@Override
		public String toString() {
			return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
		}
	}
}
