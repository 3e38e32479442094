package com.truereach.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Spellings already parsed, for values that every export of a period repeats (dates): parsing
 * them again costs more than the rest of the row. Bounded, so that spellings nobody repeats do
 * not make it grow for ever; when full it starts again. Shared by the ingest threads. A spelling
 * that does not parse is not kept: its exception is thrown each time.
 */
public final class ParseMemo<T> {

	private final Map<String, T> seen = new ConcurrentHashMap<>();

	private final int limit;

	public ParseMemo(int limit) {
		this.limit = limit;
	}

	public T get(String text, Function<String, T> parse) {
		T value = seen.get(text);
		if (value == null) {
			value = parse.apply(text);
			if (seen.size() >= limit) {
				seen.clear();
			}
			seen.put(text, value);
		}
		return value;
	}
}
