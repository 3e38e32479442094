package com.truereach.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.truereach.history.AccountDayStore;
import com.truereach.history.AudienceStore;
import com.truereach.history.ResultStore;
import com.truereach.quality.CleanlinessAnalysis;
import com.truereach.quality.PurgeDetector;

/**
 * The first pass of step 2: a platform purge is only visible across accounts, so every account's
 * series is read once, one account at a time, into day counts per platform; the purges found are
 * kept for the cleanliness partitions.
 */
class PlatformPurgesTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(PlatformPurgesTasklet.class);

	private final AccountDayStore accountDays;

	private final AudienceStore audience;

	private final ResultStore resultStore;

	private final RunContext run;

	PlatformPurgesTasklet(AccountDayStore accountDays, AudienceStore audience, ResultStore resultStore, RunContext run) {
		this.accountDays = accountDays;
		this.audience = audience;
		this.resultStore = resultStore;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		PurgeDetector.Tallies tallies = new PurgeDetector.Tallies();
		for (JobDefinition.Account account : run.definition().accounts()) {
			CleanlinessAnalysis.tally(tallies, CleanlinessTasklet.Loaded.of(accountDays, audience, account, run).series(), run.to());
			contribution.incrementReadCount();
		}
		PlatformPurges purges = new PlatformPurges(tallies.purges());
		resultStore.saveResult(run.runId(), PlatformPurges.STEP, PlatformPurges.ALL, purges);
		contribution.incrementWriteCount(1);
		log.info("{} platform purge days across {} accounts", purges.days().size(), run.definition().accounts().size());
		return RepeatStatus.FINISHED;
	}
}
