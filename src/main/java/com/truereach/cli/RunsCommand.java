package com.truereach.cli;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import com.truereach.job.RunRecord;
import com.truereach.job.RunRecords;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code runs [--job NAME] [--last N] [--json]}: past and running executions, newest first;
 * {@code runs show ID}: one execution with its steps and files. Read through the JobRepository,
 * with the file and row counts the history keeps.
 */
@Command(name = "runs", description = "List past and running executions, newest first.",
		subcommands = RunsCommand.Show.class)
public final class RunsCommand extends DatabaseCommand implements Callable<Integer> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@Option(names = "--job", paramLabel = "NAME", description = "Only runs of this definition (file, or its name such as 'nightly')")
	String job;

	@Option(names = "--last", paramLabel = "N", defaultValue = "20", description = "How many executions (default ${DEFAULT-VALUE})")
	int last;

	@Option(names = "--json", description = "One JSON array of executions")
	boolean json;

	@Override
	public Integer call() {
		return withDatabase(context -> {
			List<RunRecord> records = context.getBean(RunRecords.class).list(definitions(job), last);
			if (json) {
				System.out.println(JSON.writeValueAsString(records.stream().map(RunsCommand::withoutDetail).toList()));
			}
			else if (records.isEmpty()) {
				System.out.println("no runs" + (job == null ? "" : " of " + job));
			}
			else {
				records.forEach(r -> System.out.print(line(r)));
			}
			return ExitCodes.OK;
		});
	}

	static Predicate<Path> definitions(String name) {
		if (name == null) {
			return path -> true;
		}
		Path asPath = Path.of(name).toAbsolutePath().normalize();
		return path -> path.equals(asPath) || path.getFileName().toString().equals(name)
				|| path.getFileName().toString().replaceFirst("\\.ya?ml$", "").equals(name);
	}

	private static Map<String, Object> withoutDetail(RunRecord record) {
		Map<String, Object> fields = new LinkedHashMap<>(JSON.convertValue(record, new TypeReference<Map<String, Object>>() {
		}));
		fields.remove("steps");
		fields.remove("fileCounts");
		return fields;
	}

	private static String line(RunRecord r) {
		StringBuilder line = new StringBuilder();
		line.append(String.format("%-5d %-10s %-40s range %-22s rev %d  %s  %s  files %d (%d new, %d not used)  rows %d read, %d accepted, %d rejected%n",
				r.id(), r.status(), r.request(), r.from() == null ? "-" : r.from() + ".." + r.to(), r.revision(),
				r.start() == null ? "-" : TIME.format(r.start()), duration(r.durationSeconds()), r.files(), r.newFiles(),
				r.filesNotUsed(), r.rowsRead(), r.rowsAccepted(), r.rowsRejected()));
		if (r.report() != null) {
			line.append("      report: ").append(Cli.display(Path.of(r.report()))).append('\n');
		}
		if (r.failure() != null && !"COMPLETED".equals(r.status())) {
			line.append("      failure: ").append(r.failure()).append('\n');
		}
		if (r.owner() != null) {
			line.append("      owner: ").append(r.owner()).append('\n');
		}
		return line.toString();
	}

	private static String duration(Long seconds) {
		return seconds == null ? "running" : seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
	}

	/** {@code runs show ID [--json]}: one execution, its steps with their counts and times, and its files. */
	@Command(name = "show", description = "One execution: its steps with counts and times, and its files.")
	static final class Show extends DatabaseCommand implements Callable<Integer> {

		@Parameters(paramLabel = "ID", description = "Execution id, as 'runs' lists it")
		long id;

		@Option(names = "--json", description = "The execution as one JSON object")
		boolean json;

		@Override
		public Integer call() {
			return withDatabase(context -> {
				RunRecord record = context.getBean(RunRecords.class).find(id);
				if (record == null) {
					return Cli.fail("no execution " + id + " (see: truereach runs)", null, debug, ExitCodes.BAD_REQUEST);
				}
				if (json) {
					System.out.println(JSON.writeValueAsString(record));
					return ExitCodes.OK;
				}
				System.out.print(line(record));
				System.out.println("  definition: " + record.definition());
				for (RunRecord.Step step : record.steps()) {
					System.out.printf("  step %-22s %-10s read %d, written %d, skipped %d, %s%s%n", step.name(),
							step.status(), step.read(), step.written(), step.skipped(),
							step.durationMillis() == null ? "running" : step.durationMillis() + " ms",
							step.failure() == null || "COMPLETED".equals(step.status()) ? "" : "; " + step.failure());
				}
				for (RunRecord.FileCount file : record.fileCounts()) {
					System.out.printf("  file %s: %s (%s) %s, read %d, accepted %d, rejected %d, replaced %d days%n",
							file.owner(), file.path(), file.format(), file.status(), file.read(), file.accepted(),
							file.rejected(), file.daysReplaced());
				}
				return ExitCodes.OK;
			});
		}
	}
}
