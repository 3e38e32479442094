package com.truereach.ingest;

/** A table whose columns are found by name: a CSV file or a spreadsheet sheet. */
public interface ColumnNames {

	/** True when the header has {@code column}, compared as the table compares header names. */
	boolean has(String column);

	/** The first of {@code names} that the header has, or null. */
	default String firstPresent(String... names) {
		for (String name : names) {
			if (has(name)) {
				return name;
			}
		}
		return null;
	}
}
