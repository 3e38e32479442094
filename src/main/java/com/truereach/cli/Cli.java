package com.truereach.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code truereach} command line. Each sub-command is one class in this package; only
 * {@code run} starts Spring and touches the history store.
 */
@Command(name = "truereach", mixinStandardHelpOptions = true, version = "TrueReach 0.1.0",
		description = "Real followers and the revenue they bring, account by account.",
		subcommands = { CommandLine.HelpCommand.class })
public final class Cli {

	public static int execute(String[] args) {
		return commandLine().execute(args);
	}

	public static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new Cli());
		// one registration per sub-command
		commandLine.addSubcommand("benchmark-report", new BenchmarkReportCommand());
		return commandLine;
	}
}
