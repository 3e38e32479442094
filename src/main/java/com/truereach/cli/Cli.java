package com.truereach.cli;

public final class Cli {

	private Cli() {
	}

	public static int execute(String[] args) {
		return 0;
	}
}
