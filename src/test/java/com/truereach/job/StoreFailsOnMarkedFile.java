package com.truereach.job;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.truereach.history.AccountDayStore;
import com.truereach.history.AudienceStore;
import com.truereach.history.InputFileStore;
import com.truereach.history.RevenueStore;
import com.truereach.ingest.FormatRegistry;

/**
 * Added to a child JVM's application by {@code --spring.main.sources}: storing a file whose name
 * starts with {@value #MARK} fails, as a database refusing one of its values would, which fails
 * the ingest step. Not a component, so that no other test's context picks it up.
 */
class StoreFailsOnMarkedFile {

	static final String MARK = "unstorable";

	@Bean
	@Primary
	Ingestion failingOnMarkedFile(InputFileStore inputFiles, AccountDayStore accountDays, AudienceStore audience,
			RevenueStore revenueStore, FormatRegistry registry) {
		return new Ingestion(inputFiles, accountDays, audience, revenueStore, registry) {
			@Override
			public void store(Parsed parsed, long runId) {
				if (parsed.input().path().getFileName().toString().startsWith(MARK)) {
					throw new IllegalStateException("the database refused " + parsed.input().path().getFileName()
							+ " (injected by the test)");
				}
				super.store(parsed, runId);
			}
		};
	}
}
