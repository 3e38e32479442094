package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The progress lines of the per-account steps count the accounts whose results are kept. */
@ExtendWith(OutputCaptureExtension.class)
class RunProgressTest {

	@Test
	void theConversionStepShowsTheAccountsDoneOfTheTotal(@TempDir Path dir, CapturedOutput output)
			throws IOException, InterruptedException {
		Files.createDirectories(dir.resolve("x"));
		Files.writeString(dir.resolve("x/one.csv"), "Date\n");
		Path job = Files.writeString(dir.resolve("job.yml"), """
				name: t
				output: reports
				accounts:
				  - { id: a-x, platform: x, files: ["x/*.csv"] }
				  - { id: b-x, platform: x, files: ["x/*.csv"] }
				  - { id: c-x, platform: x, files: ["x/*.csv"] }
				""");
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:progress;DB_CLOSE_DELAY=-1"));
		jdbc.execute("CREATE TABLE tr_result (run_id BIGINT, step VARCHAR(40), account VARCHAR(200), payload TEXT)");
		// two accounts of run 7 converted, one only through the first pass, and another run's
		jdbc.update("INSERT INTO tr_result VALUES (7, 'conversion', 'a-x', '{}'), (7, 'conversion', 'b-x', '{}'),"
				+ " (7, 'attributed', 'c-x', '{}'), (8, 'conversion', 'c-x', '{}')");
		JobExecution execution = new JobExecution(1L, new JobInstance(7L, "trueReach"),
				RunParameters.range(job, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)).toJobParameters());
		StepExecution conversion = new StepExecution(2L, ConversionTasklet.STEP, execution);
		conversion.setStartTime(LocalDateTime.now());
		execution.addStepExecution(conversion);
		RunProgress progress = new RunProgress(jdbc, "always", 0);

		progress.beforeJob(execution);
		try {
			for (int i = 0; i < 100 && !output.getOut().contains("progress: conversion"); i++) {
				Thread.sleep(100);
			}
		}
		finally {
			progress.afterJob(execution);
		}

		assertThat(output.getOut()).contains("progress: conversion 2 of 3 accounts");
	}
}
