package com.truereach.job;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.truereach.conversion.AccountRef;
import com.truereach.conversion.CurrencyRates;
import com.truereach.conversion.EpisodeImpact;
import com.truereach.conversion.Money;
import com.truereach.conversion.RevenueAttribution;
import com.truereach.history.ResultStore;
import com.truereach.history.RevenueStore;

/**
 * The first pass of step 3: attribution needs every account at once (the rules, the only account
 * on a platform, the main currency, the unattributed rest), so every revenue event and GA4 row of
 * the range is attributed here, once, and each account's revenue is kept for the conversion
 * partitions ({@link ConversionTasklet}), which analyse one account at a time.
 */
class RevenueAttributionTasklet implements Tasklet {

	static final String STEP = "attribution";

	private static final Logger log = LoggerFactory.getLogger(RevenueAttributionTasklet.class);

	private final RevenueStore revenueStore;

	private final ResultStore resultStore;

	private final RunContext run;

	RevenueAttributionTasklet(RevenueStore revenueStore, ResultStore resultStore, RunContext run) {
		this.revenueStore = revenueStore;
		this.resultStore = resultStore;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobDefinition definition = run.definition();
		List<AccountRef> accounts = definition.accounts().stream().map(RevenueAttributionTasklet::ref).toList();
		List<String> sources = definition.revenue().stream().map(JobDefinition.RevenueSource::name).toList();
		LocalDate impactFrom = impactFrom(run.from());
		RevenueAttribution attribution = new RevenueAttribution(accounts, definition.attribution(), rates(definition),
				run.from(), run.to(), impactFrom);
		revenueStore.revenue(sources, impactFrom, run.to(), r -> {
			attribution.add(r.event());
			contribution.incrementReadCount();
		});
		revenueStore.traffic(sources, run.from(), run.to(), attribution::add);
		RevenueAttribution.Attributed attributed = attribution.finish();
		attributed.byAccount()
			.forEach((id, revenue) -> resultStore.saveResult(run.runId(), ConversionResults.ATTRIBUTED, id, revenue));
		resultStore.saveResult(run.runId(), ConversionResults.OVERVIEW, ConversionResults.ALL, attributed.overview());
		contribution.incrementWriteCount(attributed.byAccount().size());
		attributed.overview()
			.unattributed()
			.totalByCurrency()
			.forEach((currency, amount) -> log.info("unattributed revenue: {} {}", Money.display(amount), currency));
		return RepeatStatus.FINISHED;
	}

	/**
	 * The first day the episode impacts may need revenue of: an episode starts at the earliest on the
	 * first day the cleanliness analysis sees, {@link AccountSeriesLoader#BASELINE_DAYS} before the
	 * range, and its baseline reaches {@link EpisodeImpact#MAX_BEFORE_DAYS} before that.
	 */
	static LocalDate impactFrom(LocalDate from) {
		return from.minusDays(AccountSeriesLoader.BASELINE_DAYS + EpisodeImpact.MAX_BEFORE_DAYS);
	}

	static AccountRef ref(JobDefinition.Account account) {
		return new AccountRef(account.id(), account.platform(), account.handle(), account.displayName(),
				account.pricePer1000Followers());
	}

	/** The report currency is kept without rates too: it is the currency of the price of followers. */
	static CurrencyRates rates(JobDefinition definition) {
		return definition.currency() == null ? CurrencyRates.none()
				: CurrencyRates.of(definition.currency(), definition.rates());
	}
}
