package com.truereach.job;

/** A job definition that cannot run; the message names the file and the field. */
public class DefinitionException extends RuntimeException {

	public DefinitionException(String message) {
		super(message);
	}
}
