package com.truereach.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Deals the definition's files out to the ingest partitions once, when a request first starts,
 * and keeps the deal in the ingest step's execution context, saved at once. A restart finds it
 * there, so a resumed partition reads the rest of the very list it had (its execution context
 * names the list and keeps its reader's position), whatever the folders hold by then; a deal made
 * again over a changed file list would hand some files to partitions that already completed, and
 * they would never be read. Before the first deal, the inputs that an earlier run stored whole and
 * that are unchanged since are passed over, all at once (a nightly run adds a few exports to
 * thousands): only the others are dealt out to be read, one file per chunk. Files added since the
 * first start get a partition of their own; files
 * added or removed are logged and kept for the workbook ({@link FileSetChange}). The lists of one
 * execution's partitions are handed to their readers through {@link IngestDeal}.
 */
class IngestPartitioner implements Partitioner {

	/** The name of a partition's list of files, in its execution context. */
	static final String PARTITION = "ingest.partition";

	/** Every partition's files as dealt at the first start, in the ingest step's context. */
	static final String DEALT = "ingest.dealt";

	/** The files passed over at the first start as stored and unchanged, in the ingest step's context. */
	static final String PASSED_OVER = "ingest.passedOver";

	private static final Logger log = LoggerFactory.getLogger(IngestPartitioner.class);

	private final RunContext run;

	private final StepExecution step;

	private final JobRepository repository;

	private final IngestDeal deal;

	private final PassOver passOver;

	private final TransactionOperations transaction;

	/**
	 * Of a run's inputs, those stored whole by an earlier run and unchanged since, recorded as
	 * passed over ({@link Ingestion#passOver}).
	 */
	interface PassOver {
		List<Ingestion.Input> unchanged(List<Ingestion.Input> inputs);
	}

	/**
	 * @param step the ingest step's execution, whose context keeps the deal
	 * @param transaction the one transaction in which the inputs passed over are recorded and the deal is kept
	 */
	IngestPartitioner(RunContext run, StepExecution step, JobRepository repository, IngestDeal deal, PassOver passOver,
			TransactionOperations transaction) {
		this.run = run;
		this.step = step;
		this.repository = repository;
		this.deal = deal;
		this.passOver = passOver;
		this.transaction = transaction;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<PartitionFile> now = Ingestion.inputs(run.definition()).stream().map(PartitionFile::of).toList();
		ExecutionContext context = step.getExecutionContext();
		if (!context.containsKey(DEALT)) {
			transaction.executeWithoutResult(status -> deal(now, gridSize));
		}
		List<List<PartitionFile>> dealt = decoded(context, DEALT);
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		List<PartitionFile> first = new ArrayList<>(PartitionFile.decode(list(context, PASSED_OVER)));
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

	/**
	 * The first start's deal: the inputs unchanged since an earlier run stored them are recorded
	 * as passed over and kept apart; the others are dealt out to the partitions to be read. Kept
	 * in the step's context and saved with the record of the inputs passed over, before any
	 * partition runs: a run killed before this step ends must find its deal again, and a resume
	 * neither reads nor records those inputs again.
	 */
	private void deal(List<PartitionFile> now, int gridSize) {
		List<Ingestion.Input> inputs = now.stream().map(PartitionFile::input).toList();
		Set<Ingestion.Input> unchanged = new HashSet<>(passOver.unchanged(inputs));
		ArrayList<ArrayList<String>> dealt = new ArrayList<>();
		List<Ingestion.Input> toRead = inputs.stream().filter(input -> !unchanged.contains(input)).toList();
		for (List<Ingestion.Input> part : Ingestion.deal(toRead, gridSize)) {
			dealt.add(PartitionFile.encode(part.stream().map(PartitionFile::of).toList()));
		}
		ExecutionContext context = step.getExecutionContext();
		context.put(DEALT, dealt);
		context.put(PASSED_OVER, PartitionFile.encode(
				inputs.stream().filter(unchanged::contains).map(PartitionFile::of).toList()));
		repository.updateExecutionContext(step);
	}

	@SuppressWarnings("unchecked")
	private static List<List<PartitionFile>> decoded(ExecutionContext context, String key) {
		return ((List<List<String>>) context.get(key)).stream().map(PartitionFile::decode).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(ExecutionContext context, String key) {
		return context.containsKey(key) ? (List<String>) context.get(key) : List.of();
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
