package com.truereach.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The files of the definition that differ between a run's first start and its resume: added
 * (ingested by the resume) and removed (not read by it). Kept in the job's execution context, so
 * that the workbook of the run says what it was made of.
 */
record FileSetChange(List<PartitionFile> added, List<PartitionFile> removed) {

	private static final String ADDED = "ingest.added";

	private static final String REMOVED = "ingest.removed";

	/** Files named at most in one log line or note; the Data quality sheet lists them all. */
	private static final int NAMED = 5;

	static FileSetChange between(Collection<PartitionFile> first, Collection<PartitionFile> now) {
		Set<PartitionFile> before = new LinkedHashSet<>(first);
		Set<PartitionFile> after = new LinkedHashSet<>(now);
		List<PartitionFile> added = new ArrayList<>(after);
		added.removeAll(before);
		List<PartitionFile> removed = new ArrayList<>(before);
		removed.removeAll(after);
		return new FileSetChange(List.copyOf(added), List.copyOf(removed));
	}

	/** The change kept in {@code context}, none if it holds none. */
	@SuppressWarnings("unchecked")
	static FileSetChange in(ExecutionContext context) {
		return new FileSetChange(
				PartitionFile.decode(context.containsKey(ADDED) ? (List<String>) context.get(ADDED) : List.of()),
				PartitionFile.decode(context.containsKey(REMOVED) ? (List<String>) context.get(REMOVED) : List.of()));
	}

	/** Keeps the change in {@code context}; returns whether that changed what it held. */
	boolean keepIn(ExecutionContext context) {
		if (in(context).equals(this)) {
			return false;
		}
		context.put(ADDED, PartitionFile.encode(added));
		context.put(REMOVED, PartitionFile.encode(removed));
		return true;
	}

	boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty();
	}

	/** A name for the partition of the added files that is the same for the same files, whenever it is asked. */
	String addedPartitionName() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			added.stream()
				.map(f -> f.owner() + '\u0000' + f.path() + '\n')
				.sorted()
				.forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
			return "added-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** The message of a file the run read: one added after the first start says so. */
	String message(String path, String message) {
		boolean wasAdded = added.stream().anyMatch(f -> path.equals(f.path()) || path.startsWith(f.path() + "!/"));
		if (!wasAdded) {
			return message;
		}
		String note = "added after this run first started; read when it resumed";
		return message == null || message.isBlank() ? note : note + ". " + message;
	}

	/** One sentence for the log and the run's notes. */
	String describe() {
		List<String> parts = new ArrayList<>();
		if (!added.isEmpty()) {
			parts.add(added.size() + " added (" + names(added) + "), read by the resume");
		}
		if (!removed.isEmpty()) {
			parts.add(removed.size() + " no longer listed (" + names(removed) + "), not read by the resume");
		}
		return "The input files changed after this run first started: " + String.join("; ", parts) + ".";
	}

	private static String names(List<PartitionFile> files) {
		List<String> names = files.stream().limit(NAMED).map(PartitionFile::path).toList();
		return String.join(", ", names) + (files.size() > NAMED ? " and " + (files.size() - NAMED) + " more" : "");
	}
}
