package com.truereach.job;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The mistakes found in a definition, each as "field path: what is wrong", in the order of their
 * paths (list indices as numbers), so that one account's mistakes stand together.
 */
final class DefinitionErrors {

	private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+)]|[^.\\[]+");

	/** Field paths compared segment by segment, list indices as numbers. */
	static final Comparator<String> PATH_ORDER = (a, b) -> {
		Matcher left = SEGMENT.matcher(a);
		Matcher right = SEGMENT.matcher(b);
		while (true) {
			boolean moreLeft = left.find();
			boolean moreRight = right.find();
			if (!moreLeft || !moreRight) {
				return Boolean.compare(moreLeft, moreRight);
			}
			int order = left.group(1) != null && right.group(1) != null
					? Integer.compare(Integer.parseInt(left.group(1)), Integer.parseInt(right.group(1)))
					: left.group().compareTo(right.group());
			if (order != 0) {
				return order;
			}
		}
	};

	private record Error(String path, String message) {
	}

	private final Set<Error> errors = new LinkedHashSet<>();

	/** {@code path} as the definition spells it, empty for the top level; the same mistake twice is named once. */
	void add(String path, String message) {
		errors.add(new Error(path, message));
	}

	/** The paths named so far. */
	Set<String> paths() {
		return errors.stream().map(Error::path).collect(Collectors.toSet());
	}

	/** True when a mistake was named at {@code path} already. */
	boolean named(String path) {
		return errors.stream().anyMatch(e -> e.path().equals(path));
	}

	boolean isEmpty() {
		return errors.isEmpty();
	}

	/** Every mistake, "path: message", joined by "; ". */
	String joined() {
		return errors.stream()
			.sorted(Comparator.comparing(Error::path, PATH_ORDER).thenComparing(Error::message))
			.map(e -> (e.path().isEmpty() ? "(top level)" : e.path()) + ": " + e.message())
			.collect(Collectors.joining("; "));
	}
}
