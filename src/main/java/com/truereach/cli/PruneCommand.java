package com.truereach.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

import com.truereach.history.HistoryRetention;
import com.truereach.job.RunOwners;
import com.truereach.job.TrueReachJobConfiguration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code prune --older-than DAYS}: removes the stored days of exports that newer exports of the
 * same account and kind cover entirely, once they were first seen more than DAYS days ago. No
 * report of any period changes (see {@link HistoryRetention}). Refused while a run is busy, not
 * because of one left marked running by a process that is gone.
 */
@Command(name = "prune", description = "Remove the stored days of superseded exports first seen more than DAYS days ago.")
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
			prune(context.getBean(JdbcTemplate.class), days);
			return ExitCodes.OK;
		});
	}

	/** Prunes exports first seen more than {@code days} days ago and says what went. */
	static void prune(JdbcTemplate jdbc, int days) {
		Instant before = Instant.now().minus(Duration.ofDays(days));
		HistoryRetention.Pruned pruned = new HistoryRetention(jdbc).prune(before);
		System.out.println("pruned the stored days of " + pruned.files().size() + " superseded exports ("
				+ pruned.series() + " series) first seen before " + before);
		pruned.files().forEach(f -> System.out.println("  " + f));
	}
}
