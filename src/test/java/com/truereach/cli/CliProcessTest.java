package com.truereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.truereach.TrueReachApplication;

import picocli.CommandLine;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line as a scheduler drives it: child JVMs, their exit codes, the one line on
 * stderr, {@code runs --json} after a failure, a restart, a re-run and a crash, and the run
 * summary against the workbook. Each child is bounded in time ({@link CliChild#TIMEOUT}) and heap.
 */
class CliProcessTest {

	private static final Path FIXTURE = Path.of("src/test/resources/fixtures/job");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@Test
	void everyCommandPrintsItsHelpWithExitZero() {
		CommandLine cli = TrueReachApplication.commandLine();
		List<List<String>> commands = new ArrayList<>();
		cli.getSubcommands().forEach((name, command) -> {
			if (!name.equals("help")) {
				commands.add(List.of(name));
				command.getSubcommands().keySet().forEach(sub -> commands.add(List.of(name, sub)));
			}
		});
		assertThat(commands).contains(List.of("run"), List.of("runs", "show"), List.of("stop"), List.of("prune"));
		for (List<String> command : commands) {
			String name = String.join(" ", command);
			StringWriter out = new StringWriter();
			List<String> args = new ArrayList<>(command);
			args.add("--help");
			int exit = TrueReachApplication.commandLine().setOut(new PrintWriter(out)).execute(args.toArray(String[]::new));
			assertThat(exit).as(name).isZero();
			assertThat(out.toString()).as(name).contains("Usage: truereach " + name);
		}
		CliChild.Result help = CliChild.run(dir, "run", "--help");
		assertThat(help.exit()).as(help.toString()).isZero();
		assertThat(help.out()).contains("--job=<job>").contains("--as-of");
	}

	@Test
	void aBadDateOrDefinitionIsOneLineWithExitTwo() throws IOException {
		Path job = copyFixture();
		CliChild.Result date = CliChild.run(dir, "run", "--job", job.toString(), "--from", "2026-02-30", "--to",
				"2026-03-01");
		assertThat(date.exit()).as(date.toString()).isEqualTo(2);
		assertThat(date.err()).isEqualTo("error: --from: '2026-02-30' is not a date (YYYY-MM-DD)" + System.lineSeparator());

		Files.writeString(job, Files.readString(job).replace("platform: x", "platform: myspace"));
		CliChild.Result definition = CliChild.run(dir, "run", "--job", job.toString());
		assertThat(definition.exit()).as(definition.toString()).isEqualTo(2);
		assertThat(definition.err().lines()).singleElement().asString().contains("unknown platform 'myspace'");
	}

	/**
	 * A run fails in the report step (its output folder is a file), is restarted by its id once
	 * the folder is fixed, and the same nightly request run again the same night finds nothing
	 * new and changes no figure. {@code --as-of} reports the window ending that day. Then, on the
	 * same history, a live owner and a broken database.
	 */
	@Test
	void failureRestartTheSameNightAgainAndRefusals() throws Exception {
		Path job = copyFixture();
		Path reports = dir.resolve("reports");
		Files.writeString(reports, "not a folder");

		CliChild.Result failed = CliChild.run(dir, "run", "--job", job.toString());
		assertThat(failed.exit()).as(failed.toString()).isEqualTo(1);
		assertThat(failed.err().lines()).singleElement()
			.asString()
			.startsWith("error: run ")
			.contains("file already exists");
		assertNoStackTrace(failed);
		Map<String, Object> failure = runs().get(0);
		assertThat(failure).containsEntry("status", "FAILED").containsEntry("from", "2026-03-01")
			.containsEntry("to", "2026-03-10").containsEntry("revision", 1).containsEntry("rowsRead", 16)
			.containsEntry("rowsAccepted", 16).containsEntry("rowsRejected", 0).containsEntry("report", null);
		assertThat((String) failure.get("failure")).endsWith("reports: file already exists");

		Files.delete(reports);
		CliChild.Result restarted = CliChild.run(dir, "restart", failure.get("id").toString());
		assertThat(restarted.exit()).as(restarted.toString()).isZero();
		assertThat(restarted.out().lines().reduce((a, b) -> b)).contains("report: reports/fixture_2026-03-01_2026-03-10.xlsx");
		assertThat(restarted.out()).doesNotContain(" WARN ");
		List<Map<String, Object>> afterRestart = runs();
		assertThat(afterRestart).hasSize(2);
		assertThat(afterRestart.get(0)).containsEntry("status", "COMPLETED").containsEntry("run", failure.get("run"))
			.containsEntry("failure", null);
		assertThat(afterRestart.get(1)).containsEntry("id", failure.get("id")).containsEntry("status", "FAILED");

		Path summaryFile = reports.resolve("fixture_2026-03-01_2026-03-10.json");
		Map<String, Object> summary = read(summaryFile);
		assertThat(summary).containsEntry("status", "COMPLETED").containsEntry("id", afterRestart.get(0).get("id"))
			.containsEntry("rowsAccepted", 16);
		assertMatchesWorkbook(summary, reports.resolve("fixture_2026-03-01_2026-03-10.xlsx"));

		CliChild.Result again = CliChild.run(dir, "run", "--job", job.toString());
		assertThat(again.exit()).as(again.toString()).isZero();
		assertThat(again.out()).contains("nothing new: every one of the 2 input files was stored by an earlier run");
		Map<String, Object> second = runs().get(0);
		assertThat(second).containsEntry("status", "COMPLETED").containsEntry("revision", 2).containsEntry("newFiles", 0)
			.containsEntry("rowsAccepted", 16);
		assertThat(read(summaryFile).get("accounts")).isEqualTo(summary.get("accounts"));

		CliChild.Result asOf = CliChild.run(dir, "run", "--job", job.toString(), "--as-of", "2026-03-05");
		assertThat(asOf.exit()).as(asOf.toString()).isZero();
		assertThat(asOf.out()).contains("report: reports/fixture_2026-02-24_2026-03-05.xlsx");

		aLiveOwnerRefusesAndABrokenDatabaseIsNamed(job);
	}

	/**
	 * A database another process holds (H2) refuses a launch; an execution marked running whose
	 * owner process lives is never taken over, not even with {@code --recover} (the owner record
	 * written as a run on PostgreSQL writes it). Unreachable and corrupt databases are named with
	 * the way out.
	 */
	private void aLiveOwnerRefusesAndABrokenDatabaseIsNamed(Path job) throws Exception {
		long execution = ((Number) runs().get(0).get("id")).longValue();
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/truereach"), "sa", "")) {
			// H2: the process that has the file open (here the test) holds it for itself
			CliChild.Result locked = CliChild.run(dir, "run", "--job", job.toString());
			assertThat(locked.exit()).as(locked.toString()).isEqualTo(3);
			assertThat(locked.err().lines()).singleElement()
				.asString()
				.startsWith("error: another run is busy: the database jdbc:h2:file:./data/truereach is open in another");
			try (PreparedStatement started = db.prepareStatement(
					"UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?")) {
				started.setLong(1, execution);
				started.executeUpdate();
			}
			try (PreparedStatement owner = db.prepareStatement(
					"INSERT INTO tr_run_owner (execution_id, host, pid, started, heartbeat) VALUES (?, ?, ?, ?, ?)")) {
				Timestamp now = Timestamp.from(Instant.now());
				owner.setLong(1, execution);
				owner.setString(2, InetAddress.getLocalHost().getHostName());
				owner.setLong(3, ProcessHandle.current().pid());
				owner.setTimestamp(4, now);
				owner.setTimestamp(5, now);
				owner.executeUpdate();
			}
		}
		CliChild.Result refused = CliChild.run(dir, "run", "--job", job.toString(), "--recover");
		assertThat(refused.exit()).as(refused.toString()).isEqualTo(3);
		assertThat(refused.err().lines()).singleElement()
			.asString()
			.startsWith("error: another run is busy: execution " + execution)
			.contains("pid " + ProcessHandle.current().pid());

		CliChild.Result unreachable = CliChild.run(dir, "runs",
				"--spring.datasource.url=jdbc:postgresql://no-such-host.invalid:5432/truereach",
				"--spring.datasource.password=hunter2");
		assertThat(unreachable.exit()).as(unreachable.toString()).isEqualTo(4);
		assertThat(unreachable.err().lines()).singleElement()
			.asString()
			.contains("jdbc:postgresql://no-such-host.invalid:5432/truereach")
			.contains("unknown host no-such-host.invalid")
			.doesNotContain("hunter2");

		Files.write(dir.resolve("data/truereach.mv.db"), new byte[64 * 1024]);
		CliChild.Result corrupt = CliChild.run(dir, "runs");
		assertThat(corrupt.exit()).as(corrupt.toString()).isEqualTo(4);
		assertThat(corrupt.err().lines()).singleElement()
			.asString()
			.contains("jdbc:h2:file:./data/truereach")
			.endsWith("move data/ aside: history is rebuilt from the input files still on disk");
		assertNoStackTrace(corrupt);
	}

	/**
	 * A run that fails leaves a FAILED summary where the completed one goes, with the step that
	 * failed, why, and what it did so far; its restart replaces it. A nightly request that fails
	 * before its range is fixed leaves {@code <name>_nightly_<day>.json}, removed once it completes.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aFailedRunLeavesASummaryThatItsRestartReplaces() throws Exception {
		Path job = copyFixture();
		Path reports = dir.resolve("reports");
		// the workbook's name taken by a folder: the report step fails, the summary beside it can be written
		Path blocked = Files.createDirectories(reports.resolve("fixture_2026-03-01_2026-03-10.xlsx"));
		CliChild.Result failed = CliChild.run(dir, "run", "--job", job.toString(), "--from", "2026-03-01", "--to",
				"2026-03-10");
		assertThat(failed.exit()).as(failed.toString()).isEqualTo(1);
		Path summaryFile = reports.resolve("fixture_2026-03-01_2026-03-10.json");
		Map<String, Object> summary = read(summaryFile);
		Map<String, Object> failure = runs().get(0);
		assertThat(summary).containsEntry("schema", 1).containsEntry("id", failure.get("id"))
			.containsEntry("status", "FAILED").containsEntry("failedStep", "report").containsEntry("report", null)
			.containsEntry("from", "2026-03-01").containsEntry("to", "2026-03-10").containsEntry("rowsRead", 16)
			.containsEntry("rowsAccepted", 16).containsEntry("accounts", List.of()).containsEntry("warnings", List.of());
		assertThat((String) summary.get("failure")).isNotBlank().isEqualTo(failure.get("failure"));
		assertThat(failure).containsEntry("failedStep", "report");
		List<Map<String, Object>> steps = (List<Map<String, Object>>) summary.get("steps");
		assertThat(steps).extracting(s -> s.get("name") + " " + s.get("status"))
			.contains("ingest COMPLETED", "conversion COMPLETED", "report FAILED");
		assertThat(steps).allSatisfy(s -> assertThat(s.get("durationMillis")).isNotNull());
		assertThat((List<Map<String, Object>>) summary.get("fileCounts")).hasSize(2)
			.allSatisfy(f -> assertThat(f).containsEntry("status", "OK"));
		CliChild.Result show = CliChild.run(dir, "runs", "show", failure.get("id").toString());
		assertThat(show.exit()).as(show.toString()).isZero();
		assertThat(show.out()).containsPattern("(?m)^  step ingest +COMPLETED +read 2, written 2")
			.containsPattern("(?m)^  step report +FAILED .*; " + java.util.regex.Pattern.quote((String) failure.get("failure")))
			.containsPattern("(?m)^  file acme-x: \\S+account_overview_analytics.csv \\(\\S+\\) OK, read \\d+");
		CliChild.Result showJson = CliChild.run(dir, "runs", "show", failure.get("id").toString(), "--json");
		assertThat(showJson.exit()).as(showJson.toString()).isZero();
		Map<String, Object> shown = JSON.readValue(showJson.out(), new TypeReference<Map<String, Object>>() {
		});
		assertThat(shown.get("steps")).isEqualTo(summary.get("steps"));
		assertThat(shown.get("fileCounts")).isEqualTo(summary.get("fileCounts"));
		CliChild.Result unknown = CliChild.run(dir, "runs", "show", "999");
		assertThat(unknown.exit()).as(unknown.toString()).isEqualTo(2);
		assertThat(unknown.err()).isEqualTo("error: no execution 999 (see: truereach runs)" + System.lineSeparator());

		Files.delete(blocked);
		CliChild.Result restarted = CliChild.run(dir, "restart", failure.get("id").toString());
		assertThat(restarted.exit()).as(restarted.toString()).isZero();
		Map<String, Object> completed = read(summaryFile);
		assertThat(completed).containsEntry("status", "COMPLETED").containsEntry("run", failure.get("run"))
			.containsEntry("failedStep", null).containsEntry("failure", null);
		assertThat((List<?>) completed.get("accounts")).hasSize(1);

		// the nightly window ends on the last day the inputs cover: unknown while ingestion fails
		Files.copy(dir.resolve("stripe/unified_payments.csv"), dir.resolve("stripe/unstorable_payments.csv"));
		CliChild.Result nightly = CliChild.run(dir, "run", "--job", job.toString(),
				"--spring.main.sources=com.truereach.job.StoreFailsOnMarkedFile");
		assertThat(nightly.exit()).as(nightly.toString()).isEqualTo(1);
		List<Path> unfinished = summaries(reports, "fixture_nightly_");
		assertThat(unfinished).hasSize(1);
		Map<String, Object> nightlySummary = read(unfinished.get(0));
		assertThat(nightlySummary).containsEntry("status", "FAILED").containsEntry("failedStep", "ingest")
			.containsEntry("from", null);
		assertThat((String) nightlySummary.get("failure")).contains("the database refused unstorable_payments.csv");
		assertThat(nightly.out()).containsPattern("run summary: \\S*" + unfinished.get(0).getFileName());

		Files.delete(dir.resolve("stripe/unstorable_payments.csv"));
		// retention in the definition prunes after the completed run, before its report line
		Files.writeString(job, Files.readString(job) + "retention: { days: 30 }\n");
		CliChild.Result resumed = CliChild.run(dir, "run", "--job", job.toString());
		assertThat(resumed.exit()).as(resumed.toString()).isZero();
		assertThat(resumed.out()).containsPattern("pruned the stored days of 0 superseded exports \\(0 series\\) "
				+ "first seen before \\S+\\R(?:.*\\R)*report: reports/fixture_2026-03-01_2026-03-10.xlsx");
		CliChild.Result prune = CliChild.run(dir, "prune", "--older-than", "0");
		assertThat(prune.exit()).as(prune.toString()).isZero();
		assertThat(prune.out()).startsWith("pruned the stored days of 0 superseded exports");
		assertThat(summaries(reports, "fixture_nightly_")).isEmpty();
		assertThat(read(reports.resolve("fixture_2026-03-01_2026-03-10.json"))).containsEntry("status", "COMPLETED")
			.containsEntry("run", nightlySummary.get("run"));
	}

	/**
	 * {@code stop ID} from another process on the embedded H2: while the run ingests, {@code runs}
	 * shows it with its owner, a second launch is refused (exit 3), {@code stop} asks it to stop
	 * (exit 0); the run ends STOPPED at its next file (exit 1) with a STOPPED summary, and
	 * {@code restart ID} completes it.
	 */
	@Test
	void stopFromAnotherProcessOnH2AndRestart() throws Exception {
		Path job = copyFixture();
		Path hold = Files.writeString(dir.resolve("hold-store"), "");
		CliChild running = CliChild.start(dir, "run", "--job", job.toString(), "--from", "2026-03-01", "--to",
				"2026-03-10", "--truereach.ingest.partitions=1",
				"--spring.main.sources=com.truereach.job.StoreWaitsWhileHeld");
		CliChild.Result stopped;
		Map<String, Object> execution;
		try {
			assertThat(running.awaitOutput("step ingest started", CliChild.TIMEOUT)).as(running.out()).isTrue();
			execution = runs().get(0);
			assertThat(execution).containsEntry("status", "STARTED");
			assertThat((String) execution.get("owner")).startsWith("pid " + running.process.pid() + " on ");

			CliChild.Result second = CliChild.run(dir, "run", "--job", job.toString());
			assertThat(second.exit()).as(second.toString()).isEqualTo(3);
			assertThat(second.err().lines()).singleElement()
				.asString()
				.startsWith("error: another run is busy: execution " + execution.get("id"))
				.contains("truereach stop " + execution.get("id"));

			CliChild.Result prune = CliChild.run(dir, "prune", "--older-than", "30");
			assertThat(prune.exit()).as(prune.toString()).isEqualTo(3);
			assertThat(prune.err()).startsWith("error: another run is busy (execution " + execution.get("id") + ")");

			CliChild.Result stop = CliChild.run(dir, "stop", execution.get("id").toString());
			assertThat(stop.exit()).as(stop.toString()).isZero();
			assertThat(stop.out()).contains("execution " + execution.get("id") + " asked to stop");
		}
		finally {
			Files.deleteIfExists(hold);
			stopped = running.finish();
		}
		assertThat(stopped.exit()).as(stopped.toString()).isEqualTo(1);
		assertThat(stopped.err().lines()).singleElement()
			.asString()
			.endsWith("ended STOPPED, as asked (truereach stop); resume it with: truereach restart " + execution.get("id"));
		assertThat(runs().get(0)).containsEntry("id", execution.get("id")).containsEntry("status", "STOPPED");
		Path summaryFile = dir.resolve("reports/fixture_2026-03-01_2026-03-10.json");
		assertThat(read(summaryFile)).containsEntry("status", "STOPPED").containsEntry("id", execution.get("id"));

		CliChild.Result restarted = CliChild.run(dir, "restart", execution.get("id").toString());
		assertThat(restarted.exit()).as(restarted.toString()).isZero();
		Map<String, Object> completed = runs().get(0);
		assertThat(completed).containsEntry("status", "COMPLETED").containsEntry("run", execution.get("run"))
			.containsEntry("rowsAccepted", 16);
		assertThat(read(summaryFile)).containsEntry("status", "COMPLETED").containsEntry("id", completed.get("id"));
	}

	private static List<Path> summaries(Path folder, String prefix) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
		}
	}

	/** kill -9 during ingestion: the next launch recovers the execution by itself and completes it. */
	@Test
	void aCrashedRunIsRecoveredByTheNextLaunch() throws Exception {
		for (String folder : List.of("instagram/northwindcoffee", "revenue/stripe")) {
			copyTree(Path.of("input", folder), dir.resolve("input").resolve(folder));
		}
		Path job = dir.resolve("crash.yml");
		Files.writeString(job, """
				name: crash
				window: { days: 30, ending: latest }
				output: reports
				currency: USD
				accounts:
				  - id: nw-ig
				    platform: instagram
				    handle: "@northwindcoffee"
				    files: ["input/instagram/northwindcoffee/*"]
				revenue:
				  - name: stripe
				    files: ["input/revenue/stripe/*.csv"]
				""");
		// one partition: the files are read one after the other, so the run is still ingesting when it is killed
		// and H2 writes each commit to its file at once (by default within half a second), so that the
		// execution killed is on disk
		CliChild first = CliChild.start(dir, "run", "--job", job.toString(), "--truereach.ingest.partitions=1",
				"--spring.datasource.url=jdbc:h2:file:./data/truereach;WRITE_DELAY=0");
		try {
			assertThat(first.awaitOutput("Ingestion - ", CliChild.TIMEOUT)).as(first.out()).isTrue();
			assertThat(first.process.isAlive()).as("the first run still ingests when it is killed").isTrue();
		}
		finally {
			first.process.destroyForcibly().waitFor();
		}
		Map<String, Object> crashed = runs().get(0);
		assertThat(crashed).containsEntry("status", "STARTED");
		assertThat((String) crashed.get("owner")).startsWith("gone: pid " + first.process.pid());
		CliChild.Result prune = CliChild.run(dir, "prune", "--older-than", "30");
		assertThat(prune.exit()).as("a crashed run blocks no prune: " + prune).isZero();

		CliChild.Result recovered = CliChild.run(dir, "run", "--job", job.toString());
		assertThat(recovered.exit()).as(recovered.toString()).isZero();
		assertThat(recovered.out()).contains("recovering execution " + crashed.get("id"));
		List<Map<String, Object>> runs = runs();
		assertThat(runs.get(0)).containsEntry("status", "COMPLETED").containsEntry("run", crashed.get("run"));
		assertThat(runs.get(1)).containsEntry("id", crashed.get("id")).containsEntry("status", "FAILED");
	}

	private List<Map<String, Object>> runs() {
		CliChild.Result runs = CliChild.run(dir, "runs", "--json");
		assertThat(runs.exit()).as(runs.toString()).isZero();
		return JSON.readValue(runs.out(), new TypeReference<List<Map<String, Object>>>() {
		});
	}

	private static Map<String, Object> read(Path json) throws IOException {
		return JSON.readValue(Files.readString(json), new TypeReference<Map<String, Object>>() {
		});
	}

	private static void assertNoStackTrace(CliChild.Result result) {
		assertThat(result.out()).doesNotContain("\tat ").doesNotContain("Exception");
		assertThat(result.err()).doesNotContain("\tat ");
	}

	/** The summary's headline figures are those of the workbook's Summary sheet. */
	@SuppressWarnings("unchecked")
	private static void assertMatchesWorkbook(Map<String, Object> summary, Path workbook) throws IOException {
		List<Map<String, Object>> accounts = (List<Map<String, Object>>) summary.get("accounts");
		assertThat(accounts).hasSize(1);
		Map<String, Object> account = accounts.get(0);
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheet("Summary");
			Row header = null;
			Row row = null;
			for (Row r : sheet) {
				if (header == null && column(r, "Account") >= 0) {
					header = r;
				}
				else if (header != null && row == null) {
					row = r;
				}
			}
			assertThat(row).as("the Summary sheet's account row").isNotNull();
			assertThat(number(header, row, "Followers at end"))
				.isEqualByComparingTo(account.get("followersReportedEnd").toString());
			assertThat(number(header, row, "Real followers at end", "Clean followers at end"))
				.isEqualByComparingTo(account.get("followersCleanEnd").toString());
			assertThat(number(header, row, "Quality score (0-100)", "Quality score")).isEqualByComparingTo(account.get("qualityScore").toString());
			assertThat(number(header, row, "Attributed revenue").setScale(2, RoundingMode.HALF_EVEN))
				.isEqualByComparingTo(account.get("revenue").toString());
			assertThat(new BigDecimal(account.get("revenue").toString())).isPositive();
		}
	}

	/** The value under the first of {@code names} the header has (the workbook's wording has changed before). */
	private static BigDecimal number(Row header, Row row, String... names) {
		for (String name : names) {
			int column = column(header, name);
			if (column >= 0) {
				return BigDecimal.valueOf(row.getCell(column).getNumericCellValue()).stripTrailingZeros();
			}
		}
		throw new AssertionError("no column " + String.join(" or ", names));
	}

	private static int column(Row header, String name) {
		for (Cell cell : header) {
			if (cell.toString().equals(name)) {
				return cell.getColumnIndex();
			}
		}
		return -1;
	}

	private Path copyFixture() throws IOException {
		copyTree(FIXTURE, dir);
		return dir.resolve("job.yml");
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}
}
