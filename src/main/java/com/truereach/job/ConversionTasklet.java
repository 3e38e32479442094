package com.truereach.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.truereach.conversion.AccountConversion;
import com.truereach.conversion.AccountDaily;
import com.truereach.conversion.AccountRevenue;
import com.truereach.conversion.ConversionAnalysis;
import com.truereach.conversion.EpisodeImpact;
import com.truereach.conversion.EpisodeImpacts;
import com.truereach.conversion.Money;
import com.truereach.conversion.RevenueOverview;
import com.truereach.history.HistoryDay;
import com.truereach.history.ResultStore;
import com.truereach.quality.Flag;
import com.truereach.quality.FlagKind;
import com.truereach.quality.QualityDay;
import com.truereach.report.AccountReports;
import com.truereach.report.ReportModel;

/**
 * Step 3: the revenue of one partition's accounts, loaded, analysed and kept one account at a time
 * ({@link AccountBatches} of them per transaction):
 * the account's clean follower counts from step 2 and what the first pass
 * ({@link RevenueAttributionTasklet}) attributed to it give its conversion, whether follower
 * growth (raw and clean) or engagement goes with revenue, and the revenue impact of its episodes.
 * With them and the cleanliness result still in memory, the account's report (its figures, daily
 * rows, flags and correlations) is made and kept in full for its sheet and as a headline for the
 * first sheets, which the report step reads: a step of its own read every account's cleanliness,
 * conversion and impacts back from the store only to do this (a tenth of the backfill).
 */
public class ConversionTasklet implements Tasklet {

	static final String STEP = "conversion";

	private static final Logger log = LoggerFactory.getLogger(ConversionTasklet.class);

	private final ResultStore store;

	private final RunContext run;

	private final List<String> accounts;

	private final Map<String, JobDefinition.Account> byId = new HashMap<>();

	private RevenueOverview overview;

	/** @param accounts the ids of the partition's accounts */
	public ConversionTasklet(ResultStore store, RunContext run, List<String> accounts) {
		this.store = store;
		this.run = run;
		this.accounts = accounts;
		run.definition().accounts().forEach(a -> byId.put(a.id(), a));
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ConversionResults results = new ConversionResults(store, run.runId());
		if (overview == null) {
			overview = results.overview();
		}
		return AccountBatches.next(accounts, chunkContext, id -> {
			JobDefinition.Account account = byId.get(id);
			CleanlinessResult cleanliness = store.result(run.runId(), CleanlinessTasklet.STEP, id,
					CleanlinessResult.class);
			AccountRevenue revenue = results.attributed(id);
			AccountConversion conversion = ConversionAnalysis.account(RevenueAttributionTasklet.ref(account), revenue,
					AccountDaily.inRange(observed(cleanliness), run.from(), run.to()),
					RevenueAttributionTasklet.rates(run.definition()), run.from(), run.to());
			EpisodeImpacts impacts = EpisodeImpacts.assess(
					episodes(account, cleanliness.quality().flags(), run.definition().currency()), revenue, overview,
					run.to());
			store.saveResult(run.runId(), ConversionResults.CONVERSION, id, conversion);
			store.saveResult(run.runId(), ConversionResults.IMPACT, id, impacts);
			ReportModel.AccountReport report = AccountReports.build(AccountInputs.of(account,
					run.definition().currency(), run.from(), run.to(), cleanliness, conversion, impacts), run.from(),
					run.to());
			store.saveResult(run.runId(), ConversionResults.REPORT, id, report);
			store.saveResult(run.runId(), ConversionResults.HEADLINE, id, ReportModel.Headline.of(report));
			contribution.incrementReadCount();
			contribution.incrementWriteCount(1);
			log.info("{}: revenue {} {} from {} orders; {}", id, Money.display(conversion.revenue()),
					conversion.currency(), conversion.orders(), conversion.verdict());
			impacts.episodes()
				.forEach(i -> log.info("{}: revenue impact: {} (baseline {} days from {}, control {}, residual "
						+ "autocorrelation {})", id, i.sentence(), i.beforeDays(), i.beforeFrom(), i.control(), i.rho()));
		});
	}

	/** The account's bought-follower and organic-spike flags as episodes. */
	static List<EpisodeImpact.Episode> episodes(JobDefinition.Account account, List<Flag> flags, String currency) {
		List<EpisodeImpact.Episode> episodes = new ArrayList<>();
		for (Flag flag : flags) {
			if (flag.kind() == FlagKind.ORGANIC_SPIKE) {
				episodes.add(EpisodeImpact.Episode.spike(flag.from(), flag.to(), count(flag, "gain"), currency));
			}
			if (flag.kind() == FlagKind.BOUGHT_FOLLOWERS) {
				episodes.add(EpisodeImpact.Episode.bought(flag.from(), flag.to(), count(flag, "bought"),
						account.pricePer1000Followers(), currency));
			}
		}
		return episodes;
	}

	private static Long count(Flag flag, String evidence) {
		Number value = flag.evidence().get(evidence);
		return value == null ? null : value.longValue();
	}

	/** The account's history days with their clean followers, as the revenue analysis reads them. */
	static List<AccountDaily.Observed> observed(CleanlinessResult result) {
		Map<LocalDate, QualityDay> quality = new HashMap<>();
		result.quality().days().forEach(d -> quality.put(d.day(), d));
		List<AccountDaily.Observed> days = new ArrayList<>();
		for (HistoryDay day : result.history().days()) {
			QualityDay q = quality.get(day.day());
			days.add(new AccountDaily.Observed(day.day(), day.followers(), q == null ? null : q.clean(), day.net(),
					day.engagements(), day.linkClicks()));
		}
		return days;
	}
}
