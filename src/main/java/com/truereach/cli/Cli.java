package com.truereach.cli;

import java.nio.file.Path;

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
		commandLine.addSubcommand("run", new RunCommand());
		commandLine.addSubcommand("inspect", new InspectCommand());
		commandLine.addSubcommand("audit-eval", new AuditEvalCommand());
		commandLine.addSubcommand("train-model", new TrainModelCommand());
		commandLine.addSubcommand("generate", new GenerateCommand());
		commandLine.addSubcommand("benchmark-ingest", new BenchmarkIngestCommand());
		commandLine.addSubcommand("benchmark-report", new BenchmarkReportCommand());
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
