package com.truereach.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The definition a launch has just read and checked, for the execution it starts. Reading a
 * definition of thousands of accounts (the YAML, its constraints, every glob walked) takes about
 * a second, and a launch read it three times: to check it, for the execution, and for the run
 * summary. Only the launch's own execution is handed it, and only while {@link JobRunner} starts
 * it; a restart by id, a worker or a test that launches without a definition reads the file.
 */
@Component
public class LaunchedDefinition {

	private final AtomicReference<Offer> offered = new AtomicReference<>();

	/** {@code definition} as read from {@code file} with {@code roots}, for the execution about to start. */
	void offer(Path file, List<Path> roots, JobDefinition definition) {
		offered.set(new Offer(file.toAbsolutePath().normalize(), roots, definition));
	}

	/** The definition offered for that file and those roots, if any. */
	Optional<JobDefinition> of(Path file, List<Path> roots) {
		Offer offer = offered.get();
		return offer != null && offer.file().equals(file.toAbsolutePath().normalize()) && offer.roots().equals(roots)
				? Optional.of(offer.definition()) : Optional.empty();
	}

	/** The launch has ended: a later execution reads its definition itself. */
	void withdraw() {
		offered.set(null);
	}

	private record Offer(Path file, List<Path> roots, JobDefinition definition) {
	}
}
