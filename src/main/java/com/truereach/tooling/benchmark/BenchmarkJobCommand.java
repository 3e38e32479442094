package com.truereach.tooling.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.truereach.tooling.generate.ScaleGenerator;

/**
 * {@code benchmark-job}: the whole job as an operator runs it, not its parts. It writes the scale
 * set (or reuses it), runs a backfill of every day into a fresh database as a separate JVM with the
 * heap the target names, then writes the next night's exports beside the set's (one new export of
 * the last days per account, as an agency downloads them; the set's files stay as they are) and
 * runs the nightly request on the same database, and prints for each run the wall time (JVM start included), each step's time, the
 * rows ingested per second, the peak heap (largest heap in use before a collection, from the
 * JVM's own GC log) and the peak resident memory (the kernel's high-water mark of the process).
 */
@Command(name = "benchmark-job", mixinStandardHelpOptions = true,
		description = "Time the whole job on the scale set: a backfill into a fresh database, then a nightly increment.")
public final class BenchmarkJobCommand implements Callable<Integer> {

	/** Days each export of the nightly increment covers: the platforms' usual "last 28 days". */
	private static final int NIGHTLY_EXPORT_DAYS = 28;

	/** The list of the files the nightly increment added to the set. */
	private static final String NIGHTLY_FILES = "nightly-files.txt";

	/** The folder of the unpacked jar with --cds, and its archive. */
	private static final String UNPACKED = "app";

	private static final String ARCHIVE = "truereach.jsa";

	private static final Pattern GC_HEAP = Pattern.compile("\\) (\\d+)M->(\\d+)M\\(");

	@Option(names = "--out", defaultValue = "target/scale", description = "Scale set folder (default: ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--accounts", defaultValue = "2000", description = "Accounts (default: ${DEFAULT-VALUE}).")
	int accounts;

	@Option(names = "--days", defaultValue = "730", description = "Days of the backfill (default: ${DEFAULT-VALUE}).")
	int days;

	@Option(names = "--end", defaultValue = "2026-11-24", description = "Last day of the backfill (default: ${DEFAULT-VALUE}).")
	LocalDate end;

	@Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--heap", defaultValue = "512m", description = "-Xmx of the job's JVM (default: ${DEFAULT-VALUE}).")
	String heap;

	@Option(names = "--no-clients", negatable = true, defaultValue = "true",
			description = "Group the accounts into clients, a workbook each, as an agency does (default: ${DEFAULT-VALUE}); --no-clients: one workbook of every account. A reused set keeps the scale.yml it has.")
	boolean clients;

	@Option(names = "--reuse", description = "Keep a scale set already written with the same arguments.")
	boolean reuse;

	@Option(names = "--timeout", defaultValue = "900", description = "Seconds a run may take before it is killed (default: ${DEFAULT-VALUE}).")
	long timeoutSeconds;

	@Option(names = "--cds", description = "Start the runs as the shipped units do: from the jar unpacked, with a class data"
			+ " sharing archive written by the backfill's JVM at its exit (its time includes that) and used by the nightly's.")
	boolean cds;

	@Option(names = "--jfr", description = "Record each run with Java Flight Recorder (profile settings) into this folder"
			+ " (with --cds not the backfill: a JVM writing an archive does not record).")
	Path jfr;

	@Option(names = "--db-url", description = "JDBC URL of the database to use instead of a fresh H2 file (e.g. PostgreSQL); it should be empty.")
	String dbUrl;

	@Option(names = "--db-user", description = "Database user with --db-url.")
	String dbUser;

	@Option(names = "--db-password", description = "Database password with --db-url.")
	String dbPassword;

	/** How the runs start TrueReach. */
	private List<String> launcher;

	@Override
	public Integer call() throws Exception {
		Path job = out.resolve("scale.yml");
		Path nightlyFiles = out.resolve(NIGHTLY_FILES);
		if (!(reuse && Files.exists(job))) {
			FileSystemUtils.deleteRecursively(out);
			generate(end);
		}
		else if (Files.exists(nightlyFiles)) {
			// the backfill starts from the set alone, without an earlier benchmark's nightly exports
			for (String file : Files.readAllLines(nightlyFiles)) {
				Files.deleteIfExists(Path.of(file));
			}
			Files.delete(nightlyFiles);
		}
		Path work = out.resolveSibling(out.getFileName() + "-run");
		FileSystemUtils.deleteRecursively(work);
		Files.createDirectories(work);
		launcher = cds ? unpacked(work) : launcher();
		if (jfr != null) {
			Files.createDirectories(jfr);
		}
		LocalDate from = end.minusDays(days - 1L);
		Run backfill = run("backfill", work, job, List.of("--from", from.toString(), "--to", end.toString()));
		if (backfill.exitCode != 0) {
			System.out.printf(Locale.ROOT, "%nbackfill of %d accounts x %d days failed after %.1f s (peak heap %d MB, peak RSS %d MB"
					+ " with -Xmx%s): no nightly increment on its database%n", accounts, days, backfill.seconds,
					backfill.peakHeapMb, backfill.peakRssMb, heap);
			return 1;
		}
		increment(end.plusDays(1), nightlyFiles);
		Run nightly = run("nightly", work, job, List.of("--as-of", end.plusDays(1).toString()));
		System.out.printf(Locale.ROOT, "%nbackfill of %d accounts x %d days: %.1f s, peak heap %d MB, peak RSS %d MB (target 40 s with -Xmx512m)%n",
				accounts, days, backfill.seconds, backfill.peakHeapMb, backfill.peakRssMb);
		System.out.printf(Locale.ROOT, "nightly increment: %.1f s, peak heap %d MB, peak RSS %d MB (target 15 s)%n",
				nightly.seconds, nightly.peakHeapMb, nightly.peakRssMb);
		return backfill.exitCode == 0 && nightly.exitCode == 0 ? 0 : 1;
	}

	private void generate(LocalDate last) throws IOException {
		long started = System.nanoTime();
		long accountDays = new ScaleGenerator(out, seed, last, days, accounts, clients).generate();
		System.out.printf(Locale.ROOT, "scale set ending %s: %d account-days written in %.1f s%n", last, accountDays,
				(System.nanoTime() - started) / 1e9);
	}

	/** The next night's exports beside the set's, listed so that a later benchmark reusing the set removes them. */
	private void increment(LocalDate day, Path list) throws IOException {
		long started = System.nanoTime();
		List<Path> files = new ScaleGenerator(out, seed, end, days, accounts).increment(day, NIGHTLY_EXPORT_DAYS);
		Files.write(list, files.stream().map(f -> f.toAbsolutePath().toString()).toList());
		System.out.printf(Locale.ROOT, "exports of %s: %d files of the last %d days written in %.1f s%n", day,
				files.size(), NIGHTLY_EXPORT_DAYS, (System.nanoTime() - started) / 1e9);
	}

	private Run run(String name, Path work, Path job, List<String> range) throws Exception {
		Path gcLog = work.resolve(name + "-gc.log");
		Path output = work.resolve(name + ".log");
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap, "-Xlog:gc:file=" + gcLog.toAbsolutePath()));
		Path archive = work.resolve(UNPACKED).resolve(ARCHIVE).toAbsolutePath();
		boolean archiving = cds && !Files.exists(archive);
		if (jfr != null && !archiving) {
			command.add("-XX:StartFlightRecording=settings=profile,filename=" + jfr.toAbsolutePath().resolve(name + ".jfr"));
		}
		if (cds) {
			command.add((archiving ? "-XX:ArchiveClassesAtExit=" : "-XX:SharedArchiveFile=") + archive);
		}
		command.addAll(launcher);
		command.addAll(List.of("run", "--job", job.toAbsolutePath().toString()));
		command.addAll(range);
		if (dbUrl != null) {
			command.add("--spring.datasource.url=" + dbUrl);
			if (dbUser != null) {
				command.add("--spring.datasource.username=" + dbUser);
			}
			if (dbPassword != null) {
				command.add("--spring.datasource.password=" + dbPassword);
			}
		}
		System.out.printf("%n%s: %s%n", name, String.join(" ", range));
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		long peakRssKb = 0;
		while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
			peakRssKb = Math.max(peakRssKb, highWaterMarkKb(process.pid()));
			if (System.nanoTime() - started > TimeUnit.SECONDS.toNanos(timeoutSeconds)) {
				process.destroyForcibly().waitFor();
				System.out.printf("%s: killed after %d s%n", name, timeoutSeconds);
				break;
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		int exit = process.isAlive() ? -1 : process.exitValue();
		System.out.printf(Locale.ROOT, "%s: exit %d in %.1f s wall (JVM start included)%n", name, exit, seconds);
		if (exit != 0) {
			Files.readAllLines(output).stream().filter(l -> l.startsWith("error:")).forEach(l -> System.out.println("  " + l));
		}
		steps(work);
		return new Run(exit, seconds, peakHeapMb(gcLog), peakRssKb / 1024);
	}

	/** Each step of the latest execution with its time, read from the job repository the run wrote. */
	private void steps(Path work) {
		String url = dbUrl != null ? dbUrl : "jdbc:h2:file:" + work.toAbsolutePath().resolve("data/truereach");
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, dbUrl != null ? dbUser : "sa",
				dbUrl != null ? dbPassword : "");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Long execution = jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
		if (execution == null) {
			return;
		}
		// the files passed over as unchanged carry the rows counted when an earlier run read them: not read now
		long rows = jdbc.queryForObject("SELECT COALESCE(SUM(r.rows_read), 0) FROM tr_file_run r JOIN BATCH_JOB_EXECUTION e"
				+ " ON r.run_id = e.JOB_INSTANCE_ID WHERE e.JOB_EXECUTION_ID = ? AND r.status <> 'UNCHANGED'", Long.class,
				execution);
		Map<String, Long> inputs = new HashMap<>();
		jdbc.query("SELECT i.outcome, COUNT(*) FROM tr_input_read i JOIN BATCH_JOB_EXECUTION e ON i.checked_run ="
				+ " e.JOB_INSTANCE_ID WHERE e.JOB_EXECUTION_ID = ? GROUP BY i.outcome",
				rs -> {
					inputs.put(rs.getString(1), rs.getLong(2));
				}, execution);
		long unchanged = inputs.getOrDefault("UNCHANGED", 0L);
		long read = inputs.values().stream().mapToLong(Long::longValue).sum() - unchanged;
		jdbc.query("SELECT STEP_NAME, STATUS, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
				+ " AND STEP_NAME NOT LIKE '%:%' ORDER BY STEP_EXECUTION_ID", rs -> {
					String step = rs.getString("STEP_NAME");
					if (rs.getTimestamp("END_TIME") == null) {
						System.out.printf("  %-14s %-10s did not finish%n", step, rs.getString("STATUS"));
						return;
					}
					double seconds = Duration
						.between(rs.getTimestamp("START_TIME").toInstant(), rs.getTimestamp("END_TIME").toInstant())
						.toMillis() / 1000.0;
					String rate = step.equals("ingest") && seconds > 0 ? String.format(Locale.ROOT,
							", %d input files read (%d rows = %.0f rows/s), %d unchanged and not read", read, rows,
							rows / seconds, unchanged) : "";
					System.out.printf(Locale.ROOT, "  %-14s %-10s %7.1f s%s%n", step, rs.getString("STATUS"), seconds, rate);
				}, execution);
	}

	/** The largest heap in use when a collection started, over the run. */
	static long peakHeapMb(Path gcLog) throws IOException {
		if (!Files.exists(gcLog)) {
			return -1;
		}
		long peak = 0;
		for (String line : Files.readAllLines(gcLog)) {
			Matcher m = GC_HEAP.matcher(line);
			if (m.find()) {
				peak = Math.max(peak, Long.parseLong(m.group(1)));
			}
		}
		return peak;
	}

	/** VmHWM of a running process in kB (Linux); 0 where the kernel does not tell. */
	private static long highWaterMarkKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process ended between two looks: its last reading stands
		}
		return 0;
	}

	private static String javaBinary() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/**
	 * The jar this JVM was started from, unpacked into {@code work} as the install does (Spring
	 * Boot's {@code extract}): class data sharing archives only classes read from plain jars on
	 * the class path, not from the jars nested in the application's jar.
	 */
	private static List<String> unpacked(Path work) throws IOException, InterruptedException {
		List<String> jar = launcher();
		if (!jar.get(0).equals("-jar")) {
			throw new IllegalArgumentException("--cds needs TrueReach started from its jar (java -jar target/truereach.jar)");
		}
		Path folder = work.resolve(UNPACKED).toAbsolutePath();
		Process extract = new ProcessBuilder(javaBinary(), "-Djarmode=tools", "-jar", jar.get(1), "extract", "--destination",
				folder.toString(), "--application-filename", "truereach.jar")
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("extract.log").toFile())
			.start();
		if (extract.waitFor() != 0) {
			throw new IOException("could not unpack " + jar.get(1) + " (see " + work.resolve("extract.log") + ")");
		}
		return List.of("-jar", folder.resolve("truereach.jar").toString());
	}

	/** How to start TrueReach the way this JVM was started: from the jar, or from a class path. */
	private static List<String> launcher() {
		// absolute, because the job runs in its own working folder
		List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.map(entry -> Path.of(entry).toAbsolutePath().toString())
			.toList();
		if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
			return List.of("-jar", entries.get(0));
		}
		return List.of("-cp", String.join(File.pathSeparator, entries), "com.truereach.TrueReachApplication");
	}

	private record Run(int exitCode, double seconds, long peakHeapMb, long peakRssMb) {
	}
}
