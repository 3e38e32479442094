package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

class RunDefinitionsTest {

	@TempDir
	Path dir;

	@Test
	void oneExecutionReadsTheDefinitionOnceEvenWhenFilesArrive() throws IOException {
		Files.createDirectories(dir.resolve("x"));
		Files.writeString(dir.resolve("x/one.csv"), "Date\n");
		Path job = Files.writeString(dir.resolve("job.yml"), """
				name: t
				output: reports
				accounts:
				  - { id: acme-x, platform: x, files: ["x/*.csv"] }
				""");
		JobParameters parameters = RunParameters.range(job, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10))
			.toJobParameters();
		JobInstance instance = new JobInstance(7L, "trueReach");
		JobExecution first = new JobExecution(1L, instance, parameters);
		RunDefinitions definitions = new RunDefinitions(List.of());

		RunContext before = definitions.context(first);
		Files.writeString(dir.resolve("x/two.csv"), "Date\n");
		RunContext during = definitions.context(first);

		assertThat(during.definition()).isSameAs(before.definition());
		assertThat(during.runId()).isEqualTo(7L);
		assertThat(during.definition().accounts().get(0).files()).hasSize(1);
		definitions.afterJob(first);
		// a restart is a new execution: it sees the files as they are now
		JobExecution restart = new JobExecution(2L, instance, parameters);
		assertThat(definitions.context(restart).definition().accounts().get(0).files()).hasSize(2);
	}
}
