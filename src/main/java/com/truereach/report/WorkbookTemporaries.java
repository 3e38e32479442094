package com.truereach.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The temporary file a workbook is written to before it is renamed to its target
 * ({@code .<target name>.<uuid>.tmp} beside it), and what a run killed while writing left of them.
 */
public final class WorkbookTemporaries {

	private static final String SUFFIX = ".tmp";

	private WorkbookTemporaries() {
	}

	/** Writes the contents of a file. */
	@FunctionalInterface
	interface Contents {

		void write(OutputStream out) throws IOException;

	}

	/**
	 * Writes {@code target} under a temporary name beside it and renames it when complete, so
	 * that a failed write never leaves a partial file and the file it replaces stays as it was.
	 */
	static Path replace(Path target, Contents contents) throws IOException {
		Files.createDirectories(directory(target));
		Path temp = next(target);
		try {
			try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				contents.write(out);
			}
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	static Path next(Path target) {
		return directory(target).resolve(prefix(target) + UUID.randomUUID() + SUFFIX);
	}

	/**
	 * Deletes the temporaries of {@code target} that earlier writes left behind (a JVM killed
	 * while writing has no chance to delete its own) and returns them. Only one run of a request
	 * writes its workbook at a time, so none of them is being written.
	 */
	public static List<Path> removeStale(Path target) throws IOException {
		Path directory = directory(target);
		List<Path> removed = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return removed;
		}
		String prefix = prefix(target);
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, prefix + "*" + SUFFIX)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (isUuid(name.substring(prefix.length(), name.length() - SUFFIX.length()))
						&& Files.deleteIfExists(entry)) {
					removed.add(entry);
				}
			}
		}
		return removed;
	}

	private static Path directory(Path target) {
		return target.toAbsolutePath().getParent();
	}

	private static String prefix(Path target) {
		return "." + target.getFileName() + ".";
	}

	private static boolean isUuid(String text) {
		try {
			return UUID.fromString(text).toString().equals(text);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}
}
