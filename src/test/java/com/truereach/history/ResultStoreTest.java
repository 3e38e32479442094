package com.truereach.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A step's results, saved as JSON and read back as the records they were. */
class ResultStoreTest {

	record Verdict(String account, BigDecimal share, List<String> reasons) {
	}

	MemoryHistory history;

	ResultStore store;

	@BeforeEach
	void open() {
		history = new MemoryHistory("results");
		store = new ResultStore(history.jdbc);
	}

	@AfterEach
	void close() {
		history.close();
	}

	@Test
	void aResultSavedAgainReplacesTheEarlierOneOfItsRunStepAndAccount() {
		store.saveResult(1, "cleanliness", "b", new Verdict("b", new BigDecimal("0.25"), List.of("gaps")));
		store.saveResult(1, "cleanliness", "a", new Verdict("a", new BigDecimal("0.10"), List.of()));
		store.saveResult(1, "cleanliness", "a", new Verdict("a", new BigDecimal("0.12"), List.of("purge")));
		store.saveResult(1, "conversion", "a", new Verdict("a", BigDecimal.ONE, List.of()));
		store.saveResult(2, "cleanliness", "a", new Verdict("a", BigDecimal.ZERO, List.of()));

		Map<String, Verdict> results = store.results(1, "cleanliness", Verdict.class);

		assertThat(results.keySet()).as("by account").containsExactly("a", "b");
		assertThat(results.get("a")).isEqualTo(new Verdict("a", new BigDecimal("0.12"), List.of("purge")));
		assertThat(results.get("b")).isEqualTo(new Verdict("b", new BigDecimal("0.25"), List.of("gaps")));
		assertThat(store.results(3, "cleanliness", Verdict.class)).isEmpty();
		assertThat(store.result(1, "cleanliness", "b", Verdict.class)).isEqualTo(results.get("b"));
		assertThat(store.result(1, "conversion", "b", Verdict.class)).isNull();
	}
}
