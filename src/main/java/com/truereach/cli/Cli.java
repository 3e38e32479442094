package com.truereach.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code truereach} command line of the product. Each sub-command is one class in this package;
 * only {@code run} starts Spring and touches the history store. Tooling commands (generator,
 * benchmarks, model training) are added by the application's entry point, so that product code
 * never depends on them.
 */
@Command(name = "truereach", mixinStandardHelpOptions = true, version = "TrueReach 0.1.0",
		description = "Real followers and the revenue they bring, account by account.",
		subcommands = { CommandLine.HelpCommand.class })
public final class Cli {

	public static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new Cli());
		commandLine.addSubcommand("run", new RunCommand());
		commandLine.addSubcommand("inspect", new InspectCommand());
		return commandLine;
	}

	/** Prints a failure as one line on stderr (a stack trace only when debugging) and returns the exit code. */
	static int fail(String message, Throwable cause, boolean debug, int exitCode) {
		System.err.println("error: " + oneLine(message));
		if (debug && cause != null) {
			cause.printStackTrace(System.err);
		}
		return exitCode;
	}

	/** A path relative to the working directory when it lies below it, as the operator typed it. */
	static String display(Path path) {
		Path here = Path.of("").toAbsolutePath();
		Path absolute = path.toAbsolutePath().normalize();
		return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
	}

	/** The innermost cause's message: Spring wraps the reason an operator can act on in several layers. */
	static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}

	private static String oneLine(String text) {
		return text == null ? "unknown failure" : text.replaceAll("\\s*\\R\\s*", " ").trim();
	}
}
