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

import com.truereach.domain.FollowerEntry;
import com.truereach.history.FollowerHistory;
import com.truereach.history.AccountDayStore;
import com.truereach.history.AudienceStore;
import com.truereach.history.ResultStore;
import com.truereach.quality.AccountQuality;
import com.truereach.quality.AccountSeries;
import com.truereach.quality.CleanlinessAnalysis;
import com.truereach.quality.FollowerEvidence;
import com.truereach.quality.FollowerList;
import com.truereach.quality.PurgeDay;
import com.truereach.quality.SampleEstimate;
import com.truereach.quality.SeriesPoint;

/**
 * Step 2: follower cleanliness of one partition's accounts, loaded, analysed and kept one account
 * at a time ({@link AccountBatches} of them per transaction) against the platform purges found
 * across all accounts beforehand ({@link PlatformPurgesTasklet}); each account's result is kept
 * for the steps after it.
 */
public class CleanlinessTasklet implements Tasklet {

	static final String STEP = "cleanliness";

	private static final Logger log = LoggerFactory.getLogger(CleanlinessTasklet.class);

	private final AccountDayStore accountDays;

	private final AudienceStore audience;

	private final ResultStore resultStore;

	private final FollowerSamples samples;

	private final RunContext run;

	private final List<String> accounts;

	private final Map<String, JobDefinition.Account> byId = new HashMap<>();

	private List<PurgeDay> purges;

	/** @param accounts the ids of the partition's accounts */
	public CleanlinessTasklet(AccountDayStore accountDays, AudienceStore audience, ResultStore resultStore,
			FollowerSamples samples, RunContext run, List<String> accounts) {
		this.accountDays = accountDays;
		this.audience = audience;
		this.resultStore = resultStore;
		this.samples = samples;
		this.run = run;
		this.accounts = accounts;
		run.definition().accounts().forEach(a -> byId.put(a.id(), a));
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (purges == null) {
			purges = resultStore.results(run.runId(), PlatformPurges.STEP, PlatformPurges.class)
				.get(PlatformPurges.ALL)
				.days();
		}
		return AccountBatches.next(accounts, chunkContext, id -> {
			Loaded loaded = Loaded.of(accountDays, audience, byId.get(id), run);
			SampleEstimate sample = samples.estimate(audience.profiles(id)).orElse(null);
			FollowerEvidence evidence = new FollowerEvidence(sample, sample == null ? null : audience.sampleDay(id),
					list(loaded.lists(), 1), list(loaded.lists(), 2));
			AccountQuality quality = CleanlinessAnalysis.analyseOne(loaded.series(), purges, run.from(), run.to(),
					evidence);
			resultStore.saveResult(run.runId(), STEP, id,
					new CleanlinessResult(loaded.history(), quality, evidence.sampleDescribes(run.to()) ? sample : null));
			contribution.incrementReadCount();
			contribution.incrementWriteCount(1);
			log.info("{}: quality score {}, {} flags", id, quality.score(), quality.flags().size());
		});
	}

	/** An account's follower lists, its history and the series the analysis reads from it. */
	record Loaded(List<AudienceStore.FollowerSnapshot> lists, FollowerHistory history, AccountSeries series) {

		static Loaded of(AccountDayStore accountDays, AudienceStore audience, JobDefinition.Account account,
				RunContext run) {
			List<AudienceStore.FollowerSnapshot> lists = audience.followerSnapshots(account.id(),
					FollowerEntry.ListKind.FOLLOWERS);
			FollowerHistory history = AccountSeriesLoader.load(accountDays, audience, account, run.from(), run.to(), lists);
			return new Loaded(lists, history, new AccountSeries(account.id(), account.platform(), points(history),
					history.totals() == FollowerHistory.Totals.RELATIVE, history.grossFollowsOnly()));
		}
	}

	/** The account's follower list {@code fromEnd} places from the newest (1 = the newest), or null. */
	private static FollowerList list(List<AudienceStore.FollowerSnapshot> lists, int fromEnd) {
		if (lists.size() < fromEnd) {
			return null;
		}
		AudienceStore.FollowerSnapshot snapshot = lists.get(lists.size() - fromEnd);
		return new FollowerList(snapshot.file(), snapshot.day(), snapshot.members());
	}

	/** The days some export covers: days before the first export are no days of 0 change for a baseline. */
	private static List<SeriesPoint> points(FollowerHistory history) {
		return history.observed()
			.stream()
			.map(d -> new SeriesPoint(d.day(), d.followers(), d.gained(), d.lost(), d.posts(), d.impressions(),
					d.reach(), d.engagements(), d.profileVisits()))
			.toList();
	}
}
