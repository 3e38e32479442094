package com.truereach.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.databind.json.JsonMapper;

/** A step's results, saved packed and read back as the records they were, in a schema Flyway migrated. */
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

	record Series(String account, List<Double> values, List<String> notes) {
	}

	/** A two-year account with every day's figures and evidence is hundreds of kilobytes of JSON. */
	private static Series large(String account) {
		return new Series(account, IntStream.range(0, 200_000).mapToObj(i -> i * 1.5 + (i % 7) / 3.0).toList(),
				IntStream.range(0, 5_000).mapToObj(i -> "day " + i + ": 1,234 followers gained, no purge").toList());
	}

	@Test
	void aLargeResultIsStoredPackedAndReadBackEqual() {
		Series series = large("big");
		store.saveResult(4, "cleanliness", "big", series);

		assertThat(store.result(4, "cleanliness", "big", Series.class)).isEqualTo(series);
		assertThat(store.results(4, "cleanliness", Series.class)).containsExactly(Map.entry("big", series));
		int json = JsonMapper.builder().build().writeValueAsBytes(series).length;
		int packed = history.jdbc.queryForObject("SELECT OCTET_LENGTH(packed) FROM tr_result", Integer.class);
		assertThat(packed).as("packed bytes against %d of JSON", json).isLessThan(json / 4);
		assertThat(history.jdbc.queryForObject("SELECT COUNT(*) FROM tr_result WHERE payload IS NULL", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aRowSavedAsJsonBeforeVersion5IsReadAfterTheMigrationBesidePackedOnes() {
		try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
				"jdbc:h2:mem:results-v4-" + System.nanoTime(), "sa", "", true)) {
			HistorySchema.configure(Flyway.configure()).dataSource(dataSource).target("4").load().migrate();
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			jdbc.update("INSERT INTO tr_result (run_id, step, account, payload) VALUES (1, 'cleanliness', 'a', ?)",
					"{\"account\":\"a\",\"share\":0.25,\"reasons\":[\"gaps\"]}");
			HistorySchema.migrate(dataSource);
			ResultStore migrated = new ResultStore(jdbc);
			migrated.saveResult(1, "cleanliness", "b", new Verdict("b", BigDecimal.ONE, List.of()));

			assertThat(migrated.result(1, "cleanliness", "a", Verdict.class))
				.isEqualTo(new Verdict("a", new BigDecimal("0.25"), List.of("gaps")));
			assertThat(migrated.results(1, "cleanliness", Verdict.class)).containsExactly(
					Map.entry("a", new Verdict("a", new BigDecimal("0.25"), List.of("gaps"))),
					Map.entry("b", new Verdict("b", BigDecimal.ONE, List.of())));
			migrated.saveResult(1, "cleanliness", "a", new Verdict("a", BigDecimal.TEN, List.of()));
			assertThat(migrated.result(1, "cleanliness", "a", Verdict.class))
				.as("a resumed run saving the account again replaces the old row")
				.isEqualTo(new Verdict("a", BigDecimal.TEN, List.of()));
		}
	}
}
