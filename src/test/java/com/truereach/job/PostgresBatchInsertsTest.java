package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

/** Batches of inserts are sent as multi-row statements on PostgreSQL; H2 and a setting in the URL are left as they are. */
class PostgresBatchInsertsTest {

	@Test
	void aPostgresPoolIsAskedToRewriteBatchedInserts() {
		assertThat(rewritten("jdbc:postgresql://db:5432/truereach")).containsEntry("reWriteBatchedInserts", "true");
	}

	@Test
	void anH2PoolAndAPostgresUrlThatSaysOtherwiseAreLeftAlone() {
		assertThat(rewritten("jdbc:h2:file:./data/truereach")).doesNotContainKey("reWriteBatchedInserts");
		assertThat(rewritten("jdbc:postgresql://db:5432/truereach?reWriteBatchedInserts=false"))
			.doesNotContainKey("reWriteBatchedInserts");
	}

	private static java.util.Properties rewritten(String url) {
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl(url);
			HistoryConfiguration.rewriteBatchedInserts(pool);
			return pool.getDataSourceProperties();
		}
	}
}
