package com.truereach.ingest;

/** A cell that cannot be read; readers turn it into a {@link Reject} of its row. */
public class BadValue extends RuntimeException {

	private final String column;

	private final String value;

	public BadValue(String column, String value, String reason) {
		super(reason);
		this.column = column;
		this.value = value;
	}

	public String column() {
		return column;
	}

	public String value() {
		return value;
	}

	public String reason() {
		return getMessage();
	}
}
