package com.truereach.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Deals the definition's files out to the ingest partitions once, when a request first starts,
 * and keeps the deal in the ingest step's execution context, saved at once. A restart finds it
 * there, so a resumed partition reads the rest of the very list it had (its execution context
 * names the list and keeps its reader's position), whatever the folders hold by then; a deal made
 * again over a changed file list would hand some files to partitions that already completed, and
 * they would never be read. Files added since the first start get a partition of their own; files
 * added or removed are logged and kept for the workbook ({@link FileSetChange}). The lists of one
 * execution's partitions are handed to their readers through {@link IngestDeal}.
 */
class IngestPartitioner implements Partitioner {

	/** The name of a partition's list of files, in its execution context. */
	static final String PARTITION = "ingest.partition";

	/** Every partition's files as dealt at the first start, in the ingest step's context. */
	static final String DEALT = "ingest.dealt";

	private static final Logger log = LoggerFactory.getLogger(IngestPartitioner.class);

	private final RunContext run;

	private final StepExecution step;

	private final JobRepository repository;

	private final IngestDeal deal;

	/** @param step the ingest step's execution, whose context keeps the deal */
	IngestPartitioner(RunContext run, StepExecution step, JobRepository repository, IngestDeal deal) {
		this.run = run;
		this.step = step;
		this.repository = repository;
		this.deal = deal;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<PartitionFile> now = Ingestion.inputs(run.definition()).stream().map(PartitionFile::of).toList();
		List<List<PartitionFile>> dealt = dealt(now, gridSize);
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		List<PartitionFile> first = new ArrayList<>();
		for (int p = 0; p < dealt.size(); p++) {
			partitions.put("partition" + p, files("partition" + p, dealt.get(p)));
			first.addAll(dealt.get(p));
		}
		FileSetChange change = FileSetChange.between(first, now);
		if (!change.added().isEmpty()) {
			String name = change.addedPartitionName();
			partitions.put(name, files(name, change.added()));
		}
		record(change);
		return partitions;
	}

	@SuppressWarnings("unchecked")
	private List<List<PartitionFile>> dealt(List<PartitionFile> now, int gridSize) {
		ExecutionContext context = step.getExecutionContext();
		if (context.containsKey(DEALT)) {
			return ((List<List<String>>) context.get(DEALT)).stream().map(PartitionFile::decode).toList();
		}
		List<List<PartitionFile>> dealt = new ArrayList<>();
		ArrayList<ArrayList<String>> kept = new ArrayList<>();
		for (List<Ingestion.Input> part : Ingestion.deal(now.stream().map(PartitionFile::input).toList(), gridSize)) {
			List<PartitionFile> files = part.stream().map(PartitionFile::of).toList();
			dealt.add(files);
			kept.add(PartitionFile.encode(files));
		}
		context.put(DEALT, kept);
		// saved before any partition runs: a run killed before this step ends must find its deal again
		repository.updateExecutionContext(step);
		return dealt;
	}

	private void record(FileSetChange change) {
		if (!change.isEmpty()) {
			log.warn(change.describe());
		}
		if (change.keepIn(run.context())) {
			repository.updateExecutionContext(step.getJobExecution());
		}
	}

	private ExecutionContext files(String partition, List<PartitionFile> files) {
		deal.put(partition, files);
		ExecutionContext context = new ExecutionContext();
		context.putString(PARTITION, partition);
		return context;
	}
}
