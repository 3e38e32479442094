package com.truereach.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.truereach.TrueReachApplication;
import com.truereach.job.DefinitionException;
import com.truereach.job.JobDefinitionLoader;
import com.truereach.job.JobRunner;
import com.truereach.job.RunParameters;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code run --job FILE [--from D --to D]}: runs the nightly window, or re-runs a range. The
 * last line printed is {@code report: <path>}; the exit code is 0 only when the report was
 * written. Failures are one readable line on stderr, with the stack trace only under --debug.
 */
@Command(name = "run", description = "Run a job: the nightly window, or --from/--to for a range.")
public final class RunCommand implements Callable<Integer> {

	@Option(names = "--job", required = true, description = "Job definition (YAML), e.g. jobs/nightly.yml")
	Path job;

	@Option(names = "--from", description = "First day of the range (YYYY-MM-DD)")
	LocalDate from;

	@Option(names = "--to", description = "Last day of the range (YYYY-MM-DD)")
	LocalDate to;

	@Option(names = "--as-of", description = "Run the nightly window as if today were this day (default: today)")
	LocalDate asOf;

	@Option(names = "--recover", description = "Mark a run of this request that died with its JVM as failed, then resume it")
	boolean recover;

	@Option(names = "--debug", description = "Print stack traces")
	boolean debug;

	/** Spring settings such as --spring.datasource.url=..., passed through as they are. */
	@Unmatched
	List<String> springSettings = new ArrayList<>();

	@Override
	public Integer call() {
		if ((from == null) != (to == null)) {
			return Cli.fail("--from and --to go together", null, debug, 2);
		}
		if (from != null && from.isAfter(to)) {
			return Cli.fail("--from " + from + " is after --to " + to, null, debug, 2);
		}
		List<String> settings = new ArrayList<>();
		for (String setting : springSettings) {
			if (!setting.startsWith("--spring.") && !setting.startsWith("--logging.")
					&& !setting.startsWith("--truereach.")) {
				return Cli.fail("unknown option '" + setting + "'", null, debug, 2);
			}
			settings.add(setting);
		}
		try {
			JobDefinitionLoader.load(job, JobDefinitionLoader.roots(Settings.get(settings, JobDefinitionLoader.ROOTS)));
		}
		catch (DefinitionException ex) {
			return Cli.fail(ex.getMessage(), ex, debug, 2);
		}
		RunParameters parameters = from != null ? RunParameters.range(job, from, to)
				: RunParameters.nightly(job, asOf != null ? asOf : LocalDate.now(ZoneId.systemDefault()));
		if (debug) {
			settings.add("--logging.level.com.truereach=DEBUG");
			settings.add("--logging.level.org.springframework.batch.core.step.AbstractStep=ERROR");
			settings.add("--logging.level.org.springframework.batch.core.job.AbstractJob=ERROR");
		}
		String[] springArgs = settings.toArray(String[]::new);
		JobRunner.Outcome outcome;
		try (ConfigurableApplicationContext context = SpringApplication.run(TrueReachApplication.class, springArgs)) {
			outcome = context.getBean(JobRunner.class).run(parameters, recover);
		}
		catch (RuntimeException ex) {
			return Cli.fail(Cli.rootMessage(ex), ex, debug, 1);
		}
		if (!outcome.succeeded()) {
			return Cli.fail(outcome.message(), outcome.failure(), debug, 1);
		}
		System.out.println("report: " + Cli.display(outcome.report()));
		return 0;
	}
}
