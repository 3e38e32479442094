package com.truereach.job;

import java.util.Optional;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.truereach.history.HistoryStore;
import com.truereach.ingest.FormatRegistry;
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

	@Bean
	HistoryStore historyStore(JdbcTemplate jdbc) {
		return new HistoryStore(jdbc);
	}

	@Bean
	FormatRegistry formatRegistry() {
		return FormatRegistry.standard();
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
	Job trueReachJob(JobRepository jobRepository, Step ingestStep, Step cleanlinessStep, Step conversionStep,
			Step reportStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(ingestStep)
			.next(cleanlinessStep)
			.next(conversionStep)
			.next(reportStep)
			.build();
	}

	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager tm, HistoryStore store,
			FormatRegistry registry) {
		return new StepBuilder("ingest", jobRepository).tasklet(new IngestTasklet(store, registry), tm).build();
	}

	@Bean
	Step cleanlinessStep(JobRepository jobRepository, PlatformTransactionManager tm, HistoryStore store,
			FollowerSamples samples) {
		return new StepBuilder("cleanliness", jobRepository).tasklet(new CleanlinessTasklet(store, samples), tm)
			.build();
	}

	@Bean
	Step conversionStep(JobRepository jobRepository, PlatformTransactionManager tm, HistoryStore store) {
		return new StepBuilder("conversion", jobRepository).tasklet(new ConversionTasklet(store), tm).build();
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager tm, HistoryStore store,
			WorkbookWriter writer) {
		return new StepBuilder("report", jobRepository).tasklet(new ReportTasklet(store, writer), tm).build();
	}
}
