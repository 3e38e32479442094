package com.truereach.domain;

/** A row that could not be used, with where and why; {@code line} is 1-based in the file as a person sees it. */
public record Reject(String file, long line, String column, String value, String reason) {

	public String message() {
		return file + ":" + line + (column == null || column.isEmpty() ? "" : " column '" + column + "'")
				+ (value == null ? "" : " value '" + abbreviate(value) + "'") + ": " + reason;
	}

	private static String abbreviate(String value) {
		return value.length() > 60 ? value.substring(0, 57) + "..." : value;
	}
}
