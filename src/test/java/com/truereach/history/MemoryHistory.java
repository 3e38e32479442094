package com.truereach.history;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A history in an H2 in-memory database, its schema made by the same Flyway migrations as the job's. */
final class MemoryHistory implements AutoCloseable {

	private final SingleConnectionDataSource dataSource;

	final JdbcTemplate jdbc;

	final InputFileStore files;

	MemoryHistory(String name) {
		dataSource = new SingleConnectionDataSource("jdbc:h2:mem:" + name + "-" + System.nanoTime(), "sa", "", true);
		HistorySchema.migrate(dataSource);
		jdbc = new JdbcTemplate(dataSource);
		files = new InputFileStore(jdbc);
	}

	/**
	 * Registers a file whose rows cover {@code first} to {@code last} and that was saved at
	 * {@code modified}; files are told apart by their path.
	 */
	long file(String path, LocalDate first, LocalDate last, String modified) {
		return files.fileId(new InputFile(path, "sha-of-" + path, "test-format", null, first, last,
				Instant.parse(modified)));
	}

	@Override
	public void close() {
		dataSource.destroy();
	}
}
