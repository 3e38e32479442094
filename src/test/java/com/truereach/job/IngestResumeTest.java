package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.truereach.history.AccountDayStore;
import com.truereach.history.AudienceStore;
import com.truereach.history.InputFileStore;
import com.truereach.history.RevenueStore;
import com.truereach.ingest.FormatRegistry;

/** A run that fails while ingesting resumes with the files it had not stored yet; stored files are not read again. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:resume;DB_CLOSE_DELAY=-1",
		"truereach.ingest.partitions=2" })
class IngestResumeTest {

	static final AtomicBoolean FAIL_ON_STRIPE = new AtomicBoolean();

	static final ConcurrentHashMap<String, AtomicInteger> STORED = new ConcurrentHashMap<>();

	@TestConfiguration
	static class FaultyIngestion {

		@Bean
		@Primary
		Ingestion failingOnceOnStripe(InputFileStore inputFiles, AccountDayStore accountDays, AudienceStore audience,
			RevenueStore revenueStore, FormatRegistry registry) {
			return new Ingestion(inputFiles, accountDays, audience, revenueStore, registry) {
				@Override
				public void store(Parsed parsed, long runId) {
					if (parsed.input().owner().equals("stripe") && FAIL_ON_STRIPE.getAndSet(false)) {
						throw new IllegalStateException("database went away (injected by the test)");
					}
					STORED.computeIfAbsent(parsed.input().owner(), k -> new AtomicInteger()).incrementAndGet();
					super.store(parsed, runId);
				}
			};
		}
	}

	@Autowired
	JobRunner runner;

	@Test
	void resumesAfterTheLastStoredFile(@TempDir Path dir) {
		Path definition = JobFixture.copyTo(dir);
		RunParameters march = RunParameters.range(definition, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
		FAIL_ON_STRIPE.set(true);

		JobRunner.Outcome failed = runner.run(march, false);

		assertThat(failed.succeeded()).isFalse();
		assertThat(failed.message()).contains("database went away (injected by the test)");
		assertThat(STORED.get("acme-x")).hasValue(1);

		JobRunner.Outcome resumed = runner.run(march, false);

		assertThat(resumed.succeeded()).as(resumed.message()).isTrue();
		assertThat(STORED.get("acme-x")).as("the X file was stored before the failure and is not read again")
			.hasValue(1);
		assertThat(STORED.get("stripe")).hasValue(1);
		assertThat(List.of(resumed.report().getFileName().toString()))
			.containsExactly("fixture_2026-03-01_2026-03-10.xlsx");
	}
}
