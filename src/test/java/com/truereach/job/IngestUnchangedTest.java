package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.truereach.domain.Platform;
import com.truereach.history.AccountDayStore;
import com.truereach.history.AudienceStore;
import com.truereach.history.HistorySchema;
import com.truereach.history.InputFileStore;
import com.truereach.history.InputReads.Outcome;
import com.truereach.history.RevenueStore;
import com.truereach.ingest.FormatReader;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.HashedSource;
import com.truereach.ingest.Meddling;
import com.truereach.ingest.ReadLimits;
import com.truereach.ingest.Source;
import com.truereach.ingest.formats.StandardFormats;

/**
 * A run passes over the inputs an earlier run stored whole and that are unchanged since: their
 * readers are not called, nothing is stored again, and the Data quality record still lists each
 * of their files, as UNCHANGED with the counts of the run that read it. A file touched but
 * unchanged is still recognised; a changed one is read.
 */
class IngestUnchangedTest {

	private static final Path FIXTURE = JobFixture.SOURCE;

	@TempDir
	Path dir;

	SingleConnectionDataSource dataSource;

	JdbcTemplate jdbc;

	InputFileStore store;

	/** Reader calls per file name (a zip entry by its own name). */
	final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

	/** Bytes read per input to tell whether it is unchanged. */
	final Map<String, AtomicLong> looked = new ConcurrentHashMap<>();

	Ingestion ingestion;

	Path xFile;

	Path stripeFile;

	Path zip;

	@BeforeEach
	void setUp() throws IOException {
		dataSource = new SingleConnectionDataSource("jdbc:h2:mem:unchanged;DB_CLOSE_DELAY=-1", "sa", "", true);
		HistorySchema.migrate(dataSource);
		jdbc = new JdbcTemplate(dataSource);
		store = new InputFileStore(jdbc);
		AccountDayStore days = new AccountDayStore(jdbc);
		ingestion = new Ingestion(store, days, new AudienceStore(jdbc, days), new RevenueStore(jdbc), new FormatRegistry(
				StandardFormats.registry().readers().stream().map(this::counting).toList()), ReadLimits.standard(),
				this::countingBytes);
		xFile = Files.copy(FIXTURE.resolve("x/account_overview_analytics.csv"), dir.resolve("overview.csv"));
		// a bad row, so that the run that reads it records a rejected row
		Files.writeString(xFile, "\n\"Wed, Mar 11, 2026\",not a number,1,2,1,1,1,1,1,1,1,1,1,1",
				StandardOpenOption.APPEND);
		stripeFile = Files.copy(FIXTURE.resolve("stripe/unified_payments.csv"), dir.resolve("payments.csv"));
		// checkouts that never charged: skipped rows, so that the run that reads it counts some; and
		// enough of them that the file is larger than the head by which an unchanged file is known
		Files.writeString(stripeFile, ",2026-03-06 11:00:00,20.00,0.00,usd,false,requires_payment_method,,,,,,\n"
			.repeat(2000), StandardOpenOption.APPEND);
		zip = dir.resolve("export.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("inside.csv"));
			Files.copy(FIXTURE.resolve("x/account_overview_analytics.csv"), out);
			out.closeEntry();
		}
	}

	@AfterEach
	void tearDown() {
		jdbc.execute("DROP ALL OBJECTS");
		dataSource.destroy();
	}

	@Test
	void aSecondRunReadsNoUnchangedInputAndListsEachOfItsFilesWithTheCountsOfTheRunThatReadIt() {
		ingestAll(1);
		long series = count("tr_day_series");
		assertThat(reads).containsOnlyKeys(xFile.toString(), stripeFile.toString(), zip + "!/inside.csv");
		assertThat(reads.values()).allMatch(n -> n.get() == 1);
		assertThat(store.inputReads().outcomes(1)).containsEntry(Outcome.NEW, 3L);

		ingestAll(2);

		assertThat(reads.values()).as("no reader is called for an unchanged input").allMatch(n -> n.get() == 1);
		assertThat(store.inputReads().outcomes(2)).containsEntry(Outcome.UNCHANGED, 3L)
			.containsEntry(Outcome.NEW, 0L)
			.containsEntry(Outcome.CHANGED, 0L);
		assertThat(count("tr_day_series")).as("nothing stored again").isEqualTo(series);
		assertThat(fileRuns(2)).containsExactlyElementsOf(fileRuns(1).stream()
			.map(row -> row.replace(" OK ", " UNCHANGED "))
			.toList());
		assertThat(store.fileRuns(2)).allSatisfy(run -> assertThat(run.message()).startsWith("unchanged since "));
		assertThat(store.fileRuns(2)).extracting(InputFileStore.FileRun::skipped).contains(2000L);
		assertThat(store.rejects(2, 100)).as("the rejected row of the run that read it")
			.singleElement()
			.satisfies(reject -> assertThat(reject.file()).isEqualTo(xFile.toString()))
			.isEqualTo(store.rejects(1, 100).get(0));

		ingestAll(3);

		assertThat(reads.values()).allMatch(n -> n.get() == 1);
		assertThat(store.fileRuns(3)).as("counts still of the run that read it, not of the one that repeated them")
			.extracting(InputFileStore.FileRun::read)
			.containsExactlyElementsOf(store.fileRuns(1).stream().map(InputFileStore.FileRun::read).toList());
	}

	@Test
	void anUnchangedFileIsKnownByItsFirstBytesWithoutReadingItWhole() throws IOException {
		ingestAll(1);
		looked.clear();

		ingestAll(2);

		assertThat(Files.size(stripeFile)).isGreaterThan(2L * HashedSource.HEAD_BYTES);
		assertThat(looked.get(stripeFile.toString())).as("its first 64 KiB only").hasValue(HashedSource.HEAD_BYTES);
		assertThat(reads.get(stripeFile.toString())).hasValue(1);
		assertThat(status(2, stripeFile)).isEqualTo("UNCHANGED");
	}

	@Test
	void aFileTouchedButUnchangedIsRecognisedByItsWholeContentAndNotStoredAgain() throws IOException {
		ingestAll(1);
		touch(xFile, 3600);
		touch(zip, 3600);
		touch(stripeFile, 3600);
		looked.clear();

		ingestAll(2);

		assertThat(looked.get(stripeFile.toString())).as("its time differs: read whole to compare its digest")
			.hasValueGreaterThanOrEqualTo(Files.size(stripeFile));
		assertThat(reads.values()).allMatch(n -> n.get() == 1);
		assertThat(store.inputReads().outcomes(2)).containsEntry(Outcome.UNCHANGED, 3L);
		assertThat(store.inputReads().lastRead("acme-x", xFile.toString()).orElseThrow().fingerprint().modifiedMicros())
			.as("known by its new time from now on")
			.isEqualTo(Files.getLastModifiedTime(xFile).to(java.util.concurrent.TimeUnit.MICROSECONDS));
	}

	@Test
	void aChangedFileIsReadAndStoredAndTheOthersAreNot() throws IOException {
		ingestAll(1);
		Files.writeString(stripeFile, Files.readString(stripeFile).replace("spring", "summer"));

		ingestAll(2);

		assertThat(reads.get(stripeFile.toString())).hasValue(2);
		assertThat(reads.get(xFile.toString())).hasValue(1);
		assertThat(store.inputReads().outcomes(2)).containsEntry(Outcome.CHANGED, 1L)
			.containsEntry(Outcome.UNCHANGED, 2L);
		assertThat(jdbc.queryForList("SELECT DISTINCT utm_campaign FROM tr_revenue WHERE utm_campaign <> ''",
				String.class)).containsExactly("summer");
		assertThat(status(2, stripeFile)).isEqualTo("OK");
	}

	@Test
	void aFileOfTheSameSizeAndTimeWithAnotherBeginningIsRead() throws IOException {
		ingestAll(1);
		FileTime time = Files.getLastModifiedTime(stripeFile);
		String content = Files.readString(stripeFile);
		Files.writeString(stripeFile, content.replace("spring", "sprung"));
		Files.setLastModifiedTime(stripeFile, time);

		ingestAll(2);

		assertThat(reads.get(stripeFile.toString())).hasValue(2);
		assertThat(jdbc.queryForList("SELECT DISTINCT utm_campaign FROM tr_revenue WHERE utm_campaign <> ''",
				String.class)).containsExactly("sprung");
	}

	/**
	 * What the first bytes, the size and the time cannot tell: a change after the first 64 KiB by
	 * a tool that keeps the size and sets the time back. Such a file is taken as unchanged; the
	 * README says so, and how to read everything again.
	 */
	@Test
	void aChangeAfterTheHeadThatKeepsTheSizeAndTheTimeIsNotSeen() throws IOException {
		ingestAll(1);
		FileTime time = Files.getLastModifiedTime(stripeFile);
		byte[] content = Files.readAllBytes(stripeFile);
		int last = content.length - 40;
		assertThat(last).isGreaterThan(HashedSource.HEAD_BYTES);
		content[last] = (byte) (content[last] == '1' ? '2' : '1');
		Files.write(stripeFile, content);
		Files.setLastModifiedTime(stripeFile, time);

		ingestAll(2);

		assertThat(reads.get(stripeFile.toString())).hasValue(1);
		assertThat(status(2, stripeFile)).isEqualTo("UNCHANGED");
	}

	@Test
	void aFileRemovedSinceIsNeverTakenForUnchanged() throws IOException {
		ingestAll(1);
		Files.delete(xFile);

		ingestAll(2);

		assertThat(status(2, xFile)).as("listed, but gone: an error of reading, not the counts stored for it")
			.isEqualTo("ERROR");
		assertThat(store.inputReads().outcomes(2)).containsEntry(Outcome.CHANGED, 1L)
			.containsEntry(Outcome.UNCHANGED, 2L);
		assertThat(store.inputReads().lastRead("acme-x", xFile.toString()).orElseThrow().fingerprint())
			.as("read again once it is back")
			.isNull();
		assertThat(count("tr_day_series")).as("its days stay stored: the history keeps what a file said")
			.isGreaterThan(0);
	}

	@Test
	void aFilePassedOverOneByOneIsRecordedAsWhenPassedOverWithTheOthers() {
		ingestAll(1);
		ingestAll(2);

		for (Path path : List.of(xFile, zip)) {
			ingestion.store(ingestion.read(new Ingestion.Input("acme-x", Platform.X, path), 0.5), 3);
		}
		ingestion.store(ingestion.read(new Ingestion.Input("stripe", null, stripeFile), 0.5), 3);

		assertThat(reads.values()).allMatch(n -> n.get() == 1);
		assertThat(fileRuns(3)).containsExactlyElementsOf(fileRuns(2));
		assertThat(store.rejects(3, 100)).isEqualTo(store.rejects(2, 100));
		assertThat(store.inputReads().outcomes(3)).containsEntry(Outcome.UNCHANGED, 3L);
	}

	@Test
	void anInputNotUsableWhenReadOrJudgedByAnotherThresholdIsReadAgain() {
		ingest(1, xFile, 0.0);
		assertThat(status(1, xFile)).as("its one rejected row is over a threshold of 0").isEqualTo("FAILED");

		ingest(2, xFile, 0.0);
		assertThat(reads.get(xFile.toString())).as("not usable: read again").hasValue(2);

		ingest(3, xFile, 0.5);
		ingest(4, xFile, 0.5);
		ingest(5, xFile, 0.4);

		assertThat(reads.get(xFile.toString())).as("read under 0.5, unchanged under 0.5, read under 0.4").hasValue(4);
		assertThat(List.of(status(3, xFile), status(4, xFile), status(5, xFile))).containsExactly("OK", "UNCHANGED",
				"OK");
	}

	/** As the ingest step does: the inputs unchanged are passed over all at once, the others read one by one. */
	private void ingestAll(long runId) {
		List<Ingestion.Input> inputs = List.of(new Ingestion.Input("acme-x", Platform.X, xFile),
				new Ingestion.Input("acme-x", Platform.X, zip), new Ingestion.Input("stripe", null, stripeFile));
		List<Ingestion.Input> passed = ingestion.passOver(inputs, 0.5, runId);
		inputs.stream()
			.filter(input -> !passed.contains(input))
			.forEach(input -> ingestion.store(ingestion.read(input, 0.5), runId));
	}

	private void ingest(long runId, Path path, double threshold) {
		ingestion.store(ingestion.read(new Ingestion.Input("acme-x", Platform.X, path), threshold), runId);
	}

	/** The file as a source whose reads are counted in {@link #looked}. */
	private Source countingBytes(Path path) {
		Source file = Source.of(path);
		AtomicLong bytes = looked.computeIfAbsent(path.toString(), k -> new AtomicLong());
		return new Source() {
			@Override
			public String name() {
				return file.name();
			}

			@Override
			public InputStream open() throws IOException {
				return new FilterInputStream(file.open()) {
					@Override
					public int read() throws IOException {
						int b = super.read();
						bytes.addAndGet(b < 0 ? 0 : 1);
						return b;
					}

					@Override
					public int read(byte[] buffer, int off, int len) throws IOException {
						int n = super.read(buffer, off, len);
						bytes.addAndGet(Math.max(n, 0));
						return n;
					}
				};
			}

			@Override
			public Instant modified() {
				return file.modified();
			}

			@Override
			public long size() {
				return file.size();
			}
		};
	}

	private List<String> fileRuns(long runId) {
		return store.fileRuns(runId)
			.stream()
			.map(r -> r.path() + " " + r.owner() + " " + r.status() + " " + r.read() + " " + r.accepted() + " "
					+ r.rejected() + " " + r.skipped() + " " + r.replaced())
			.toList();
	}

	private String status(long runId, Path path) {
		return jdbc.queryForObject("SELECT r.status FROM tr_file_run r JOIN tr_input_file f ON f.id = r.file_id"
				+ " WHERE r.run_id = ? AND f.path = ?", String.class, runId, path.toString());
	}

	private long count(String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	private static void touch(Path file, long seconds) throws IOException {
		Instant time = Files.getLastModifiedTime(file).toInstant().plusSeconds(seconds);
		Files.setLastModifiedTime(file, FileTime.from(time));
	}

	/** {@code real}, counting its calls by the name of the file it reads. */
	private FormatReader counting(FormatReader real) {
		return Meddling.wrapped(real, (reader, source, sink) -> {
			reads.computeIfAbsent(source.name(), k -> new AtomicInteger()).incrementAndGet();
			reader.read(source, sink);
		});
	}
}
