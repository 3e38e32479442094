package com.truereach.cli;

/** The exit codes of every command, as the README's "Exit codes" lists them for schedulers and monitoring. */
final class ExitCodes {

	static final int OK = 0;

	/** The run (or the command) failed; launching the same request again resumes it. */
	static final int RUN_FAILED = 1;

	/** Bad arguments or a definition with mistakes: nothing ran. */
	static final int BAD_REQUEST = 2;

	/** Refused: another run is busy with this database (the same request or another). */
	static final int BUSY = 3;

	/** The database cannot be reached or opened. */
	static final int DATABASE = 4;

	private ExitCodes() {
	}
}
