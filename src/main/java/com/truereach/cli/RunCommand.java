package com.truereach.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.truereach.job.DefinitionException;
import com.truereach.job.JobDefinition;
import com.truereach.job.JobDefinitionLoader;
import com.truereach.job.JobRunner;
import com.truereach.job.RunParameters;

/**
 * {@code run --job FILE [--from D --to D | --as-of D]}: runs the nightly window, or a range. The
 * last line printed is {@code report: <path>}; the exit code is 0 only when the report was
 * written (see {@link ExitCodes}). Failures are one readable line on stderr, with the stack
 * trace only under --debug.
 */
@Command(name = "run", description = "Run a job: the nightly window, --from/--to for a range, --as-of for the window ending on a day.")
public final class RunCommand extends DatabaseCommand implements Callable<Integer> {

	@Option(names = "--job", required = true, description = "Job definition (YAML), e.g. jobs/nightly.yml")
	Path job;

	@Option(names = "--from", description = "First day of the range (YYYY-MM-DD)")
	LocalDate from;

	@Option(names = "--to", description = "Last day of the range (YYYY-MM-DD)")
	LocalDate to;

	@Option(names = "--as-of", description = "Report the definition's window of days ending on this day (YYYY-MM-DD), whatever its 'ending'")
	LocalDate asOf;

	@Option(names = "--recover", description = "Resume a run of an older version left marked running with no owner process recorded")
	boolean recover;

	@Option(names = "--progress", description = "Progress lines every few seconds even when not on a terminal")
	boolean progress;

	@Override
	boolean logs() {
		return true;
	}

	@Override
	public Integer call() {
		if ((from == null) != (to == null)) {
			return Cli.fail("--from and --to go together", null, debug, ExitCodes.BAD_REQUEST);
		}
		if (from != null && from.isAfter(to)) {
			return Cli.fail("--from " + from + " is after --to " + to, null, debug, ExitCodes.BAD_REQUEST);
		}
		if (from != null && asOf != null) {
			return Cli.fail("--as-of names the window's last day; it does not go with --from/--to", null, debug,
					ExitCodes.BAD_REQUEST);
		}
		JobDefinition definition;
		try {
			definition = JobDefinitionLoader.load(job,
					JobDefinitionLoader.roots(Settings.get(springSettings, JobDefinitionLoader.ROOTS)));
		}
		catch (DefinitionException ex) {
			return Cli.fail(ex.getMessage(), ex, debug, ExitCodes.BAD_REQUEST);
		}
		RunParameters parameters = parameters(definition);
		if (progress) {
			springSettings.add("--truereach.progress=always");
		}
		return withDatabase(context -> {
			JobRunner.Outcome outcome = context.getBean(JobRunner.class).run(parameters, definition, recover);
			if (outcome.status() == JobRunner.Status.COMPLETED && definition.retentionDays() != null) {
				// after the report, so that the run reported on everything it read; no report of any period changes
				PruneCommand.prune(context, definition.retentionDays());
			}
			return launched(outcome);
		});
	}

	/**
	 * A range asked for is that range; {@code --as-of D} is the definition's window ending on D
	 * (a range, so that it never takes the place of the nightly window's report); otherwise the
	 * nightly window as of today, resolved against the definition's {@code ending}.
	 */
	private RunParameters parameters(JobDefinition definition) {
		if (from != null) {
			return RunParameters.range(job, from, to);
		}
		if (asOf != null) {
			return RunParameters.range(job, asOf.minusDays(definition.window().days() - 1L), asOf);
		}
		return RunParameters.nightly(job, LocalDate.now(ZoneId.systemDefault()));
	}
}
