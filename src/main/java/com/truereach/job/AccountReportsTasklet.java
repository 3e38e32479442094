package com.truereach.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.truereach.history.ResultStore;
import com.truereach.report.AccountReports;
import com.truereach.report.ReportModel;

/**
 * Step 4: each account's report (its figures, daily rows, flags and correlations) from what the
 * cleanliness and conversion steps kept, one account of the partition at a time; it is kept in
 * full for the account's sheet and as a headline for the first sheets, which the report step reads.
 */
public class AccountReportsTasklet implements Tasklet {

	static final String STEP = "accountReports";

	/** The headline of each account, for the sheets and summary over all accounts. */
	static final String HEADLINE = "accountHeadline";

	private static final Logger log = LoggerFactory.getLogger(AccountReportsTasklet.class);

	private final ResultStore store;

	private final RunContext run;

	private final List<String> accounts;

	/** @param accounts the ids of the partition's accounts */
	public AccountReportsTasklet(ResultStore store, RunContext run, List<String> accounts) {
		this.store = store;
		this.run = run;
		this.accounts = accounts;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobDefinition definition = run.definition();
		Map<String, JobDefinition.Account> byId = new HashMap<>();
		definition.accounts().forEach(a -> byId.put(a.id(), a));
		ConversionResults conversions = new ConversionResults(store, run.runId());
		for (String id : accounts) {
			CleanlinessResult cleanliness = store.result(run.runId(), CleanlinessTasklet.STEP, id,
					CleanlinessResult.class);
			ReportModel.AccountReport report = AccountReports.build(
					AccountInputs.of(byId.get(id), definition.currency(), run.from(), run.to(), cleanliness,
							conversions.account(id), conversions.impacts(id)),
					run.from(), run.to());
			store.saveResult(run.runId(), STEP, id, report);
			store.saveResult(run.runId(), HEADLINE, id, ReportModel.Headline.of(report));
			contribution.incrementReadCount();
			contribution.incrementWriteCount(1);
			log.debug("{}: report of {} days", id, report.days().size());
		}
		return RepeatStatus.FINISHED;
	}
}
