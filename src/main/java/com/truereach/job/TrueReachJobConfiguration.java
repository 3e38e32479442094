package com.truereach.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.truereach.history.HistorySchema;
import com.truereach.history.AccountDayStore;
import com.truereach.history.AudienceStore;
import com.truereach.history.InputFileStore;
import com.truereach.history.ResultStore;
import com.truereach.history.RevenueStore;
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

	/** How many partitions the per-account steps (and, unless it has its own setting, ingest) run in. */
	static final String PARTITIONS = "truereach.partitions";

	@Bean
	FlywayConfigurationCustomizer historySchema() {
		return HistorySchema::configure;
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

	/**
	 * The workbook writer; {@code truereach.report.charted-accounts} account sheets of each workbook
	 * (the largest accounts) get a chart: with clients, every client's workbook has as many, which is
	 * where most of the cost of many small workbooks goes.
	 */
	@Bean
	WorkbookWriter workbookWriter(@Value("${truereach.report.charted-accounts:"
			+ WorkbookWriter.DEFAULT_CHARTED_ACCOUNTS + "}") int chartedAccounts) {
		return new WorkbookWriter(chartedAccounts);
	}

	/**
	 * The definition a job execution works from, read when a step of the execution first needs it
	 * (unless the launch that starts the execution has just read it, see {@link LaunchedDefinition}).
	 * Job-scoped without a proxy: a record cannot be subclassed, so only the step-scoped beans
	 * below, made while the execution runs, receive it.
	 */
	@Bean
	@Scope(value = "job", proxyMode = ScopedProxyMode.NO)
	JobDefinition runDefinition(@Value("#{jobParameters['" + RunParameters.DEFINITION + "']}") String definition,
			@Value("${" + JobDefinitionLoader.ROOTS + ":}") String roots, LaunchedDefinition launched) {
		Path file = Path.of(definition);
		List<Path> allowed = JobDefinitionLoader.roots(roots);
		return launched.of(file, allowed).orElseGet(() -> JobDefinitionLoader.load(file, allowed));
	}

	@Bean
	@Scope(value = "job", proxyMode = ScopedProxyMode.NO)
	RunContext runContext(JobDefinition runDefinition, @Value("#{jobExecution}") JobExecution execution) {
		return new RunContext(RunParameters.of(execution.getJobParameters()), runDefinition,
				execution.getJobInstance().getInstanceId(), execution.getExecutionContext());
	}

	/**
	 * The steps in order; with clients in the definition, their workbooks are written before the
	 * report step, which then writes the overview across them.
	 */
	@Bean
	Job trueReachJob(JobRepository jobRepository, Step ingestStep, Step platformPurgesStep, Step cleanlinessStep,
			Step attributionStep, Step conversionStep, Step clientWorkbooksStep,
			Step reportStep, ObjectProvider<RunContext> runContext) {
		ClientsDecider clients = new ClientsDecider(runContext);
		return new JobBuilder(JOB_NAME, jobRepository).start(ingestStep)
			.next(platformPurgesStep)
			.next(cleanlinessStep)
			.next(attributionStep)
			.next(conversionStep)
			.next(clients)
			.on(ClientsDecider.CLIENTS)
			.to(clientWorkbooksStep)
			.next(reportStep)
			.from(clients)
			.on(ClientsDecider.ONE)
			.to(reportStep)
			.end()
			.build();
	}

	/**
	 * Ingestion, partitioned by owner so that files are read and stored on every core; each file
	 * is committed on its own, so a failed run resumes after the last file it stored.
	 */
	@Bean
	Step ingestStep(JobRepository jobRepository, Step ingestFilesStep, IngestPartitioner ingestPartitioner,
			IngestRange ingestRange,
			@Value("${truereach.ingest.partitions:${" + PARTITIONS + ":0}}") int partitions) {
		int grid = grid(partitions);
		return new StepBuilder("ingest", jobRepository).partitioner("ingestFiles", ingestPartitioner)
			.step(ingestFilesStep)
			.gridSize(grid)
			.taskExecutor(partitionExecutor("ingest-", grid))
			.listener(ingestRange)
			.build();
	}

	/** The configured number of partitions, or one per core when none (0) is configured. */
	private static int grid(int partitions) {
		return partitions > 0 ? partitions : Runtime.getRuntime().availableProcessors();
	}

	static SimpleAsyncTaskExecutor partitionExecutor(String prefix, int grid) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(prefix);
		executor.setConcurrencyLimit(grid);
		executor.setTaskDecorator(TrueReachJobConfiguration::inJobScope);
		return executor;
	}

	/**
	 * A partition runs on a thread of its own, where Spring Batch does not open the job's scope:
	 * the partition is run in the scope of the job execution that hands it out.
	 */
	private static Runnable inJobScope(Runnable partition) {
		JobExecution execution = JobSynchronizationManager.getContext().getJobExecution();
		return () -> {
			JobSynchronizationManager.register(execution);
			try {
				partition.run();
			}
			finally {
				JobSynchronizationManager.close();
			}
		};
	}

	@Bean
	@Scope(value = "job", proxyMode = ScopedProxyMode.NO)
	IngestDeal ingestDeal() {
		return new IngestDeal();
	}

	@Bean
	@StepScope
	IngestPartitioner ingestPartitioner(RunContext runContext, @Value("#{stepExecution}") StepExecution step,
			JobRepository jobRepository, IngestDeal ingestDeal, Ingestion ingestion, PlatformTransactionManager tm) {
		return new IngestPartitioner(runContext, step, jobRepository, ingestDeal,
				inputs -> ingestion.passOver(inputs, runContext.definition().rejectThreshold(), runContext.runId()),
				new TransactionTemplate(tm));
	}

	@Bean
	@StepScope
	IngestRange ingestRange(AccountDayStore accountDays, InputFileStore inputFiles, RunContext runContext) {
		return new IngestRange(accountDays, inputFiles, runContext);
	}

	@Bean
	Step ingestFilesStep(JobRepository jobRepository, PlatformTransactionManager tm, IngestInputReader ingestInputReader,
			IngestReading ingestReading, ItemWriter<Ingestion.Parsed> ingestStoring) {
		return new StepBuilder("ingestFiles", jobRepository).<Ingestion.Input, Ingestion.Parsed>chunk(1)
			.transactionManager(tm)
			.reader(ingestInputReader)
			.processor(ingestReading)
			.writer(ingestStoring)
			.build();
	}

	@Bean
	Ingestion ingestion(InputFileStore inputFiles, AccountDayStore accountDays, AudienceStore audience,
			RevenueStore revenueStore, FormatRegistry registry, Environment environment) {
		return new Ingestion(inputFiles, accountDays, audience, revenueStore, registry,
				ReadLimits.from(environment::getProperty));
	}

	@Bean
	@StepScope
	IngestInputReader ingestInputReader(IngestDeal ingestDeal,
			@Value("#{stepExecutionContext['" + IngestPartitioner.PARTITION + "']}") String partition) {
		return new IngestInputReader(ingestDeal.files(partition));
	}

	@Bean
	@StepScope
	IngestReading ingestReading(Ingestion ingestion, JobDefinition runDefinition) {
		return new IngestReading(ingestion, runDefinition);
	}

	@Bean
	@StepScope
	ItemWriter<Ingestion.Parsed> ingestStoring(Ingestion ingestion,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long runId) {
		return chunk -> chunk.forEach(parsed -> ingestion.store(parsed, runId));
	}

	@Bean
	@StepScope
	PlatformPurgesTasklet platformPurgesTasklet(AccountDayStore accountDays, AudienceStore audience,
			ResultStore resultStore, RunContext runContext) {
		return new PlatformPurgesTasklet(accountDays, audience, resultStore, runContext);
	}

	@Bean
	Step platformPurgesStep(JobRepository jobRepository, PlatformTransactionManager tm,
			PlatformPurgesTasklet platformPurgesTasklet) {
		return new StepBuilder(PlatformPurges.STEP, jobRepository).tasklet(platformPurgesTasklet, tm).build();
	}

	@Bean
	@StepScope
	AccountPartitioner accountPartitioner(RunContext runContext) {
		return new AccountPartitioner(runContext);
	}

	/**
	 * Where the partitions of the per-account steps run: on this machine's cores unless
	 * {@link PartitionedSteps#ROLE} names a remote role (then com.truereach.job.remote wires them).
	 */
	@Bean
	@ConditionalOnProperty(name = PartitionedSteps.ROLE, havingValue = "standalone", matchIfMissing = true)
	PartitionedSteps localPartitions(JobRepository jobRepository) {
		return new LocalPartitions(jobRepository);
	}

	/** Cleanliness, partitioned by account: each partition holds one account's working set at a time. */
	@Bean
	Step cleanlinessStep(PartitionedSteps partitionedSteps, Step cleanlinessAccountsStep,
			AccountPartitioner accountPartitioner, @Value("${" + PARTITIONS + ":0}") int partitions) {
		return partitionedSteps.manager(CleanlinessTasklet.STEP, accountPartitioner, cleanlinessAccountsStep,
				grid(partitions));
	}

	@Bean
	Step cleanlinessAccountsStep(PartitionedSteps partitionedSteps, PlatformTransactionManager tm,
			CleanlinessTasklet cleanlinessTasklet) {
		return partitionedSteps.worker("cleanlinessAccounts").tasklet(cleanlinessTasklet, tm).build();
	}

	@Bean
	@StepScope
	CleanlinessTasklet cleanlinessTasklet(AccountDayStore accountDays, AudienceStore audience,
			ResultStore resultStore, FollowerSamples samples, RunContext runContext,
			@Value("#{stepExecutionContext['" + AccountPartitioner.ACCOUNTS + "']}") List<String> accounts) {
		return new CleanlinessTasklet(accountDays, audience, resultStore, samples, runContext, accounts);
	}

	@Bean
	@StepScope
	RevenueAttributionTasklet revenueAttributionTasklet(RevenueStore revenueStore, ResultStore resultStore,
			RunContext runContext) {
		return new RevenueAttributionTasklet(revenueStore, resultStore, runContext);
	}

	/** The first pass of conversion: revenue attributed across all accounts, kept per account. */
	@Bean
	Step attributionStep(JobRepository jobRepository, PlatformTransactionManager tm,
			RevenueAttributionTasklet revenueAttributionTasklet) {
		return new StepBuilder(RevenueAttributionTasklet.STEP, jobRepository).tasklet(revenueAttributionTasklet, tm)
			.build();
	}

	/** Conversion, partitioned by account like cleanliness. */
	@Bean
	Step conversionStep(PartitionedSteps partitionedSteps, Step conversionAccountsStep,
			AccountPartitioner accountPartitioner, @Value("${" + PARTITIONS + ":0}") int partitions) {
		return partitionedSteps.manager(ConversionTasklet.STEP, accountPartitioner, conversionAccountsStep,
				grid(partitions));
	}

	@Bean
	Step conversionAccountsStep(PartitionedSteps partitionedSteps, PlatformTransactionManager tm,
			ConversionTasklet conversionTasklet) {
		return partitionedSteps.worker("conversionAccounts").tasklet(conversionTasklet, tm).build();
	}

	@Bean
	@StepScope
	ConversionTasklet conversionTasklet(ResultStore resultStore, RunContext runContext,
			@Value("#{stepExecutionContext['" + AccountPartitioner.ACCOUNTS + "']}") List<String> accounts) {
		return new ConversionTasklet(resultStore, runContext, accounts);
	}

	@Bean
	@StepScope
	ReportTasklet reportTasklet(ResultStore resultStore, InputFileStore inputFiles, WorkbookWriter writer,
			RunContext runContext, RunProgress runProgress) {
		return new ReportTasklet(resultStore, inputFiles, writer, runContext, runProgress);
	}

	@Bean
	@StepScope
	ClientPartitioner clientPartitioner(RunContext runContext) {
		return new ClientPartitioner(runContext);
	}

	/**
	 * The clients' workbooks, one partition per client, as many written at once as the per-account
	 * steps have partitions: each holds one client's headlines and one account's days at a time.
	 * Through {@link PartitionedSteps}, so that with workers they are written on the workers (into
	 * the shared output folder).
	 */
	@Bean
	Step clientWorkbooksStep(PartitionedSteps partitionedSteps, Step clientWorkbookStep,
			ClientPartitioner clientPartitioner, @Value("${" + PARTITIONS + ":0}") int partitions) {
		return partitionedSteps.manager(ClientWorkbookTasklet.STEP, clientPartitioner, clientWorkbookStep,
				grid(partitions));
	}

	@Bean
	Step clientWorkbookStep(PartitionedSteps partitionedSteps, PlatformTransactionManager tm,
			ClientWorkbookTasklet clientWorkbookTasklet) {
		return partitionedSteps.worker("clientWorkbook").tasklet(clientWorkbookTasklet, tm).build();
	}

	@Bean
	@StepScope
	ClientWorkbookTasklet clientWorkbookTasklet(ResultStore resultStore, InputFileStore inputFiles,
			WorkbookWriter writer, RunContext runContext, RunProgress runProgress,
			@Value("#{stepExecutionContext['" + ClientPartitioner.CLIENT + "']}") String client) {
		return new ClientWorkbookTasklet(resultStore, inputFiles, writer, runContext, runProgress, client);
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager tm, ReportTasklet reportTasklet) {
		return new StepBuilder("report", jobRepository).tasklet(reportTasklet, tm).build();
	}
}
