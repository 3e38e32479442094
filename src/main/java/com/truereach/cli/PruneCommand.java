package com.truereach.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.truereach.history.HistoryRetention;
import com.truereach.history.ResultStore;
import com.truereach.job.RunOwners;
import com.truereach.job.TrueReachJobConfiguration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code prune --older-than DAYS}: removes the stored days of exports that newer exports of the
 * same account and kind cover entirely, once they were first seen more than DAYS days ago. No
 * report of any period changes (see {@link HistoryRetention}). Also removes the step results of
 * completed runs, which nothing reads again. Refused while a run is busy, not
 * because of one left marked running by a process that is gone.
 */
@Command(name = "prune", description = "Remove the stored days of superseded exports first seen more than DAYS days ago, and the step results of completed runs.")
public final class PruneCommand extends DatabaseCommand implements Callable<Integer> {

	@Option(names = "--older-than", required = true, paramLabel = "DAYS", description = "Keep every export first seen within this many days")
	int days;

	@Override
	public Integer call() {
		if (days < 0) {
			return Cli.fail("--older-than: " + days + " is not a number of days", null, debug, ExitCodes.BAD_REQUEST);
		}
		return withDatabase(context -> {
			RunOwners owners = context.getBean(RunOwners.class);
			// an execution whose process is provably gone (a crash) waits for its recovery, and blocks nothing
			Optional<JobExecution> busy = context.getBean(JobRepository.class)
				.findRunningJobExecutions(TrueReachJobConfiguration.JOB_NAME)
				.stream()
				.filter(e -> owners.owner(e.getId()).map(o -> !owners.gone(o)).orElse(true))
				.findFirst();
			if (busy.isPresent()) {
				return Cli.fail("another run is busy (execution " + busy.get().getId() + "): prune when it has ended",
						null, debug, ExitCodes.BUSY);
			}
			prune(context, days);
			return ExitCodes.OK;
		});
	}

	/**
	 * Prunes exports first seen more than {@code days} days ago, and the step results of completed
	 * runs, and says what went. A run keeps its steps' results so that a restart resumes at the step
	 * that failed; a completed run cannot be restarted (a re-run of its range is a new run that
	 * computes its own), so nothing reads its results again.
	 */
	static void prune(ConfigurableApplicationContext context, int days) {
		Instant before = Instant.now().minus(Duration.ofDays(days));
		HistoryRetention.Pruned pruned = new HistoryRetention(context.getBean(JdbcTemplate.class)).prune(before);
		System.out.println("pruned the stored days of " + pruned.files().size() + " superseded exports ("
				+ pruned.series() + " series) first seen before " + before);
		pruned.files().forEach(f -> System.out.println("  " + f));
		JobRepository repository = context.getBean(JobRepository.class);
		ResultStore results = context.getBean(ResultStore.class);
		List<Long> completed = results.runs().stream().filter(run -> completed(repository, run)).toList();
		int removed = completed.stream().mapToInt(results::removeRun).sum();
		System.out.println("pruned the step results of " + completed.size() + " completed runs (" + removed + " results)");
	}

	private static boolean completed(JobRepository repository, long run) {
		JobInstance instance = repository.getJobInstance(run);
		JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
		return last != null && last.getStatus() == BatchStatus.COMPLETED;
	}
}
