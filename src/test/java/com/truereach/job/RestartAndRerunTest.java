package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import com.truereach.report.AccountSource;
import com.truereach.report.ReportModel;
import com.truereach.report.WorkbookWriter;

/**
 * A run that fails in the report step resumes there; a completed range asked again gets a fresh
 * report. Each test has a history of its own: both use the same account ids.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:restart-${random.uuid};DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class RestartAndRerunTest {

	static final AtomicBoolean FAIL_NEXT_REPORT = new AtomicBoolean();

	@TestConfiguration
	static class FaultyWriter {

		@Bean
		@Primary
		WorkbookWriter failingOnceWriter() {
			return new WorkbookWriter() {
				@Override
				public Path write(ReportModel model, AccountSource accounts, Path target) throws IOException {
					if (FAIL_NEXT_REPORT.getAndSet(false)) {
						throw new IOException("disk full (injected by the test)");
					}
					return super.write(model, accounts, target);
				}
			};
		}
	}

	@Autowired
	JobRunner runner;

	@Autowired
	JobRepository repository;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void failedReportStepResumesWithoutIngestingAgain(@TempDir Path dir) throws Exception {
		Path definition = JobFixture.copyTo(dir);
		RunParameters march = RunParameters.range(definition, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
		FAIL_NEXT_REPORT.set(true);

		JobRunner.Outcome failed = runner.run(march, false);

		assertThat(failed.succeeded()).isFalse();
		assertThat(failed.message()).contains("FAILED").contains("disk full (injected by the test)");
		try (Stream<Path> reports = Files.list(dir.resolve("reports"))) {
			assertThat(reports.map(p -> p.getFileName().toString())).as("no partial workbook, the failed run's summary")
				.containsExactly("fixture_2026-03-01_2026-03-10.json");
		}
		long filesAfterFailure = jdbc.queryForObject("SELECT COUNT(*) FROM tr_file_run", Long.class);

		JobRunner.Outcome resumed = runner.run(march, false);

		assertThat(resumed.succeeded()).as(resumed.message()).isTrue();
		JobInstance instance = repository.getJobInstance(TrueReachJobConfiguration.JOB_NAME, march.toJobParameters());
		assertThat(repository.getJobExecutions(instance)).hasSize(2);
		JobExecution last = repository.getLastJobExecution(instance);
		assertThat(last.getStepExecutions()).extracting(StepExecution::getStepName).containsExactly("report");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tr_file_run", Long.class)).isEqualTo(filesAfterFailure);
		byte[] resumedReport = Files.readAllBytes(resumed.report());

		JobRunner.Outcome uninterrupted = runner.run(march, false);

		assertThat(uninterrupted.succeeded()).isTrue();
		assertThat(repository.getLastJobExecution(TrueReachJobConfiguration.JOB_NAME,
				march.withRevision(2).toJobParameters())
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		try (XSSFWorkbook a = new XSSFWorkbook(new java.io.ByteArrayInputStream(resumedReport));
				XSSFWorkbook b = JobFixture.open(uninterrupted.report())) {
			assertThat(a.getNumberOfSheets()).isEqualTo(b.getNumberOfSheets());
			for (int i = 0; i < a.getNumberOfSheets(); i++) {
				if (a.getSheetName(i).equals("Data quality")) {
					// the re-run finds every file unchanged and does not read it again: the same files and
					// counts, status UNCHANGED with the day they were read in place of OK
					assertThat(JobFixture.cells(a.getSheetAt(i))).as(a.getSheetName(i))
						.isEqualTo(JobFixture.cells(b.getSheetAt(i))
							.stream()
							.map(row -> row.stream()
								.map(cell -> cell.equals("UNCHANGED") ? "OK" : cell.startsWith("unchanged since ") ? "" : cell)
								.toList())
							.toList());
				}
				else if (!a.getSheetName(i).equals("About")) {
					assertThat(JobFixture.cells(a.getSheetAt(i))).as(a.getSheetName(i))
						.isEqualTo(JobFixture.cells(b.getSheetAt(i)));
				}
			}
		}
	}

	@Test
	void completedRangeAskedAgainReflectsDataIngestedSince(@TempDir Path dir) throws Exception {
		Path definition = JobFixture.copyTo(dir);
		RunParameters march = RunParameters.range(definition, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
		JobRunner.Outcome first = runner.run(march, false);
		assertThat(first.succeeded()).isTrue();
		double before = followersAtEnd(first.report());
		// a newer export of the last two days: 10 March now has 200 new follows instead of 100
		Files.writeString(dir.resolve("x/account_overview_newer.csv"),
				"Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts,Profile visits,Create Post,Video views,Media views\n"
						+ "\"Tue, Mar 10, 2026\",10000,100,200,10,10,200,10,10,10,50,1,30,40\n"
						+ "\"Mon, Mar 9, 2026\",9000,90,180,9,9,90,9,9,9,45,1,27,36");

		JobRunner.Outcome again = runner.run(march, false);

		assertThat(again.succeeded()).isTrue();
		assertThat(repository.getLastJobExecution(TrueReachJobConfiguration.JOB_NAME,
				march.withRevision(2).toJobParameters())
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// the anchor holds the end at 1,000; the start moves down by the 100 extra follows
		assertThat(followersAtEnd(again.report())).isEqualTo(before);
		assertThat(followersAtStart(again.report())).isEqualTo(505 - 100);
		assertThat(jdbc.queryForObject("SELECT SUM(days_replaced) FROM tr_file_run WHERE days_replaced > 0", Long.class))
			.as("the newer export replaced 9 and 10 March").isEqualTo(2L);
	}

	private static double followersAtEnd(Path report) throws IOException {
		return summaryValue(report, "Followers at end");
	}

	private static double followersAtStart(Path report) throws IOException {
		return summaryValue(report, "Followers at start");
	}

	private static double summaryValue(Path report, String column) throws IOException {
		try (XSSFWorkbook workbook = JobFixture.open(report)) {
			var summary = workbook.getSheet("Summary");
			int header = TrueReachJobFunctionalTest.HEADER_ROW;
			return summary.getRow(header + 1)
				.getCell(TrueReachJobFunctionalTest.column(summary.getRow(header), column))
				.getNumericCellValue();
		}
	}
}
