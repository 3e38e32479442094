package com.truereach.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import com.truereach.job.FailureReasons;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code truereach} command line of the product. Each sub-command is one class in this package;
 * only the commands that run, list or prune ({@code run}, {@code runs}, {@code restart}, {@code stop}, {@code prune}, {@code worker})
 * start Spring and touch the history store. Tooling commands (generator, benchmarks, model training)
 * are added by the application's entry point, so that product code never depends on them; it then
 * calls {@link #withHelp}. Exit codes are those of {@link ExitCodes}.
 */
@Command(name = "truereach", mixinStandardHelpOptions = true, version = "TrueReach 0.1.0",
		description = "Real followers and the revenue they bring, account by account.",
		subcommands = { CommandLine.HelpCommand.class })
public final class Cli {

	public static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new Cli());
		commandLine.addSubcommand("run", new RunCommand());
		commandLine.addSubcommand("runs", new RunsCommand());
		commandLine.addSubcommand("restart", new RestartCommand());
		commandLine.addSubcommand("stop", new StopCommand());
		commandLine.addSubcommand("prune", new PruneCommand());
		commandLine.addSubcommand("inspect", new InspectCommand());
		commandLine.addSubcommand("worker", new WorkerCommand());
		commandLine.setParameterExceptionHandler(Cli::badArguments);
		commandLine.setExecutionExceptionHandler((ex, command, parseResult) -> {
			command.getErr().println("error: " + oneLine(FailureReasons.of(ex)));
			if (parseResult.originalArgs().contains("--debug")) {
				ex.printStackTrace(command.getErr());
			}
			command.getErr().flush();
			return ExitCodes.RUN_FAILED;
		});
		return commandLine;
	}

	/**
	 * Gives every command {@code --help} (so that help never trips over a required option) and
	 * the one date converter; called once all commands are added.
	 */
	public static CommandLine withHelp(CommandLine commandLine) {
		if (commandLine.getCommandSpec().optionsMap().get("--help") == null) {
			commandLine.getCommandSpec().mixinStandardHelpOptions(true);
		}
		commandLine.getSubcommands().values().forEach(Cli::withHelp);
		commandLine.registerConverter(LocalDate.class, Cli::date);
		return commandLine;
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new TypeConversionException("'" + text + "' is not a date (YYYY-MM-DD)");
		}
	}

	/** A mistake on the command line: one line naming the option, and where to find the usage. */
	private static int badArguments(ParameterException ex, String[] args) {
		if (ex.getCause() instanceof TypeConversionException conversion && ex.getArgSpec() instanceof OptionSpec option) {
			ex.getCommandLine().getErr().println("error: " + option.longestName() + ": " + conversion.getMessage());
		}
		else {
			ex.getCommandLine().getErr().println("error: " + oneLine(ex.getMessage()) + " (see: "
					+ ex.getCommandLine().getCommandSpec().qualifiedName(" ") + " --help)");
		}
		return ExitCodes.BAD_REQUEST;
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

	private static String oneLine(String text) {
		return text == null ? "unknown failure" : text.replaceAll("\\s*\\R\\s*", " ").trim();
	}
}
