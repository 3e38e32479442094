package com.truereach.history;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The history's tables, migrated by Flyway from {@code db/migration}. A database made before Flyway
 * managed the schema has the tables but no history table: it is baselined at version 0, so that
 * V1 (written to be idempotent) brings it up to date instead of being skipped.
 */
public final class HistorySchema {

	private HistorySchema() {
	}

	/** The one set of Flyway settings, for the application's auto-configured Flyway and for {@link #migrate}. */
	public static FluentConfiguration configure(FluentConfiguration configuration) {
		return configuration.table("tr_schema_history").baselineOnMigrate(true).baselineVersion("0");
	}

	/** Migrates a data source outside the application context (benchmarks, store tests). */
	public static void migrate(DataSource dataSource) {
		configure(Flyway.configure()).dataSource(dataSource).load().migrate();
	}
}
