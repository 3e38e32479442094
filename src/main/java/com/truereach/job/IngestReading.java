package com.truereach.job;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.truereach.ingest.FileContext;

/**
 * Reads the files of an ingest partition. A resumed partition's list is the one dealt when the
 * run first started; a file the definition no longer lists is passed over (the ingest step has
 * reported it, see {@link FileSetChange}).
 */
class IngestReading implements ItemProcessor<Ingestion.Input, Ingestion.Parsed> {

	private static final Logger log = LoggerFactory.getLogger(IngestReading.class);

	private final Ingestion ingestion;

	/** The inputs the definition lists, with what it says about each. */
	private final Map<Ingestion.Input, FileContext> listed;

	private final double rejectThreshold;

	IngestReading(Ingestion ingestion, JobDefinition definition) {
		this.ingestion = ingestion;
		this.listed = Ingestion.contexts(definition);
		this.rejectThreshold = definition.rejectThreshold();
	}

	@Override
	public Ingestion.Parsed process(Ingestion.Input input) {
		FileContext context = listed.get(input);
		if (context == null) {
			log.info("{}: {} is no longer listed by the definition; not read", input.owner(), input.path());
			return null;
		}
		return ingestion.read(input, context, rejectThreshold);
	}
}
