package com.truereach.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import com.truereach.job.FailureReasons;
import com.truereach.job.JobRunner;

/**
 * A command that works on the history database: it takes Spring settings such as
 * {@code --spring.datasource.url=...} and {@code --debug}, and tells a busy, unreachable or
 * broken database apart from its own failures by the exit code.
 */
abstract class DatabaseCommand {

	@Option(names = "--debug", description = "Print stack traces")
	boolean debug;

	/** Spring settings such as --spring.datasource.url=..., passed through as they are. */
	@Unmatched
	List<String> springSettings = new ArrayList<>();

	/** Runs {@code work} with the application started; its result is the exit code. */
	int withDatabase(ToIntFunction<ConfigurableApplicationContext> work) {
		Optional<String> unknown = HistoryDatabase.unknownSetting(springSettings);
		if (unknown.isPresent()) {
			return Cli.fail(unknown.get(), null, debug, ExitCodes.BAD_REQUEST);
		}
		List<String> settings = new ArrayList<>(springSettings);
		if (!logs() && !debug) {
			settings.add("--logging.level.root=OFF");
			settings.add("--logging.level.com.truereach=OFF");
		}
		try (ConfigurableApplicationContext context = HistoryDatabase.open(settings, debug)) {
			return work.applyAsInt(context);
		}
		catch (RuntimeException ex) {
			return failed(FailureReasons.of(ex), ex);
		}
	}

	/**
	 * Whether the command's work is told in log lines; a command that prints a listing (perhaps
	 * JSON for a script) keeps stdout to it, and its failure is the one line on stderr.
	 */
	boolean logs() {
		return false;
	}

	/** A failure: the database's own (exit 3 or 4, with the way out) or the command's (exit 1). */
	int failed(String message, Throwable failure) {
		return HistoryDatabase.problem(failure, springSettings)
			.map(p -> Cli.fail(p.message(), failure, debug, p.exitCode()))
			.orElseGet(() -> Cli.fail(message, failure, debug, ExitCodes.RUN_FAILED));
	}

	/** The exit code of a launch; on success the last line printed is the report's path. */
	int launched(JobRunner.Outcome outcome) {
		return switch (outcome.status()) {
			case COMPLETED -> {
				System.out.println(outcome.message());
				outcome.clientWorkbooks().forEach(w -> System.out.println("client workbook: " + Cli.display(w)));
				System.out.println("report: " + Cli.display(outcome.report()));
				yield ExitCodes.OK;
			}
			case BUSY -> Cli.fail(outcome.message(), null, debug, ExitCodes.BUSY);
			case NOT_FOUND, NOT_RESTARTABLE -> Cli.fail(outcome.message(), null, debug, ExitCodes.BAD_REQUEST);
			default -> outcome.failure() == null ? Cli.fail(outcome.message(), null, debug, ExitCodes.RUN_FAILED)
					: failed(outcome.message(), outcome.failure());
		};
	}
}
