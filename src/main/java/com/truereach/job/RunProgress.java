package com.truereach.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a run is doing while the operator waits: a line when each step starts and ends, and,
 * every few seconds, during ingestion the files and rows done with the rate and the time left,
 * during cleanliness and conversion the accounts done of the total, during
 * the report the accounts whose sheets are written. Progress lines are shown on a terminal or when
 * asked ({@code truereach.progress=always}, the command line's {@code --progress}); the step lines
 * always.
 */
@Component
public class RunProgress implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunProgress.class);

	private static final Duration TICK = Duration.ofSeconds(1);

	private final JdbcTemplate jdbc;

	private final boolean progressLines;

	private final Duration every;

	private final Map<Long, Watch> watches = new ConcurrentHashMap<>();

	private final ScheduledExecutorService ticks = RunOwners.timer("run-progress");

	/** Accounts whose sheets the report step has written, by run. */
	private final Map<Long, AtomicLong> written = new ConcurrentHashMap<>();

	public RunProgress(JdbcTemplate jdbc, @Value("${truereach.progress:auto}") String mode,
			@Value("${truereach.progress.seconds:5}") long seconds) {
		this.jdbc = jdbc;
		this.progressLines = "always".equals(mode) || "auto".equals(mode) && System.console() != null;
		this.every = Duration.ofSeconds(seconds);
	}

	@Override
	public void beforeJob(JobExecution execution) {
		int inputs = 0;
		int accounts = 0;
		try {
			// the totals are for the progress lines alone; reading a definition of thousands of accounts takes time
			if (progressLines) {
				JobDefinition definition = JobDefinitionLoader
					.load(RunParameters.of(execution.getJobParameters()).definition());
				inputs = Ingestion.inputs(definition).size();
				accounts = definition.accounts().size();
			}
		}
		catch (RuntimeException ex) {
			// the run's own reading of the definition reports what is wrong; progress goes without totals
			log.debug("no totals for the progress of execution {}: {}", execution.getId(), ex.getMessage());
		}
		Watch watch = new Watch(execution, inputs, accounts);
		watch.future = ticks.scheduleAtFixedRate(() -> tick(watch), TICK.toMillis(), TICK.toMillis(),
				TimeUnit.MILLISECONDS);
		watches.put(execution.getId(), watch);
	}

	@Override
	public void afterJob(JobExecution execution) {
		Watch watch = watches.remove(execution.getId());
		if (watch != null) {
			watch.future.cancel(false);
			synchronized (watch) {
				steps(watch);
			}
		}
	}

	/** Progress is a courtesy: whatever goes wrong here must not touch the run. */
	private void tick(Watch watch) {
		try {
			synchronized (watch) {
				steps(watch);
				if (progressLines && Instant.now().isAfter(watch.lastLine.plus(every))) {
					watch.lastLine = Instant.now();
					progress(watch);
				}
			}
		}
		catch (RuntimeException ex) {
			log.debug("progress of execution {} not shown: {}", watch.execution.getId(), ex.getMessage());
		}
	}

	/** A line for each step (not each ingest partition) that started or ended since the last look. */
	private void steps(Watch watch) {
		for (StepExecution step : watch.execution.getStepExecutions()) {
			if (step.getStepName().contains(":")) {
				continue;
			}
			if (step.getStartTime() != null && watch.started.add(step.getStepName())) {
				log.info("step {} started", step.getStepName());
			}
			if (step.getEndTime() != null && watch.ended.add(step.getStepName())) {
				log.info("step {} {} in {}: read {}, written {}", step.getStepName(), step.getStatus(),
						seconds(Duration.between(step.getStartTime(), step.getEndTime())), step.getReadCount(),
						step.getWriteCount());
			}
		}
	}

	private void progress(Watch watch) {
		StepExecution running = watch.execution.getStepExecutions()
			.stream()
			.filter(s -> s.getEndTime() == null && s.getStartTime() != null && !s.getStepName().contains(":"))
			.findFirst()
			.orElse(null);
		if (running == null) {
			return;
		}
		long runId = watch.execution.getJobInstance().getInstanceId();
		Duration elapsed = Duration.between(running.getStartTime(), LocalDateTime.now());
		switch (running.getStepName()) {
			case "ingest" -> {
				long files = filesChecked(runId);
				long rows = rowsRead(runId);
				long rate = elapsed.toMillis() == 0 ? 0 : rows * 1000 / elapsed.toMillis();
				String left = files == 0 ? "time left not known yet"
						: "about " + seconds(elapsed.multipliedBy(Math.max(0, watch.inputs - files)).dividedBy(files))
								+ " left";
				log.info("progress: ingest {} of {} files, {} rows, {} rows/s, {}", files, watch.inputs,
						String.format("%,d", rows), String.format("%,d", rate), left);
			}
			case CleanlinessTasklet.STEP -> log.info("progress: cleanliness {} of {} accounts",
					accountsDone(runId, CleanlinessTasklet.STEP), watch.accounts);
			case ConversionTasklet.STEP -> log.info("progress: conversion {} of {} accounts",
					accountsDone(runId, ConversionResults.CONVERSION), watch.accounts);
			case ClientWorkbookTasklet.STEP -> log.info("progress: client workbooks {} of {} accounts' sheets written",
					written.getOrDefault(runId, new AtomicLong()).get(), watch.accounts);
			case "report" -> log.info("progress: report {} of {} account sheets written",
					written.getOrDefault(runId, new AtomicLong()).get(), watch.accounts);
			default -> log.info("progress: {} running for {} ({} accounts)", running.getStepName(), seconds(elapsed),
					watch.accounts);
		}
	}

	/** Inputs read or passed over as unchanged so far: the partitions count only those they read. */
	private long filesChecked(long runId) {
		try {
			Long files = jdbc.queryForObject("SELECT COUNT(*) FROM tr_input_read WHERE checked_run = ?", Long.class,
					runId);
			return files == null ? 0 : files;
		}
		catch (DataAccessException ex) {
			return 0;
		}
	}

	/** The count of accounts whose sheets the report step of run {@code runId} has written, which it keeps up. */
	AtomicLong accountsWritten(long runId) {
		return written.computeIfAbsent(runId, id -> new AtomicLong());
	}

	/** The report step of run {@code runId} has ended: its count is no longer shown. */
	void reportDone(long runId) {
		written.remove(runId);
	}

	private long rowsRead(long runId) {
		try {
			Long rows = jdbc.queryForObject("SELECT COALESCE(SUM(rows_read), 0) FROM tr_file_run WHERE run_id = ?",
					Long.class, runId);
			return rows == null ? 0 : rows;
		}
		catch (DataAccessException ex) {
			return 0;
		}
	}

	private long accountsDone(long runId, String step) {
		Long done = jdbc.queryForObject("SELECT COUNT(*) FROM tr_result WHERE run_id = ? AND step = ?", Long.class,
				runId, step);
		return done == null ? 0 : done;
	}

	private static String seconds(Duration duration) {
		long s = Math.round(duration.toMillis() / 1000.0);
		return s >= 60 ? s / 60 + " min " + s % 60 + " s" : s + " s";
	}

	/** One run being watched: its totals, the steps already told, when the last progress line went out. */
	private static final class Watch {

		final JobExecution execution;

		final int inputs;

		final int accounts;

		final Set<String> started = new HashSet<>();

		final Set<String> ended = new HashSet<>();

		Instant lastLine = Instant.now();

		ScheduledFuture<?> future;

		Watch(JobExecution execution, int inputs, int accounts) {
			this.execution = execution;
			this.inputs = inputs;
			this.accounts = accounts;
		}
	}
}
