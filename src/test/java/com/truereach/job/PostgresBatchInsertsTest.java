package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import com.zaxxer.hikari.HikariDataSource;

/**
 * On PostgreSQL, batches of inserts are sent as multi-row statements and the sessions commit without
 * waiting for the disk; H2, and a setting the URL or the pool already gives, are left as they are.
 */
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

	@Test
	void aPostgresSessionCommitsAsConfigured() {
		assertThat(committing("jdbc:postgresql://db:5432/truereach", "off")).containsEntry("options",
				"-c synchronous_commit=off");
		assertThat(committing("jdbc:postgresql://db:5432/truereach", "remote_apply")).containsEntry("options",
				"-c synchronous_commit=remote_apply");
		assertThat(committing("jdbc:postgresql://db:5432/truereach", "")).as("the server's setting")
			.doesNotContainKey("options");
	}

	@Test
	void optionsOfTheUrlAndH2AreLeftAlone() {
		assertThat(committing("jdbc:postgresql://db:5432/truereach?options=-c%20search_path%3Dtr", "off"))
			.doesNotContainKey("options");
		assertThat(committing("jdbc:h2:file:./data/truereach", "off")).doesNotContainKey("options");
	}

	@Test
	void aCommitLevelPostgresDoesNotKnowIsRefusedByName() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test",
					Map.of(HistoryConfiguration.SYNCHRONOUS_COMMIT, "off -c work_mem=1GB")));
		assertThatThrownBy(() -> HistoryConfiguration.postgresConnections(environment))
			.hasMessageContaining("truereach.postgres.synchronous-commit: 'off -c work_mem=1GB' is not one of");
	}

	private static java.util.Properties committing(String url, String level) {
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl(url);
			HistoryConfiguration.synchronousCommit(pool, level);
			return pool.getDataSourceProperties();
		}
	}

	private static java.util.Properties rewritten(String url) {
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl(url);
			HistoryConfiguration.rewriteBatchedInserts(pool);
			return pool.getDataSourceProperties();
		}
	}
}
