package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The job's seams in Spring Batch: the ingest step on its own, the definition as a job-scoped
 * bean, and the report step's clean-up of what a killed run left.
 */
@SpringBatchTest
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:ingest-step;DB_CLOSE_DELAY=-1",
		"truereach.ingest.partitions=2" })
class IngestStepTest {

	private static final LocalDate FROM = LocalDate.of(2026, 3, 1);

	private static final LocalDate TO = LocalDate.of(2026, 3, 10);

	@Autowired
	JobOperatorTestUtils steps;

	@Autowired
	JobRunner runner;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path dir;

	@Test
	void theIngestStepReadsEachFileInOnePartitionAndFixesTheRange() {
		Path definition = JobFixture.copyTo(this.dir);
		JobParameters parameters = RunParameters.range(definition, FROM, TO).toJobParameters();

		JobExecution execution = this.steps.startStep("ingest", parameters, new ExecutionContext());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<String> partitions = new ArrayList<>();
		List<String> dealt = new ArrayList<>();
		long readCount = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStepName().startsWith("ingestFiles:")) {
				partitions.add(step.getExecutionContext().getString(IngestPartitioner.PARTITION));
				readCount += step.getReadCount();
				assertThat(step.getWriteCount()).isEqualTo(step.getReadCount());
			}
			else {
				@SuppressWarnings("unchecked")
				List<List<String>> lists = (List<List<String>>) step.getExecutionContext().get(IngestPartitioner.DEALT);
				lists.forEach(list -> dealt.add(PartitionFile.decode(list)
					.stream()
					.map(f -> f.owner() + " " + Path.of(f.path()).getFileName())
					.toList()
					.toString()));
			}
		}
		assertThat(partitions).containsExactlyInAnyOrder("partition0", "partition1");
		// one owner's files stay in one partition; each file is read once
		assertThat(dealt).containsExactlyInAnyOrder("[acme-x account_overview_analytics.csv]",
				"[stripe unified_payments.csv]");
		assertThat(readCount).isEqualTo(2);
		assertThat(execution.getExecutionContext().getString("report.from")).isEqualTo("2026-03-01");
		assertThat(execution.getExecutionContext().getString("report.to")).isEqualTo("2026-03-10");
	}

	@Test
	void oneExecutionReadsTheDefinitionOnceEvenWhenFilesArrive() throws IOException {
		Files.createDirectories(this.dir.resolve("x"));
		Files.writeString(this.dir.resolve("x/one.csv"), "Date\n");
		Path job = Files.writeString(this.dir.resolve("job.yml"), """
				name: t
				output: reports
				accounts:
				  - { id: acme-x, platform: x, files: ["x/*.csv"] }
				""");
		JobParameters parameters = RunParameters.range(job, FROM, TO).toJobParameters();
		JobInstance instance = new JobInstance(7L, "trueReach");
		JobExecution first = new JobExecution(1L, instance, parameters);

		RunContext before;
		RunContext during;
		JobSynchronizationManager.register(first);
		try {
			before = this.context.getBean(RunContext.class);
			Files.writeString(this.dir.resolve("x/two.csv"), "Date\n");
			during = this.context.getBean(RunContext.class);
		}
		finally {
			JobSynchronizationManager.release();
		}

		assertThat(during).isSameAs(before);
		assertThat(during.runId()).isEqualTo(7L);
		assertThat(during.definition()).isSameAs(before.definition());
		assertThat(during.definition().accounts().get(0).files()).hasSize(1);
		// a restart is a new execution: it sees the files as they are now
		JobSynchronizationManager.register(new JobExecution(2L, instance, parameters));
		try {
			assertThat(this.context.getBean(RunContext.class).definition().accounts().get(0).files()).hasSize(2);
		}
		finally {
			JobSynchronizationManager.release();
		}
	}

	@Test
	void theReportStepRemovesTheTemporariesAKilledRunLeft() throws IOException {
		Path definition = JobFixture.copyTo(this.dir);
		Path reports = Files.createDirectories(this.dir.resolve("reports"));
		String workbook = "fixture_" + FROM + "_" + TO + ".xlsx";
		Path killed = Files.write(reports.resolve("." + workbook + "." + UUID.randomUUID() + ".tmp"),
				new byte[119_000]);
		Path otherRange = Files.write(reports.resolve(".fixture_2026-03-02_2026-03-11.xlsx." + UUID.randomUUID()
				+ ".tmp"), new byte[0]);

		JobRunner.Outcome outcome = this.runner.run(RunParameters.range(definition, FROM, TO), false);

		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		assertThat(killed).doesNotExist();
		assertThat(otherRange).as("the temporary of another workbook is not this run's").exists();
		try (var files = Files.list(reports)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(workbook,
					workbook.replace(".xlsx", ".json"), otherRange.getFileName().toString());
		}
	}
}
