package com.truereach.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.truereach.domain.Platform;
import com.truereach.domain.Reject;

/** Input files, what a run made of them and their rejected rows, stored from records and read back. */
class InputFileStoreTest {

	static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

	MemoryHistory history;

	InputFileStore store;

	@BeforeEach
	void open() {
		history = new MemoryHistory("input-files");
		store = history.files;
	}

	@AfterEach
	void close() {
		history.close();
	}

	static InputFile file(String path, String sha256) {
		return new InputFile(path, sha256, "x-overview", Platform.X, MAR_1, MAR_1.plusDays(2),
				Instant.parse("2026-03-04T00:00:00Z"));
	}

	static ReadSummary summary(String status, long accepted, List<Reject> rejects) {
		return new ReadSummary(status, "", accepted + rejects.size() + 1, accepted, rejects.size(), 1, 0, rejects);
	}

	@Test
	void aFileIsKnownByItsPathAndContent() {
		long id = store.fileId(file("in/x.csv", "aa"));

		assertThat(store.fileId(file("in/x.csv", "aa"))).isEqualTo(id);
		assertThat(store.fileId(file("in/x.csv", "bb"))).as("changed content").isNotEqualTo(id);
		assertThat(store.fileId(file("in/y.csv", "aa"))).as("the same content elsewhere").isNotEqualTo(id);
	}

	@Test
	void aRunRecordedAgainForAFileReplacesItsRecordAndRejects() {
		long x = store.fileId(file("in/x.csv", "aa"));
		long y = store.fileId(new InputFile("in/y.bin", "(not opened)", null, null, null, null,
				Instant.parse("2026-03-04T00:00:00Z")));
		Reject bad = new Reject("in/x.csv", 7, "Impressions", "n/a", "not a number");
		store.recordRun(1, x, "acme", summary("OK", 3, List.of(bad, bad)), 2);
		store.recordRun(1, x, "acme", summary("OK", 4, List.of(bad)), 1);
		store.recordRun(1, y, "acme", new ReadSummary("SKIPPED", "a pipe", 0, 0, 0, 0, 0, List.of()), 0);
		store.recordRun(2, x, "acme", summary("FAILED", 0, List.of(bad)), 0);

		assertThat(store.fileRuns(1)).containsExactly(
				new InputFileStore.FileRun("in/x.csv", "x-overview", "X", MAR_1, MAR_1.plusDays(2), "acme", "OK", "",
						6, 4, 1, 0, 1, 1),
				new InputFileStore.FileRun("in/y.bin", null, null, null, null, "acme", "SKIPPED", "a pipe", 0, 0, 0, 0,
						0, 0));
		assertThat(store.rejects(1, 100)).containsExactly(bad);
		assertThat(store.fileRuns(3)).isEmpty();
	}

	@Test
	void rejectsAreListedByFileAndLineUpToTheLimitAndCutToTheirColumns() {
		long x = store.fileId(file("in/x.csv", "aa"));
		long a = store.fileId(file("in/a.csv", "aa"));
		String long600 = "v".repeat(600);
		store.recordRun(1, x, "acme", summary("OK", 1, List.of(new Reject("in/x.csv", 9, "C", long600, "r"),
				new Reject("in/x.csv", 3, "C", "v", "r"))), 0);
		store.recordRun(1, a, "acme", summary("OK", 1, List.of(new Reject("in/a.csv", 5, "C", "v", "r"))), 0);

		assertThat(store.rejects(1, 100)).extracting(r -> r.file() + ":" + r.line())
			.containsExactly("in/a.csv:5", "in/x.csv:3", "in/x.csv:9");
		assertThat(store.rejects(1, 2)).hasSize(2);
		assertThat(store.rejects(1, 100).get(2).value()).as("the width of tr_reject.val").hasSize(500);
		assertThat(store.inputReads().outcomes(1)).isEqualTo(Map.of(InputReads.Outcome.NEW, 0L,
				InputReads.Outcome.CHANGED, 0L, InputReads.Outcome.UNCHANGED, 0L));
	}

	@Test
	void aClientsFilesAndRejectsAreThoseOfItsOwners() {
		long x = store.fileId(file("in/x.csv", "aa"));
		long a = store.fileId(file("in/a.csv", "aa"));
		long s = store.fileId(file("in/stripe.csv", "aa"));
		store.recordRun(1, x, "acme", summary("OK", 1, List.of(new Reject("in/x.csv", 9, "C", "v", "r"))), 0);
		store.recordRun(1, a, "other", summary("OK", 1, List.of(new Reject("in/a.csv", 5, "C", "v", "r"))), 0);
		store.recordRun(1, s, "stripe", summary("OK", 1, List.of(new Reject("in/stripe.csv", 2, "C", "v", "r"))), 0);
		store.recordRun(2, a, "acme", summary("OK", 1, List.of(new Reject("in/a.csv", 7, "C", "v", "r"))), 0);

		assertThat(store.fileRuns(1, List.of("acme", "stripe"))).extracting(InputFileStore.FileRun::path)
			.containsExactly("in/x.csv", "in/stripe.csv");
		assertThat(store.rejects(1, List.of("acme", "stripe"), 100)).extracting(r -> r.file() + ":" + r.line())
			.containsExactly("in/stripe.csv:2", "in/x.csv:9");
		assertThat(store.rejects(1, List.of("acme", "stripe"), 1)).hasSize(1);
		assertThat(store.fileRuns(1, List.of())).isEmpty();
		assertThat(store.rejects(1, List.of(), 100)).isEmpty();
	}
}
