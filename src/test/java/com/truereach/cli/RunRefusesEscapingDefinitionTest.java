package com.truereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 7 at the command line: {@code run} refuses a definition that reaches outside its
 * project folder with exit code 2 and the fields named, before anything starts; the folders an
 * operator allows are read as the job reads them.
 */
class RunRefusesEscapingDefinitionTest {

	@TempDir
	Path dir;

	@Test
	void aDefinitionReadingEtcIsRefusedWithExitCodeTwoNamingTheFields() throws Exception {
		Path jobs = Files.createDirectories(dir.resolve("project/jobs"));
		Path definition = Files.writeString(jobs.resolve("evil.yml"), """
				name: evil
				output: /tmp/escape
				accounts:
				  - id: a
				    platform: x
				    files: ["../../../../../../../../etc/*"]
				""");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream before = System.err;
		int exit;
		try {
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			exit = Cli.commandLine().execute("run", "--job", definition.toString());
		}
		finally {
			System.setErr(before);
		}

		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("output: '/tmp/escape' lies outside the allowed folders",
				"accounts[0].files[0]: '../../../../../../../../etc/*' lies outside the allowed folders")
			.doesNotContain("root:");
	}

	@Test
	void theAllowedFoldersComeFromTheCommandLineFirst() {
		assertThat(Settings.get(List.of("--truereach.roots=/srv/exports,/srv/reports"), "truereach.roots"))
			.isEqualTo("/srv/exports,/srv/reports");
		assertThat(Settings.get(List.of("--spring.datasource.url=jdbc:h2:mem:x"), "truereach.nothing")).isNull();
	}
}
