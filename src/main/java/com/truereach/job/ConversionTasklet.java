package com.truereach.job;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.truereach.conversion.AccountDaily;
import com.truereach.conversion.AccountRef;
import com.truereach.conversion.AttributionRule;
import com.truereach.conversion.ConversionAnalysis;
import com.truereach.conversion.ConversionReport;
import com.truereach.conversion.CurrencyRates;
import com.truereach.conversion.EpisodeImpact;
import com.truereach.conversion.EpisodeImpacts;
import com.truereach.conversion.Money;
import com.truereach.domain.Platform;
import com.truereach.domain.RevenueEvent;
import com.truereach.history.HistoryDay;
import com.truereach.history.ResultStore;
import com.truereach.history.RevenueStore;
import com.truereach.quality.Flag;
import com.truereach.quality.FlagKind;
import com.truereach.quality.QualityDay;

/**
 * Step 3: revenue attributed to each account, conversion, and whether follower growth (raw and
 * clean) or engagement goes with revenue. Works on the clean follower counts of step 2.
 */
public class ConversionTasklet implements Tasklet {

	static final String STEP = "conversion";

	/** The whole conversion report is one result; this is its key. */
	static final String ALL = "*";

	/** The revenue impact of each account's episodes, one result per account. */
	static final String IMPACT = "impact";

	private static final Logger log = LoggerFactory.getLogger(ConversionTasklet.class);

	private final RevenueStore revenueStore;

	private final ResultStore resultStore;

	private final RunContext run;

	public ConversionTasklet(RevenueStore revenueStore, ResultStore resultStore, RunContext run) {
		this.revenueStore = revenueStore;
		this.resultStore = resultStore;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobDefinition definition = run.definition();
		Map<String, CleanlinessResult> cleanliness = resultStore.results(run.runId(), CleanlinessTasklet.STEP,
				CleanlinessResult.class);
		List<AccountRef> accounts = new ArrayList<>();
		Map<String, List<AccountDaily>> series = new LinkedHashMap<>();
		for (JobDefinition.Account account : definition.accounts()) {
			accounts.add(new AccountRef(account.id(), account.platform(), account.handle(), account.displayName(),
					account.pricePer1000Followers()));
			series.put(account.id(), daily(cleanliness.get(account.id()), run.from(), run.to()));
		}
		List<String> sources = definition.revenue().stream().map(JobDefinition.RevenueSource::name).toList();
		List<RevenueEvent> revenue = revenueStore.revenue(sources, run.from(), run.to())
			.stream()
			.map(RevenueStore.StoredRevenue::event)
			.toList();
		// the report currency is kept without rates too: it is the currency of the price of followers
		CurrencyRates rates = definition.currency() == null ? CurrencyRates.none()
				: CurrencyRates.of(definition.currency(), definition.rates());
		ConversionReport report = ConversionAnalysis.analyse(accounts, series, revenue,
				revenueStore.traffic(sources, run.from(), run.to()), rules(definition), rates, run.from(), run.to());
		resultStore.saveResult(run.runId(), STEP, ALL, report);
		impacts(run, accounts, cleanliness, report, sources, rules(definition), rates)
			.forEach((id, impacts) -> {
				resultStore.saveResult(run.runId(), IMPACT, id, impacts);
				impacts.episodes()
					.forEach(i -> log.info("{}: revenue impact: {} (baseline {} days from {}, control {}, residual "
							+ "autocorrelation {})", id, i.sentence(), i.beforeDays(), i.beforeFrom(), i.control(), i.rho()));
			});
		contribution.incrementWriteCount(report.byAccount().size());
		report.byAccount()
			.forEach((id, c) -> log.info("{}: revenue {} {} from {} orders; {}", id, Money.display(c.revenue()), c.currency(),
					c.orders(), c.verdict()));
		return RepeatStatus.FINISHED;
	}

	/**
	 * The revenue impact of each bought-follower episode and organic spike. Its baseline may reach
	 * before the range, up to {@link EpisodeImpact#MAX_BEFORE_DAYS} days before the earliest episode,
	 * so the revenue of those days is read again; revenue is taken to be known from the first stored
	 * event on.
	 */
	private Map<String, EpisodeImpacts> impacts(RunContext run, List<AccountRef> accounts,
			Map<String, CleanlinessResult> cleanliness, ConversionReport report, List<String> sources,
			List<AttributionRule> rules, CurrencyRates rates) {
		Map<String, List<EpisodeImpact.Episode>> episodes = new LinkedHashMap<>();
		for (JobDefinition.Account account : run.definition().accounts()) {
			List<EpisodeImpact.Episode> list = episodes(account, cleanliness.get(account.id()).quality().flags(),
					run.definition().currency());
			if (!list.isEmpty()) {
				episodes.put(account.id(), list);
			}
		}
		if (episodes.isEmpty()) {
			Map<String, EpisodeImpacts> none = new LinkedHashMap<>();
			accounts.forEach(a -> none.put(a.id(), new EpisodeImpacts(List.of())));
			return none;
		}
		LocalDate start = episodes.values()
			.stream()
			.flatMap(List::stream)
			.map(EpisodeImpact.Episode::from)
			.min(LocalDate::compareTo)
			.orElseThrow()
			.minusDays(EpisodeImpact.MAX_BEFORE_DAYS);
		List<RevenueEvent> events = revenueStore.revenue(sources, start, run.to())
			.stream()
			.map(RevenueStore.StoredRevenue::event)
			.toList();
		LocalDate known = events.stream().map(RevenueEvent::day).min(LocalDate::compareTo).orElse(run.to());
		Map<String, String> currencies = new LinkedHashMap<>();
		report.byAccount().forEach((id, c) -> currencies.put(id, c.currency()));
		return EpisodeImpacts.assess(accounts, episodes, currencies, events, rules, rates,
				known.isAfter(start) ? known : start, run.to());
	}

	/**
	 * The account's bought-follower and organic-spike flags as episodes, the bought ones with what
	 * they cost where the definition gives a price.
	 */
	static List<EpisodeImpact.Episode> episodes(JobDefinition.Account account, List<Flag> flags, String currency) {
		List<EpisodeImpact.Episode> episodes = new ArrayList<>();
		for (Flag flag : flags) {
			if (flag.kind() == FlagKind.ORGANIC_SPIKE) {
				Number gain = flag.evidence().get("gain");
				episodes.add(new EpisodeImpact.Episode(EpisodeImpact.Kind.SPIKE, flag.from(), flag.to(),
						gain == null ? null : gain.longValue(), null, currency == null ? "" : currency));
			}
			if (flag.kind() != FlagKind.BOUGHT_FOLLOWERS) {
				continue;
			}
			Number bought = flag.evidence().get("bought");
			Long followers = bought == null ? null : bought.longValue();
			BigDecimal cost = followers == null || account.pricePer1000Followers() == null ? null
					: account.pricePer1000Followers().multiply(BigDecimal.valueOf(followers)).movePointLeft(3);
			episodes.add(new EpisodeImpact.Episode(EpisodeImpact.Kind.BOUGHT, flag.from(), flag.to(), followers, cost,
					currency == null ? "" : currency));
		}
		return episodes;
	}

	/**
	 * The account's days in the range as the revenue analysis needs them: raw gains are the day's
	 * net change of reported followers, clean gains the day's change of clean followers.
	 */
	static List<AccountDaily> daily(CleanlinessResult result, LocalDate from, LocalDate to) {
		Map<LocalDate, QualityDay> quality = new LinkedHashMap<>();
		result.quality().days().forEach(d -> quality.put(d.day(), d));
		List<AccountDaily> days = new ArrayList<>();
		Long previousClean = null;
		for (HistoryDay day : result.history().days()) {
			QualityDay q = quality.get(day.day());
			Long clean = q == null ? null : q.clean();
			if (!day.day().isBefore(from) && !day.day().isAfter(to)) {
				Long cleanGain = clean == null || previousClean == null ? null : clean - previousClean;
				days.add(new AccountDaily(day.day(), day.followers(), clean, day.net(), cleanGain, day.engagements(),
						day.linkClicks()));
			}
			previousClean = clean;
		}
		return days;
	}

	static List<AttributionRule> rules(JobDefinition definition) {
		return definition.attribution()
			.stream()
			.map(r -> new AttributionRule(r.containsKey("platform") ? Platform.parse(r.get("platform")) : null,
					r.get("utmSource"), r.get("utmMedium"), r.get("utmCampaign"), r.get("utmContent"),
					r.containsKey("referrer") ? List.of(r.get("referrer")) : List.of(), r.get("account")))
			.toList();
	}
}
