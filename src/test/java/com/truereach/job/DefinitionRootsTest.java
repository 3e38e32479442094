package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 7: a definition reads and writes only under its project folder (the folder above
 * the definition's own) and the folders of {@code truereach.roots}; anything else is refused at
 * definition check, naming the field. Layout: {@code dir/project/jobs/job.yml},
 * {@code dir/project/input/x/a.csv}, and {@code dir/secret/shadow} outside the project.
 */
class DefinitionRootsTest {

	@TempDir
	Path dir;

	Path project;

	Path secret;

	@BeforeEach
	void layout() throws IOException {
		project = dir.resolve("project");
		Files.createDirectories(project.resolve("jobs"));
		Files.createDirectories(project.resolve("input/x"));
		Files.writeString(project.resolve("input/x/a.csv"), "x");
		secret = Files.createDirectories(dir.resolve("secret"));
		Files.writeString(secret.resolve("shadow"), "root:$6$salt$hash:19000:0:99999:7:::");
	}

	@Test
	void theShippedLayoutReadsInputAndWritesReportsNextToTheJobsFolder() throws IOException {
		JobDefinition definition = JobDefinitionLoader.load(definition("../input/x/*.csv", "../reports"));

		assertThat(definition.accounts().get(0).files()).containsExactly(project.resolve("input/x/a.csv"));
		assertThat(definition.output()).isEqualTo(project.resolve("reports"));
	}

	@Test
	void theShippedDefinitionStillLoads() {
		JobDefinition definition = JobDefinitionLoader.load(Path.of("jobs/nightly.yml"));

		assertThat(definition.accounts()).isNotEmpty().allSatisfy(account -> assertThat(account.files()).isNotEmpty());
	}

	@Test
	void filesAndOutputOutsideTheProjectAreRefusedNamingTheField() throws IOException {
		Path file = write("""
				name: escape
				output: ../../../tmp/escape
				accounts:
				  - id: a
				    platform: x
				    files: ["../../secret/*", "%s"]
				revenue:
				  - name: shop
				    files: ["../../../../../../../../etc/*"]
				""".formatted(secret.resolve("shadow")));

		assertThatThrownBy(() -> JobDefinitionLoader.load(file)).isInstanceOf(DefinitionException.class)
			.hasMessageContaining("output: '../../../tmp/escape' lies outside the allowed folders (" + project.toRealPath())
			.hasMessageContaining("accounts[0].files[0]: '../../secret/*' lies outside the allowed folders")
			.hasMessageContaining("accounts[0].files[1]: '" + secret.resolve("shadow") + "' lies outside")
			.hasMessageContaining("revenue[0].files[0]: '../../../../../../../../etc/*' lies outside")
			.hasMessageContaining("truereach.roots")
			.hasMessageNotContaining("19000");
	}

	@Test
	void anAbsoluteOutputElsewhereIsRefused() throws IOException {
		Path file = definition("../input/x/*.csv", secret.resolve("reports").toString());

		assertThatThrownBy(() -> JobDefinitionLoader.load(file)).hasMessageContaining("output: '" + secret.resolve("reports")
				+ "' lies outside the allowed folders");
	}

	@Test
	void aLinkInsideTheProjectToAFileOutsideIsRefused() throws IOException {
		Files.createSymbolicLink(project.resolve("input/x/b.csv"), secret.resolve("shadow"));

		assertThatThrownBy(() -> JobDefinitionLoader.load(definition("../input/x/*.csv", "../reports")))
			.hasMessageContaining("accounts[0].files[0]: '../input/x/*.csv' matches 1 file(s) linked from outside")
			.hasMessageContaining(project.resolve("input/x/b.csv").toString());
	}

	@Test
	void aFolderOfTheOperatorsRootsWidensWhatMayBeRead() throws IOException {
		Path file = definition("../../secret/*", "../../secret/reports");

		JobDefinition definition = JobDefinitionLoader.load(file, JobDefinitionLoader.roots(" , " + secret + " ,"));

		assertThat(definition.accounts().get(0).files()).containsExactly(secret.resolve("shadow"));
		assertThat(definition.output()).isEqualTo(secret.resolve("reports"));
	}

	@Test
	void aPipeMatchedByAGlobIsListedSoThatIngestionSaysWhyItIsSkipped() throws Exception {
		Path fifo = project.resolve("input/x/pipe.csv");
		assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

		JobDefinition definition = JobDefinitionLoader.load(definition("../input/x/*.csv", "../reports"));

		assertThat(definition.accounts().get(0).files()).containsExactly(project.resolve("input/x/a.csv"), fifo);
	}

	private Path definition(String files, String output) throws IOException {
		return write("""
				name: roots
				output: %s
				accounts:
				  - id: a
				    platform: x
				    files: ["%s"]
				""".formatted(output, files));
	}

	private Path write(String yaml) throws IOException {
		return Files.writeString(project.resolve("jobs/job.yml"), yaml);
	}
}
