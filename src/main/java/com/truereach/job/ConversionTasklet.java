package com.truereach.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.truereach.history.HistoryStore;

/** Step 3: revenue attributed to each account, conversion and the growth-revenue relation. */
public class ConversionTasklet implements Tasklet {

	static final String STEP = "conversion";

	private final HistoryStore store;

	public ConversionTasklet(HistoryStore store) {
		this.store = store;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		store.saveResult(run.runId(), STEP, "", run.from().toString());
		return RepeatStatus.FINISHED;
	}
}
