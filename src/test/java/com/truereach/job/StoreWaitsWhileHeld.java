package com.truereach.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.truereach.history.AccountDayStore;
import com.truereach.history.AudienceStore;
import com.truereach.history.InputFileStore;
import com.truereach.history.RevenueStore;
import com.truereach.ingest.FormatRegistry;

/**
 * Added to a child JVM's application by {@code --spring.main.sources}: each file is stored only
 * once the file {@value #HOLD} in the working folder is gone (at most {@link #LONGEST} later), so
 * that a test can act on a run it knows is still ingesting. Not a component, so that no other
 * test's context picks it up.
 */
class StoreWaitsWhileHeld {

	static final String HOLD = "hold-store";

	static final Duration LONGEST = Duration.ofMinutes(2);

	@Bean
	@Primary
	Ingestion waitingWhileHeld(InputFileStore inputFiles, AccountDayStore accountDays, AudienceStore audience,
			RevenueStore revenueStore, FormatRegistry registry) {
		return new Ingestion(inputFiles, accountDays, audience, revenueStore, registry) {
			@Override
			public void store(Parsed parsed, long runId) {
				long deadline = System.nanoTime() + LONGEST.toNanos();
				while (Files.exists(Path.of(HOLD)) && System.nanoTime() < deadline) {
					try {
						Thread.sleep(50);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException("interrupted while held", ex);
					}
				}
				super.store(parsed, runId);
			}
		};
	}
}
