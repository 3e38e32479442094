package com.truereach.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.truereach.history.HistoryStore;
import com.truereach.ingest.FileParser;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.Platform;

/**
 * Step 1: reads every file the definition names, stores what is usable in the history and
 * records, per file, what happened to every row. Files are stored oldest export first, so that
 * within a run too the newer export of overlapping days is written last. At the end the run's
 * range is fixed (for the nightly window it depends on what the inputs cover).
 */
public class IngestTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(IngestTasklet.class);

	private final HistoryStore store;

	private final FormatRegistry registry;

	public IngestTasklet(HistoryStore store, FormatRegistry registry) {
		this.store = store;
		this.registry = registry;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		JobDefinition definition = run.definition();
		FileParser parser = new FileParser(registry, definition.rejectThreshold());
		List<Owned> files = new ArrayList<>();
		for (JobDefinition.Account account : definition.accounts()) {
			for (Path path : account.files()) {
				parser.parse(path).forEach(parsed -> files.add(new Owned(account.id(), account.platform(), parsed)));
			}
		}
		for (JobDefinition.RevenueSource source : definition.revenue()) {
			for (Path path : source.files()) {
				parser.parse(path).forEach(parsed -> files.add(new Owned(source.name(), null, parsed)));
			}
		}
		files.sort(Comparator.comparing((Owned o) -> o.parsed().last(), Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(o -> o.parsed().source().modified())
			.thenComparing(o -> o.parsed().source().name()));
		long read = 0;
		long rejected = 0;
		for (Owned owned : files) {
			ParsedFile parsed = owned.parsed();
			checkBelongs(owned);
			long fileId = store.fileId(parsed);
			long replaced = parsed.usable() ? store.store(owned.owner(), parsed, fileId) : 0;
			store.recordRun(run.runId(), fileId, owned.owner(), parsed, replaced);
			read += parsed.read();
			rejected += parsed.rejected();
			contribution.incrementReadCount();
			if (parsed.usable()) {
				log.info("{}: {} ({}) read {}, accepted {}, rejected {}, replaced {} days", owned.owner(),
						parsed.source().name(), parsed.format().id(), parsed.read(), parsed.accepted(), parsed.rejected(),
						replaced);
			}
			else {
				log.warn("{}: {} {}: {}", owned.owner(), parsed.source().name(), parsed.status(), parsed.message());
			}
		}
		contribution.incrementWriteCount(read - rejected);
		run.fixRange(resolveRange(run, definition));
		log.info("ingested {} files, {} rows read, {} rejected; report range {} to {}", files.size(), read, rejected,
				run.from(), run.to());
		return RepeatStatus.FINISHED;
	}

	/** A file listed under the wrong owner is not used: its rows would land where nobody reads them. */
	private void checkBelongs(Owned owned) {
		ParsedFile parsed = owned.parsed();
		if (!parsed.usable() || parsed.format() == null) {
			return;
		}
		Platform format = parsed.format().platform();
		boolean onlyProfiles = parsed.profiles().size() == parsed.accepted() && !parsed.profiles().isEmpty();
		if (owned.platform() == null && format.isSocial()) {
			parsed.fail(ParsedFile.Status.FAILED, "a " + format.label() + " export is listed as a revenue source; not used");
		}
		else if (owned.platform() != null && !format.isSocial()) {
			parsed.fail(ParsedFile.Status.FAILED,
					"a " + format.label() + " revenue export is listed under account " + owned.owner() + "; not used");
		}
		else if (owned.platform() != null && !onlyProfiles && !samePlatform(owned.platform(), format)) {
			parsed.fail(ParsedFile.Status.FAILED, "a " + format.label() + " export is listed under "
					+ owned.platform().label() + " account " + owned.owner() + "; not used");
		}
	}

	/** Meta's insights and post exports serve Instagram and Facebook alike; the definition says which. */
	private static boolean samePlatform(Platform account, Platform format) {
		boolean meta = (account == Platform.INSTAGRAM || account == Platform.FACEBOOK)
				&& (format == Platform.INSTAGRAM || format == Platform.FACEBOOK);
		return account == format || meta;
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

	private record Owned(String owner, Platform platform, ParsedFile parsed) {
	}
}
