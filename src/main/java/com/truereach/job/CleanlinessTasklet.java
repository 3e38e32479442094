package com.truereach.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import com.truereach.history.HistoryStore;
import com.truereach.quality.AccountQuality;
import com.truereach.quality.AccountSeries;
import com.truereach.quality.CleanlinessAnalysis;
import com.truereach.quality.Flag;
import com.truereach.quality.FollowerEvidence;
import com.truereach.quality.FollowerList;
import com.truereach.quality.FollowerListFinding;
import com.truereach.quality.SampleEstimate;
import com.truereach.quality.SeriesPoint;

/**
 * Step 2: follower cleanliness. All accounts are analysed together because a platform purge is
 * only visible across accounts; each account's result is kept for the steps after it.
 */
public class CleanlinessTasklet implements Tasklet {

	static final String STEP = "cleanliness";

	private static final Logger log = LoggerFactory.getLogger(CleanlinessTasklet.class);

	private final HistoryStore store;

	private final FollowerSamples samples;

	private final RunContext run;

	public CleanlinessTasklet(HistoryStore store, FollowerSamples samples, RunContext run) {
		this.store = store;
		this.samples = samples;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Map<String, FollowerHistory> histories = new LinkedHashMap<>();
		List<AccountSeries> series = new ArrayList<>();
		Map<String, FollowerEvidence> evidence = new HashMap<>();
		Map<String, List<HistoryStore.FollowerSnapshot>> snapshots = new HashMap<>();
		for (JobDefinition.Account account : run.definition().accounts()) {
			List<HistoryStore.FollowerSnapshot> lists = store.followerSnapshots(account.id(),
					FollowerEntry.ListKind.FOLLOWERS);
			snapshots.put(account.id(), lists);
			FollowerHistory history = AccountSeriesLoader.load(store, account, run.from(), run.to(), lists);
			histories.put(account.id(), history);
			series.add(new AccountSeries(account.id(), account.platform(), points(history),
					history.totals() == FollowerHistory.Totals.RELATIVE, history.grossFollowsOnly()));
			SampleEstimate sample = samples.estimate(store.profiles(account.id())).orElse(null);
			HistoryStore.FollowerSnapshot latest = lists.isEmpty() ? null : lists.get(lists.size() - 1);
			evidence.put(account.id(), new FollowerEvidence(sample, sample == null ? null : store.sampleDay(account.id()),
					latest == null ? null : new FollowerList(latest.file(), latest.day(), latest.members())));
		}
		Map<String, AccountQuality> qualities = CleanlinessAnalysis.analyseWith(series, run.from(), run.to(), evidence);
		histories.forEach((id, history) -> {
			AccountQuality quality = withFollowerList(qualities.get(id), history, snapshots.get(id), run);
			FollowerEvidence followers = evidence.get(id);
			SampleEstimate sample = followers.sampleDescribes(run.to()) ? followers.sample() : null;
			store.saveResult(run.runId(), STEP, id, new CleanlinessResult(history, quality, sample));
			contribution.incrementWriteCount(1);
			log.info("{}: quality score {}, {} flags", id, quality.score(), quality.flags().size());
		});
		return RepeatStatus.FINISHED;
	}

	/** Adds what the account's latest follower list (and the one before it) shows, where it has lists. */
	private static AccountQuality withFollowerList(AccountQuality quality, FollowerHistory history,
			List<HistoryStore.FollowerSnapshot> lists, RunContext run) {
		if (lists.isEmpty()) {
			return quality;
		}
		HistoryStore.FollowerSnapshot latest = lists.get(lists.size() - 1);
		HistoryStore.FollowerSnapshot earlier = lists.size() > 1 ? lists.get(lists.size() - 2) : null;
		Map<LocalDate, Long> gained = new HashMap<>();
		history.days().stream().filter(d -> d.gained() != null).forEach(d -> gained.put(d.day(), d.gained()));
		return FollowerListFinding
			.of(latest.file(), latest.members(), earlier == null ? null : earlier.file(),
					earlier == null ? null : earlier.members(), gained, run.from(), run.to())
			.map(flag -> {
				List<Flag> flags = new ArrayList<>(quality.flags());
				flags.add(flag);
				return new AccountQuality(quality.accountId(), quality.days(), quality.score(), quality.components(),
						flags, quality.method());
			})
			.orElse(quality);
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
