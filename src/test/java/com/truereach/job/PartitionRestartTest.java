package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
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

import com.truereach.domain.FollowerProfile;
import com.truereach.history.AccountDayStore;
import com.truereach.history.AudienceStore;

/**
 * A cleanliness partition that fails restarts alone: the resume runs that partition and the steps
 * after it, not the partition that completed, nor ingest or the purge pass.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:partition-restart;DB_CLOSE_DELAY=-1",
		"truereach.roots=input", "truereach.partitions=2" })
class PartitionRestartTest {

	/** An account of the second partition: the demo's accounts are dealt in turn. */
	static final String FAILING = "nw-tt";

	static final AtomicBoolean FAIL_NEXT = new AtomicBoolean();

	@TempDir
	static Path dir;

	@TestConfiguration
	static class FaultyStore {

		@Bean
		@Primary
		AudienceStore failingOnceStore(JdbcTemplate jdbc, AccountDayStore accountDays) {
			return new AudienceStore(jdbc, accountDays) {
				@Override
				public List<FollowerProfile> profiles(String account) {
					if (account.equals(FAILING) && FAIL_NEXT.getAndSet(false)) {
						throw new IllegalStateException("connection lost (injected by the test)");
					}
					return super.profiles(account);
				}
			};
		}
	}

	@Autowired
	JobRunner runner;

	@Autowired
	JobRepository repository;

	@BeforeAll
	static void copyDefinition() throws Exception {
		JobFixture.demoIn(dir);
	}

	@Test
	void aFailedPartitionRestartsAlone() {
		RunParameters nightly = RunParameters.nightly(dir.resolve("jobs/nightly.yml"), LocalDate.of(2026, 11, 25));
		FAIL_NEXT.set(true);

		JobRunner.Outcome failed = runner.run(nightly, false);

		assertThat(failed.succeeded()).isFalse();
		assertThat(failed.message()).contains("connection lost (injected by the test)");
		JobInstance instance = repository.getJobInstance(TrueReachJobConfiguration.JOB_NAME,
				nightly.toJobParameters());
		JobExecution first = repository.getLastJobExecution(instance);
		assertThat(status(first, "cleanlinessAccounts:partition0")).isEqualTo(BatchStatus.COMPLETED);
		assertThat(status(first, "cleanlinessAccounts:partition1")).isEqualTo(BatchStatus.FAILED);

		JobRunner.Outcome resumed = runner.run(nightly, false);

		assertThat(resumed.succeeded()).as(resumed.message()).isTrue();
		JobExecution last = repository.getLastJobExecution(instance);
		assertThat(last.getStepExecutions()).extracting(StepExecution::getStepName)
			.contains("cleanlinessAccounts:partition1")
			.doesNotContain("cleanlinessAccounts:partition0", "ingest", PlatformPurges.STEP);
	}

	private static BatchStatus status(JobExecution execution, String step) {
		return execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(step))
			.map(StepExecution::getStatus)
			.findFirst()
			.orElseThrow();
	}
}
