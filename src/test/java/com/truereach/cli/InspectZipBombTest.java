package com.truereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.ingest.ZipBomb;

/**
 * Issue 11 item 5: a zip of a few megabytes holding a valid-looking 1 GiB TikTok CSV made
 * {@code inspect} die with OutOfMemoryError after minutes. Inspected in a child JVM with the
 * heap a production run gets, the entry is refused before it is inflated, the zip's other entry
 * is read, and the command ends at once.
 */
class InspectZipBombTest {

	@TempDir
	Path dir;

	@Test
	void aGigabyteEntryIsRefusedWithinHalfAGigabyteOfHeap() throws Exception {
		Path zip = dir.resolve("tiktok.zip");
		ZipBomb.write(zip, 1074);
		assertThat(Files.size(zip)).isLessThan(8L << 20);

		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), "com.truereach.TrueReachApplication",
				"inspect", zip.toString()));
		Process inspect = new ProcessBuilder(command).redirectErrorStream(true).start();
		boolean ended = inspect.waitFor(120, TimeUnit.SECONDS);
		if (!ended) {
			inspect.destroyForcibly();
		}
		String output = new String(inspect.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(ended).as("inspect ended within two minutes").isTrue();
		assertThat(output).doesNotContain("OutOfMemoryError");
		assertThat(output).contains("tiktok.zip!/Follower_history.csv", "SKIPPED", "inflates to 1074000069 bytes", "not read");
		assertThat(output).contains("tiktok.zip!/small.csv", "status:   OK");
		assertThat(inspect.exitValue()).isEqualTo(1);
	}
}
