package com.truereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/**
 * A run whose H2 database closed itself under it (the heap ran out inside H2: seen on the
 * 2,000-account set with -Xmx256m) fails with exit 1 and says why and what to do, not "could
 * not start the job".
 */
class HistoryDatabaseTest {

	@Test
	void aDatabaseClosedUnderTheRunIsTheRunsFailureWithTheWayOut() {
		SQLException closed = new SQLException("The database has been closed [90098-240]", "90098", 90098);
		var problem = HistoryDatabase.problem(new TransactionSystemException("JDBC rollback", closed),
				List.of("--spring.datasource.url=jdbc:h2:file:./data/truereach;AUTO_SERVER=TRUE"));

		assertThat(problem).hasValueSatisfying(p -> {
			assertThat(p.exitCode()).isEqualTo(ExitCodes.RUN_FAILED);
			assertThat(p.message()).startsWith("the run stopped: the database jdbc:h2:file:./data/truereach was closed")
				.contains("-Xmx")
				.endsWith("launch the same request again to resume");
		});
	}
}
