package com.truereach.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.truereach.history.HistorySchema;
import com.truereach.history.HistoryStore;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.ReadLimits;
import com.truereach.ingest.formats.StandardFormats;
import com.truereach.quality.profile.FollowerAudit;
import com.truereach.quality.profile.LogisticModel;
import com.truereach.quality.profile.ShippedModel;
import com.truereach.report.WorkbookWriter;

/**
 * The TrueReach job: ingest, cleanliness, conversion, report. No incrementer: the date range
 * and the definition are the identifying parameters, so a failed request launched again resumes
 * at the step that failed, and completed steps are not run again.
 */
@Configuration
public class TrueReachJobConfiguration {

	public static final String JOB_NAME = "trueReach";

	private static final String PARTITION = "partition";

	private static final String PARTITIONS = "partitions";

	@Bean
	FlywayConfigurationCustomizer historySchema() {
		return HistorySchema::configure;
	}

	@Bean
	HistoryStore historyStore(JdbcTemplate jdbc) {
		return new HistoryStore(jdbc);
	}

	@Bean
	FormatRegistry formatRegistry() {
		return StandardFormats.registry();
	}

	/** The shipped fake-follower model applied to an account's follower sample, where it has one. */
	@Bean
	FollowerSamples followerSamples() {
		LogisticModel model = ShippedModel.load();
		return sample -> sample.isEmpty() ? Optional.empty() : Optional.of(FollowerAudit.estimate(sample, model));
	}

	@Bean
	WorkbookWriter workbookWriter() {
		return new WorkbookWriter();
	}

	@Bean
	RunDefinitions runDefinitions(@Value("${" + JobDefinitionLoader.ROOTS + ":}") String roots) {
		return new RunDefinitions(JobDefinitionLoader.roots(roots));
	}

	@Bean
	Job trueReachJob(JobRepository jobRepository, Step ingestStep, Step cleanlinessStep, Step conversionStep,
			Step reportStep, RunDefinitions runDefinitions) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(runDefinitions)
			.start(ingestStep)
			.next(cleanlinessStep)
			.next(conversionStep)
			.next(reportStep)
			.build();
	}

	/**
	 * Ingestion, partitioned by owner so that files are read and stored on every core; each file
	 * is committed on its own, so a failed run resumes after the last file it stored.
	 */
	@Bean
	Step ingestStep(JobRepository jobRepository, Step ingestFilesStep, HistoryStore store, RunDefinitions definitions,
			@Value("${truereach.ingest.partitions:0}") int partitions) {
		int grid = partitions > 0 ? partitions : Runtime.getRuntime().availableProcessors();
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
		executor.setConcurrencyLimit(grid);
		return new StepBuilder("ingest", jobRepository).partitioner("ingestFiles", size -> {
			Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
			for (int i = 0; i < size; i++) {
				ExecutionContext context = new ExecutionContext();
				context.putInt(PARTITION, i);
				context.putInt(PARTITIONS, size);
				contexts.put("partition" + i, context);
			}
			return contexts;
		}).step(ingestFilesStep).gridSize(grid).taskExecutor(executor).listener(new IngestRange(store, definitions)).build();
	}

	@Bean
	Step ingestFilesStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestInputReader ingestInputReader,
			ItemProcessor<Ingestion.Input, Ingestion.Parsed> ingestReading, ItemWriter<Ingestion.Parsed> ingestStoring) {
		return new StepBuilder("ingestFiles", jobRepository).<Ingestion.Input, Ingestion.Parsed>chunk(1)
			.transactionManager(tm)
			.reader(ingestInputReader)
			.processor(ingestReading)
			.writer(ingestStoring)
			.build();
	}

	@Bean
	Ingestion ingestion(HistoryStore store, FormatRegistry registry, Environment environment) {
		return new Ingestion(store, registry, ReadLimits.from(environment::getProperty));
	}

	@Bean
	@StepScope
	IngestInputReader ingestInputReader(RunDefinitions definitions,
			@Value("#{stepExecution.jobExecution}") JobExecution execution,
			@Value("#{stepExecutionContext['" + PARTITION + "']}") int partition,
			@Value("#{stepExecutionContext['" + PARTITIONS + "']}") int partitions) {
		List<Ingestion.Input> inputs = Ingestion.inputs(definitions.context(execution).definition());
		return new IngestInputReader(Ingestion.partition(inputs, partition, partitions));
	}

	@Bean
	@StepScope
	ItemProcessor<Ingestion.Input, Ingestion.Parsed> ingestReading(Ingestion ingestion, RunDefinitions definitions,
			@Value("#{stepExecution.jobExecution}") JobExecution execution) {
		double threshold = definitions.context(execution).definition().rejectThreshold();
		return input -> ingestion.read(input, threshold);
	}

	@Bean
	@StepScope
	ItemWriter<Ingestion.Parsed> ingestStoring(Ingestion ingestion,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long runId) {
		return chunk -> chunk.forEach(parsed -> ingestion.store(parsed, runId));
	}

	@Bean
	Step cleanlinessStep(JobRepository jobRepository, PlatformTransactionManager tm, HistoryStore store,
			FollowerSamples samples, RunDefinitions definitions) {
		return new StepBuilder("cleanliness", jobRepository)
			.tasklet(new CleanlinessTasklet(store, samples, definitions), tm)
			.build();
	}

	@Bean
	Step conversionStep(JobRepository jobRepository, PlatformTransactionManager tm, HistoryStore store,
			RunDefinitions definitions) {
		return new StepBuilder("conversion", jobRepository).tasklet(new ConversionTasklet(store, definitions), tm)
			.build();
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager tm, HistoryStore store,
			WorkbookWriter writer, RunDefinitions definitions) {
		return new StepBuilder("report", jobRepository).tasklet(new ReportTasklet(store, writer, definitions), tm)
			.build();
	}
}
