package com.truereach.job;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import com.truereach.history.AccountDayStore;
import com.truereach.history.InputFileStore;
import com.truereach.history.InputReads;
import com.truereach.ingest.ReadLimits;

/**
 * Fixes the run's report range once ingestion is done: a range asked for is kept; the nightly
 * window ends yesterday, on a fixed day, or on the last day the inputs cover.
 */
public class IngestRange implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(IngestRange.class);

	private final AccountDayStore accountDays;

	private final InputFileStore inputFiles;

	private final RunContext run;

	public IngestRange(AccountDayStore accountDays, InputFileStore inputFiles, RunContext run) {
		this.accountDays = accountDays;
		this.inputFiles = inputFiles;
		this.run = run;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus().isUnsuccessful()) {
			return null;
		}
		JobDefinition definition = run.definition();
		LocalDate[] range;
		if (run.parameters().from() != null) {
			range = new LocalDate[] { run.parameters().from(), run.parameters().to() };
		}
		else {
			JobDefinition.Window window = definition.window();
			LocalDate end = switch (window.ending()) {
				case YESTERDAY -> run.parameters().asOf().minusDays(1);
				case DATE -> window.endingDate();
				case LATEST -> definition.accounts()
					.stream()
					.map(a -> accountDays.lastDay(a.id(), ReadLimits.standard().latestDay()))
					.filter(Objects::nonNull)
					.max(Comparator.naturalOrder())
					.orElse(run.parameters().asOf().minusDays(1));
			};
			range = new LocalDate[] { end.minusDays(window.days() - 1L), end };
		}
		run.fixRange(range);
		Map<InputReads.Outcome, Long> outcomes = inputFiles.inputReads().outcomes(run.runId());
		// the partitions' read count leaves out the inputs passed over before they were dealt
		log.info("ingested {} files ({} new, {} changed, {} unchanged and not read again); report range {} to {}",
				outcomes.values().stream().mapToLong(Long::longValue).sum(), outcomes.get(InputReads.Outcome.NEW),
				outcomes.get(InputReads.Outcome.CHANGED), outcomes.get(InputReads.Outcome.UNCHANGED), run.from(),
				run.to());
		return null;
	}
}
