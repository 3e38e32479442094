package com.truereach.job;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.truereach.history.HistoryStore;
import com.truereach.ingest.FormatRegistry;

/**
 * Step 1: reads every file the definition names, stores what is usable in the history and
 * records, per file, what happened to every row. At the end the run's range is fixed (for the
 * nightly window it depends on what the inputs cover).
 */
public class IngestTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(IngestTasklet.class);

	private final HistoryStore store;

	private final Ingestion ingestion;

	public IngestTasklet(HistoryStore store, FormatRegistry registry) {
		this.store = store;
		this.ingestion = new Ingestion(store, registry);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		JobDefinition definition = run.definition();
		Ingestion.Totals totals = ingestion.ingest(definition, run.runId(), (parsed, readNanos, storeNanos) -> {
			contribution.incrementReadCount();
			if (parsed.usable()) {
				contribution.incrementWriteCount(1);
			}
		});
		run.fixRange(resolveRange(run, definition));
		log.info("ingested {} files, {} rows read, {} rejected; report range {} to {}", totals.files(), totals.read(),
				totals.rejected(), run.from(), run.to());
		return RepeatStatus.FINISHED;
	}

	private LocalDate[] resolveRange(RunContext run, JobDefinition definition) {
		if (run.parameters().from() != null) {
			return new LocalDate[] { run.parameters().from(), run.parameters().to() };
		}
		JobDefinition.Window window = definition.window();
		LocalDate end = switch (window.ending()) {
			case YESTERDAY -> run.parameters().asOf().minusDays(1);
			case DATE -> window.endingDate();
			case LATEST -> definition.accounts()
				.stream()
				.map(a -> store.lastDay(a.id()))
				.filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.orElse(run.parameters().asOf().minusDays(1));
		};
		return new LocalDate[] { end.minusDays(window.days() - 1L), end };
	}
}
