package com.truereach.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The files of one ingest partition, one at a time. Its position is saved with every chunk, so
 * a run that fails halfway through ingestion resumes after the last file it stored.
 */
public class IngestInputReader implements ItemStreamReader<Ingestion.Input> {

	private static final String POSITION = "ingest.position";

	private final List<Ingestion.Input> inputs;

	private int position;

	public IngestInputReader(List<Ingestion.Input> inputs) {
		this.inputs = List.copyOf(inputs);
	}

	@Override
	public void open(ExecutionContext context) {
		position = context.getInt(POSITION, 0);
	}

	@Override
	public Ingestion.Input read() {
		return position < inputs.size() ? inputs.get(position++) : null;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(POSITION, position);
	}
}
