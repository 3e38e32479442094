package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.truereach.TrueReachApplication;
import com.truereach.history.ResultStore;

import tools.jackson.databind.JsonNode;

/**
 * The per-account steps (cleanliness, conversion) give the same results in four partitions as in
 * one: on the demo input, every stored step result, payload by payload (the conversion's first
 * pass, each account's conversion and episode impacts among them), and every cell of the workbook.
 */
class PartitionedRunTest {

	@Test
	void fourPartitionsGiveWhatOneGives(@TempDir Path dir) throws Exception {
		JobFixture.demoIn(dir);

		Run sequential = run(dir, 1);
		Run partitioned = run(dir, 4);

		assertThat(sequential.partitions).isEqualTo(1);
		assertThat(partitioned.partitions).isEqualTo(4);
		assertThat(sequential.conversionPartitions).isEqualTo(1);
		assertThat(partitioned.conversionPartitions).isEqualTo(4);

		assertThat(partitioned.results).hasSize(sequential.results.size());
		assertThat(partitioned.results).as("stored step results").containsExactlyElementsOf(sequential.results);
		try (XSSFWorkbook a = new XSSFWorkbook(new java.io.ByteArrayInputStream(sequential.workbook));
				XSSFWorkbook b = new XSSFWorkbook(new java.io.ByteArrayInputStream(partitioned.workbook))) {
			JobFixture.assertSameContent(a, b);
		}
	}

	/** One run of the demo's nightly job in a fresh database, with the given number of partitions. */
	private static Run run(Path dir, int partitions) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrueReachApplication.class)
			.run("--spring.datasource.url=jdbc:h2:mem:grid" + partitions + ";DB_CLOSE_DELAY=-1",
					"--truereach.roots=input", "--truereach.partitions=" + partitions)) {
			JobRunner.Outcome outcome = context.getBean(JobRunner.class)
				.run(RunParameters.nightly(dir.resolve("jobs/nightly.yml"), LocalDate.of(2026, 11, 25)), false);
			assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
			List<String> results = new ArrayList<>();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			int cleanlinessPartitions = jdbc.queryForObject(
					"SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'cleanlinessAccounts:%'",
					Integer.class);
			int conversionPartitions = jdbc.queryForObject(
					"SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'conversionAccounts:%'",
					Integer.class);
			ResultStore store = context.getBean(ResultStore.class);
			jdbc.query("SELECT run_id, step, account FROM tr_result ORDER BY step, account", rs -> {
				results.add(rs.getString(2) + " " + rs.getString(3) + " "
						+ store.result(rs.getLong(1), rs.getString(2), rs.getString(3), JsonNode.class));
			});
			return new Run(cleanlinessPartitions, conversionPartitions, results, Files.readAllBytes(outcome.report()));
		}
	}

	private record Run(int partitions, int conversionPartitions, List<String> results, byte[] workbook) {
	}
}
