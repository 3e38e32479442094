package com.truereach.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.truereach.history.FollowerHistory;
import com.truereach.history.HistoryStore;

/** Step 2: follower cleanliness per account, from the daily series and the follower samples. */
public class CleanlinessTasklet implements Tasklet {

	static final String STEP = "cleanliness";

	private final HistoryStore store;

	public CleanlinessTasklet(HistoryStore store) {
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		for (JobDefinition.Account account : run.definition().accounts()) {
			FollowerHistory history = AccountSeriesLoader.load(store, account, run.from(), run.to());
			store.saveResult(run.runId(), STEP, account.id(), history);
			contribution.incrementWriteCount(1);
		}
		return RepeatStatus.FINISHED;
	}
}
