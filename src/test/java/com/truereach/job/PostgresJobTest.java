package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production database: the whole job, a resume and a re-run on PostgreSQL. Runs where
 * {@code TRUEREACH_PG_URL} names an empty database (.ci/run starts one); H2 covers the rest.
 */
@SpringBootTest
@EnabledIfEnvironmentVariable(named = "TRUEREACH_PG_URL", matches = "jdbc:postgresql:.*")
class PostgresJobTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> System.getenv("TRUEREACH_PG_URL"));
		registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("TRUEREACH_PG_USER", "postgres"));
		registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("TRUEREACH_PG_PASSWORD", ""));
	}

	@Autowired
	JobRunner runner;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	com.truereach.history.ResultStore results;

	@Test
	void batchesOfInsertsGoToTheServerAsMultiRowStatements() {
		assertThat(((com.zaxxer.hikari.HikariDataSource) dataSource).getDataSourceProperties())
			.containsEntry(HistoryConfiguration.REWRITE_BATCHED_INSERTS, "true");
	}

	@Test
	void sessionsCommitWithoutWaitingForTheDisk() {
		assertThat(new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject("SHOW synchronous_commit",
				String.class)).isEqualTo("off");
	}

	@Test
	void aResultSavedAgainReplacesTheStoredOne() {
		// a unique run id: the database is shared with the job run by the other test
		long run = -System.nanoTime();
		results.saveResult(run, "cleanliness", "acme", java.util.List.of("first"));
		results.saveResult(run, "cleanliness", "acme", java.util.List.of("second"));
		assertThat(results.result(run, "cleanliness", "acme", java.util.List.class)).containsExactly("second");
		assertThat(results.results(run, "cleanliness", java.util.List.class)).hasSize(1);
	}

	@Test
	void runsAndRerunsTheJobOnPostgres(@TempDir Path dir) throws Exception {
		Path definition = JobFixture.copyTo(dir);
		RunParameters march = RunParameters.range(definition, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));

		JobRunner.Outcome first = runner.run(march, false);
		JobRunner.Outcome again = runner.run(march, false);

		assertThat(first.succeeded()).as(first.message()).isTrue();
		assertThat(again.succeeded()).as(again.message()).isTrue();
		try (XSSFWorkbook workbook = JobFixture.open(again.report())) {
			var summary = workbook.getSheet("Summary");
			Row header = summary.getRow(TrueReachJobFunctionalTest.HEADER_ROW);
			Row acme = summary.getRow(TrueReachJobFunctionalTest.HEADER_ROW + 1);
			// the same hand-computed figures as on H2 (TrueReachJobFunctionalTest)
			assertThat(acme.getCell(TrueReachJobFunctionalTest.column(header, "Followers at start")).getNumericCellValue())
				.isEqualTo(505);
			assertThat(acme.getCell(TrueReachJobFunctionalTest.column(header, "Attributed revenue")).getNumericCellValue())
				.isEqualTo(24.99);
		}
	}
}
