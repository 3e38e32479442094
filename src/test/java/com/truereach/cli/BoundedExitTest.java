package com.truereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kill tests in a real child JVM: a shutdown hook that never returns (as H2's did after the heap ran
 * out) cannot keep the process alive, on System.exit and on SIGTERM; a clean exit is not delayed.
 */
class BoundedExitTest {

	private final List<Process> children = new ArrayList<>();

	@AfterEach
	void killChildren() {
		children.forEach(Process::destroyForcibly);
	}

	/** The child: installs the guard with the bound asked, a hook that hangs if asked, then exits or waits. */
	public static void main(String[] args) throws InterruptedException {
		BoundedExit.install(Duration.ofSeconds(Long.parseLong(args[1])));
		if (args[0].contains("hang")) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					Thread.sleep(Long.MAX_VALUE);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
		}
		if (args[0].startsWith("exit")) {
			BoundedExit.exit(3);
		}
		System.out.println("ready");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

	@Test
	void aHangingHookCannotKeepAnExitingProcessAlive() throws Exception {
		// without the guard this child never ends: the bound of the wait below is what fails
		Process child = start("exit-hang", 2);
		assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("ended within the bound").isTrue();
		assertThat(child.exitValue()).isEqualTo(3);
		assertThat(new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
			.contains("did not shut down within 2 s");
	}

	@Test
	void aHangingHookCannotKeepATerminatedProcessAlive() throws Exception {
		Process child = start("wait-hang", 2);
		assertThat(new String(child.getInputStream().readNBytes(5), StandardCharsets.UTF_8)).isEqualTo("ready");
		child.destroy();
		assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("ended within the bound after SIGTERM").isTrue();
	}

	@Test
	void aCleanExitIsNotDelayedByTheGuard() throws Exception {
		// a guard that waited in its own hook would hold this exit for the whole 600 s
		Process child = start("exit", 600);
		assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("exited without waiting for the bound").isTrue();
		assertThat(child.exitValue()).isEqualTo(3);
		assertThat(new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("halted");
	}

	private Process start(String mode, long boundSeconds) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(List.of(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
				BoundedExitTest.class.getName(), mode, Long.toString(boundSeconds))).start();
		children.add(child);
		return child;
	}
}
