package com.truereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import com.truereach.history.ResultStore;
import com.truereach.job.JobFixture;
import com.truereach.job.JobRunner;
import com.truereach.job.RunParameters;

import tools.jackson.databind.JsonNode;

/**
 * {@code prune} removes the step results of completed runs, which nothing reads again, and keeps
 * those of a failed run, which its restart resumes from.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:prune-results-${random.uuid};DB_CLOSE_DELAY=-1")
class PruneResultsTest {

	@Autowired
	JobRunner runner;

	@Autowired
	ResultStore results;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void removesTheResultsOfCompletedRunsAndKeepsThoseAFailedRunResumesFrom(@TempDir Path dir) throws Exception {
		Path definition = JobFixture.copyTo(dir);
		JobRunner.Outcome completed = runner
			.run(RunParameters.range(definition, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)), false);
		assertThat(completed.succeeded()).as(completed.message()).isTrue();
		// the workbook cannot be written where a file takes the output folder's place: the run fails at its last step
		Path reports = dir.resolve("reports");
		FileSystemUtils.deleteRecursively(reports);
		Files.writeString(reports, "not a folder");
		RunParameters failing = RunParameters.range(definition, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10));
		assertThat(runner.run(failing, false).succeeded()).isFalse();
		List<Long> runs = results.runs();
		assertThat(runs).hasSize(2);

		PruneCommand.prune(context, 30);

		assertThat(results.runs()).containsExactly(runs.get(1));
		assertThat(results.result(runs.get(1), "accountReports", "acme-x", JsonNode.class)).isNotNull();
		Files.delete(reports);
		JobRunner.Outcome resumed = runner.run(failing, false);
		assertThat(resumed.succeeded()).as(resumed.message()).isTrue();
		assertThat(resumed.report()).exists();
		PruneCommand.prune(context, 30);
		assertThat(results.runs()).isEmpty();
	}
}
