package com.truereach.job;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A definition's files and output, resolved against the definition's folder and kept within the
 * allowed folders: its project folder (the folder above the definition's own, as
 * {@code jobs/nightly.yml} sits next to {@code input/} and {@code reports/}; the definition's own
 * folder when that is a top-level folder) and the folders the operator lists in
 * {@value JobDefinitionLoader#ROOTS}. A definition is a file anyone may hand over; without this,
 * {@code files: ["../../../../etc/*"]} read the machine's password file. Mistakes go to the
 * definition's errors with their field path.
 */
final class DefinitionFiles {

	private final Path base;

	private final List<Path> roots;

	private final DefinitionErrors errors;

	/** {@code base}: the definition's folder; {@code extraRoots}: the operator's folders. */
	DefinitionFiles(Path base, List<Path> extraRoots, DefinitionErrors errors) {
		this.base = base;
		this.errors = errors;
		Path project = base.getParent() != null && base.getParent().getParent() != null ? base.getParent() : base;
		List<Path> all = new ArrayList<>();
		all.add(project);
		all.addAll(extraRoots);
		this.roots = all.stream().map(DefinitionFiles::real).toList();
	}

	/** The output folder {@code folder} names, refused outside the allowed folders. */
	Path output(String folder, String field) {
		Path output = base.resolve(folder).normalize();
		if (!allowed(output)) {
			errors.add(field, "'" + folder + "' lies outside the allowed folders " + rootsText());
		}
		return output;
	}

	/**
	 * The files of a {@code files} list. An entry is a glob, or, for an account
	 * ({@code exportedOn} not null), a mapping {@code { path: <glob, file or folder>, exportedOn: YYYY-MM-DD }}
	 * giving the day its files were exported: TikTok Studio dates have no year, and a download
	 * renamed without its date has nothing else to take it from.
	 */
	List<Path> files(List<DefinitionSpec.FileEntry> entries, String field, Map<Path, LocalDate> exportedOn) {
		List<Path> files = new ArrayList<>();
		if (entries == null) {
			return files;
		}
		for (int i = 0; i < entries.size(); i++) {
			DefinitionSpec.FileEntry entry = entries.get(i);
			String at = field + "[" + i + "]";
			if (entry == null || entry.path() == null || entry.path().isBlank()) {
				continue;
			}
			String pattern = entry.path();
			if (entry.dated()) {
				if (exportedOn == null) {
					errors.add(at, "expected a path or glob");
					continue;
				}
				if (entry.exportedOn() == null) {
					if (!errors.named(at + ".exportedOn")) {
						errors.add(at + ".exportedOn", "is required with path (the day the files were exported, YYYY-MM-DD)");
					}
					continue;
				}
				pattern = Files.isDirectory(base.resolve(pattern)) ? pattern + "/**" : pattern;
			}
			Path start = globStart(base.resolve(pattern).normalize(), pattern);
			if (!allowed(start)) {
				errors.add(at, "'" + pattern + "' lies outside the allowed folders " + rootsText());
				continue;
			}
			List<Path> matched = glob(pattern, at);
			List<Path> escaping = matched.stream().filter(path -> !allowed(path)).toList();
			if (!escaping.isEmpty()) {
				errors.add(at, "'" + pattern + "' matches " + escaping.size()
						+ " file(s) linked from outside the allowed folders " + rootsText() + ", e.g. " + escaping.get(0));
				continue;
			}
			if (entry.dated() && !entry.exportedOn().isAfter(LocalDate.now())) {
				for (Path file : matched) {
					exportedOn.put(file, entry.exportedOn());
				}
			}
			if (matched.isEmpty()) {
				errors.add(at, "'" + pattern + "' matches no file (looked in " + base.resolve(pattern).normalize() + ")");
			}
			files.addAll(matched);
		}
		return files;
	}

	/**
	 * Files matching a glob relative to the definition's folder, sorted; a plain path matches
	 * itself. Pipes and device files are listed too: ingestion skips them with a reason, where
	 * leaving them out here would skip them without a word.
	 */
	private List<Path> glob(String pattern, String field) {
		Path resolved = base.resolve(pattern).normalize();
		if (!isGlob(pattern)) {
			return Files.exists(resolved) && !Files.isDirectory(resolved) ? List.of(resolved) : List.of();
		}
		String text = resolved.toString().replace('\\', '/');
		Path root = globStart(resolved, pattern);
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + text);
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(path -> !Files.isDirectory(path)).filter(matcher::matches).sorted().toList();
		}
		catch (IOException ex) {
			errors.add(field, "cannot list " + root + ": " + ex.getMessage());
			return List.of();
		}
	}

	private static boolean isGlob(String text) {
		return text.contains("*") || text.contains("?") || text.contains("[") || text.contains("{");
	}

	/** The folder a glob is walked from (the part before its first wildcard), or the path itself. */
	private static Path globStart(Path resolved, String pattern) {
		if (!isGlob(pattern)) {
			return resolved;
		}
		String text = resolved.toString().replace('\\', '/');
		return Path.of(text.substring(0, text.lastIndexOf('/', indexOfGlob(text)) + 1));
	}

	/** True when {@code path}, symbolic links followed, lies under an allowed folder. */
	private boolean allowed(Path path) {
		Path real = real(path);
		return roots.stream().anyMatch(real::startsWith);
	}

	/** The path with links resolved as far as it exists; the rest (an output folder still to be made) as written. */
	private static Path real(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path existing = absolute;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return absolute;
		}
		try {
			return existing.toRealPath().resolve(existing.relativize(absolute));
		}
		catch (IOException ex) {
			return absolute;
		}
	}

	private String rootsText() {
		return roots.stream().map(Path::toString).collect(Collectors.joining(", ", "(", ")"))
				+ "; list more folders in " + JobDefinitionLoader.ROOTS + " to allow them";
	}

	private static int indexOfGlob(String text) {
		return Arrays.stream(new int[] { text.indexOf('*'), text.indexOf('?'), text.indexOf('['), text.indexOf('{') })
			.filter(i -> i >= 0)
			.min()
			.orElse(text.length());
	}
}
