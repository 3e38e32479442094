package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The ingest partitions are dealt once per request: a resume keeps the first deal, whatever the
 * folders hold by then, gives files added since a partition of their own and reports the change.
 */
class IngestPartitionerTest {

	@TempDir
	Path dir;

	private Path definition;

	private final StepExecution ingest = new StepExecution(1L, "ingest",
			new JobExecution(1L, new JobInstance(7L, "trueReach"), null));

	/** The deal handed to the partitions' readers, one per start of the ingest step. */
	private IngestDeal deal;

	@BeforeEach
	void definition() throws IOException {
		for (String file : List.of("x/a.csv", "x/b.csv", "ig/c.csv", "shop/big.csv", "shop/small.csv")) {
			Files.createDirectories(this.dir.resolve(file).getParent());
			Files.write(this.dir.resolve(file), new byte[file.endsWith("big.csv") ? 900 : 100]);
		}
		this.definition = Files.writeString(this.dir.resolve("job.yml"), """
				name: t
				output: reports
				accounts:
				  - { id: acme-x, platform: x, files: ["x/*.csv"] }
				  - { id: acme-ig, platform: instagram, files: ["ig/*.csv"] }
				revenue:
				  - { name: shop, files: ["shop/*.csv"] }
				""");
	}

	@Test
	void aResumeKeepsTheFirstDealAndReadsTheFilesAddedSince() throws IOException {
		Map<String, ExecutionContext> first = partitioner().partition(2);

		assertThat(first).containsOnlyKeys("partition0", "partition1");
		assertThat(names(first.get("partition0"))).containsExactly("big.csv", "small.csv");
		assertThat(names(first.get("partition1"))).containsExactly("a.csv", "b.csv", "c.csv");
		assertThat(FileSetChange.in(this.ingest.getJobExecution().getExecutionContext()).isEmpty()).isTrue();

		// the shop's big export is gone and the X account has a new one: dealt again, the X files
		// would move to partition 0
		Files.delete(this.dir.resolve("shop/big.csv"));
		Files.write(this.dir.resolve("x/d.csv"), new byte[100]);
		Map<String, ExecutionContext> resumed = partitioner().partition(2);

		assertThat(resumed).hasSize(3).containsKeys("partition0", "partition1");
		assertThat(names(resumed.get("partition0"))).containsExactly("big.csv", "small.csv");
		assertThat(names(resumed.get("partition1"))).containsExactly("a.csv", "b.csv", "c.csv");
		String added = resumed.keySet().stream().filter(k -> k.startsWith("added-")).findFirst().orElseThrow();
		assertThat(names(resumed.get(added))).containsExactly("d.csv");
		FileSetChange change = FileSetChange.in(this.ingest.getJobExecution().getExecutionContext());
		assertThat(change.added()).extracting(PartitionFile::owner).containsExactly("acme-x");
		assertThat(change.removed()).extracting(PartitionFile::path).containsExactly(path("shop/big.csv"));
		assertThat(change.describe()).isEqualTo("The input files changed after this run first started: 1 added ("
				+ path("x/d.csv") + "), read by the resume; 1 no longer listed (" + path("shop/big.csv")
				+ "), not read by the resume.");

		// asked again for the same files, the added ones get the same partition: a resume of the resume finds it
		assertThat(partitioner().partition(2)).containsOnlyKeys(resumed.keySet());
	}

	@Test
	void aFileNoLongerListedIsPassedOverWhenItsPartitionResumes() throws Exception {
		Map<String, ExecutionContext> first = partitioner().partition(1);
		Files.delete(this.dir.resolve("x/b.csv"));
		IngestReading reading = new IngestReading(null, JobDefinitionLoader.load(this.definition));
		IngestInputReader reader = new IngestInputReader(files(first.get("partition0")));
		assertThat(first.get("partition0").getString(IngestPartitioner.PARTITION)).isEqualTo("partition0");
		reader.open(new ExecutionContext());

		Ingestion.Input a = reader.read();
		Ingestion.Input b = reader.read();

		assertThat(a.path().getFileName()).hasToString("a.csv");
		assertThat(b.path().getFileName()).hasToString("b.csv");
		assertThat(reading.process(b)).as("not read: the definition lists it no more").isNull();
	}

	@Test
	void theReaderResumesAfterTheFilesItRead() throws Exception {
		List<PartitionFile> files = files(partitioner().partition(1).get("partition0"));
		IngestInputReader reader = new IngestInputReader(files);
		ExecutionContext saved = new ExecutionContext();
		reader.open(saved);
		reader.read();
		reader.read();
		reader.update(saved);

		IngestInputReader resumed = new IngestInputReader(files);
		resumed.open(saved);

		assertThat(resumed.read().path().getFileName()).hasToString("c.csv");
		assertThat(resumed.read().path().getFileName()).hasToString("big.csv");
		assertThat(resumed.read().path().getFileName()).hasToString("small.csv");
		assertThat(resumed.read()).isNull();
	}

	/** A partitioner as each start of the ingest step has one: the definition read again, the step's context kept. */
	private IngestPartitioner partitioner() {
		JobExecution job = this.ingest.getJobExecution();
		RunContext run = new RunContext(RunParameters.range(this.definition, LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 10)), JobDefinitionLoader.load(this.definition), 7L, job.getExecutionContext());
		this.deal = new IngestDeal();
		return new IngestPartitioner(run, this.ingest, new ResourcelessJobRepository(), this.deal,
				inputs -> List.of(), TransactionOperations.withoutTransaction());
	}

	private String path(String file) {
		return this.dir.resolve(file).toString();
	}

	/** The files the partition's context names, as its reader gets them. */
	private List<PartitionFile> files(ExecutionContext partition) {
		return this.deal.files(partition.getString(IngestPartitioner.PARTITION));
	}

	private List<String> names(ExecutionContext partition) {
		List<String> names = new ArrayList<>();
		files(partition).forEach(f -> names.add(Path.of(f.path()).getFileName().toString()));
		return names;
	}
}
