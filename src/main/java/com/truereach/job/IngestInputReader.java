package com.truereach.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The files of one ingest partition, one at a time, from the list its partition was given when
 * the run first started. The count read is saved with every chunk, so a run that fails halfway
 * through ingestion resumes after the last file it stored.
 */
class IngestInputReader extends AbstractItemCountingItemStreamItemReader<Ingestion.Input> {

	private final List<PartitionFile> files;

	private int next;

	IngestInputReader(List<PartitionFile> files) {
		this.files = List.copyOf(files);
		setName("ingestFiles");
	}

	@Override
	protected Ingestion.Input doRead() {
		return next < files.size() ? files.get(next++).input() : null;
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		next = itemIndex;
	}

	@Override
	protected void doOpen() {
		next = 0;
	}

	@Override
	protected void doClose() {
		next = 0;
	}
}
