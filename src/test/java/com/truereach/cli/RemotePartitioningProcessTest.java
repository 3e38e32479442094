package com.truereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.truereach.TrueReachApplication;
import com.truereach.job.JobFixture;
import com.truereach.job.JobRunner;
import com.truereach.job.RunParameters;

/**
 * Remote partitioning as an operator runs it on one machine: an Artemis broker (embedded in
 * this JVM), a manager and two workers as separate JVMs sharing a PostgreSQL database, on the
 * demo's nightly job. The workbook is the one a single machine writes, cell for cell; a worker
 * killed mid-partition has its partition run again by the other, and nothing is counted twice.
 * Runs where {@code TRUEREACH_PG_URL} names a PostgreSQL server (.ci/run starts one), as
 * PostgresJobTest does; each test makes a database of its own on that server.
 */
@EnabledIfEnvironmentVariable(named = "TRUEREACH_PG_URL", matches = "jdbc:postgresql:.*")
class RemotePartitioningProcessTest {

	private static final Pattern ACCOUNT_DONE = Pattern.compile("CleanlinessTasklet - (\\S+): quality score");

	private static final Duration READY = Duration.ofSeconds(90);

	private static byte[] singleMachineWorkbook;

	@TempDir
	Path dir;

	private EmbeddedActiveMQ broker;

	private String database;

	private List<String> settings;

	private final List<CliChild> workers = new ArrayList<>();

	@BeforeEach
	void brokerAndDatabase() throws Exception {
		// the broker logs every message it routes before any Spring context has set the levels
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.activemq")).setLevel(Level.WARN);
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		ConfigurationImpl configuration = new ConfigurationImpl();
		configuration.setPersistenceEnabled(false);
		configuration.setSecurityEnabled(false);
		configuration.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
		broker = new EmbeddedActiveMQ();
		broker.setConfiguration(configuration);
		broker.start();

		database = "truereach_remote_" + System.nanoTime();
		execute("CREATE DATABASE " + database);
		String url = pgUrl();
		settings = List.of("--spring.datasource.url=" + url.substring(0, url.lastIndexOf('/') + 1) + database,
				"--spring.datasource.username=" + pgUser(), "--spring.datasource.password=" + pgPassword(),
				"--spring.artemis.broker-url=tcp://127.0.0.1:" + port, "--truereach.roots=input");
		JobFixture.demoIn(dir);
	}

	@AfterEach
	void stopAll() throws Exception {
		for (CliChild worker : workers) {
			worker.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		broker.stop();
		execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
	}

	@Test
	void aManagerAndTwoWorkersWriteTheSingleMachineWorkbook() throws Exception {
		CliChild first = ready(worker());
		CliChild second = worker();
		CliChild run = manager("--truereach.partitions=4");
		ready(second);
		CliChild.Result manager = run.finish();

		assertThat(manager.exit()).as(manager.toString()).isZero();
		assertSameWorkbookAsOneMachine(manager);
		assertThat(manager.out()).as("the manager ran no partition itself")
			.doesNotContain("quality score")
			.doesNotContainPattern("ConversionTasklet - \\S+: revenue");
		Map<String, Long> firstAccounts = accountsDone(first);
		Map<String, Long> secondAccounts = accountsDone(second);
		assertThat(firstAccounts).as("accounts of the first worker\n" + first.out()).isNotEmpty();
		assertThat(secondAccounts).as("accounts of the second worker\n" + second.out()).isNotEmpty();
		assertThat(merged(firstAccounts, secondAccounts)).as("each account analysed once, by one worker")
			.hasSize(8)
			.allSatisfy((account, times) -> assertThat(times).as(account).isEqualTo(1));
		assertNothingCountedTwice();

		// a worker runs until stopped; SIGTERM ends it
		for (CliChild worker : List.of(first, second)) {
			worker.process.destroy();
			assertThat(worker.process.waitFor(40, TimeUnit.SECONDS)).as("worker ends on SIGTERM").isTrue();
		}
	}

	@Test
	void aWorkerKilledMidPartitionHasItsPartitionRunAgainByTheOther() throws Exception {
		CliChild first = ready(worker());
		CliChild second = worker();
		// two partitions of four accounts: a worker that has analysed one account is in the middle of its partition
		CliChild run = manager("--truereach.partitions=2");
		ready(second);
		CliChild victim = null;
		long deadline = System.nanoTime() + CliChild.TIMEOUT.toNanos();
		while (victim == null && System.nanoTime() < deadline && run.process.isAlive()) {
			victim = first.out().contains("quality score") ? first : second.out().contains("quality score") ? second : null;
			Thread.sleep(20);
		}
		assertThat(victim).as("a worker started its partition\n" + run.out()).isNotNull();
		victim.process.destroyForcibly().waitFor();
		CliChild survivor = victim == first ? second : first;
		CliChild.Result manager = run.finish();

		Map<String, Long> killed = accountsDone(victim);
		assertThat(killed).as("the worker was killed before it ended its partition of 4 accounts\n" + victim.out())
			.hasSizeLessThan(4);
		assertThat(manager.exit()).as(manager.toString()).isZero();
		assertThat(survivor.out()).contains("started before by a worker that is gone, run again");
		Map<String, Long> survived = accountsDone(survivor);
		assertThat(survived).as("the survivor analysed every account: its partition and the killed worker's\n"
				+ survivor.out()).hasSize(8).allSatisfy((account, times) -> assertThat(times).isEqualTo(1));
		assertThat(survived).containsKeys(killed.keySet().toArray(String[]::new));
		assertSameWorkbookAsOneMachine(manager);
		assertNothingCountedTwice();
	}

	@Test
	void withNoWorkerLeftTheRunFailsAndItsRestartSendsOnlyTheUnfinishedPartition() throws Exception {
		CliChild only = ready(worker());
		CliChild run = manager("--truereach.partitions=2", "--truereach.remote.timeout=20s");
		// the worker ends its first partition of four accounts and is killed in its second
		long deadline = System.nanoTime() + CliChild.TIMEOUT.toNanos();
		while (accountsInOrder(only).size() < 5 && System.nanoTime() < deadline && run.process.isAlive()) {
			Thread.sleep(20);
		}
		only.process.destroyForcibly().waitFor();
		List<String> before = accountsInOrder(only);
		assertThat(before).as("killed in its second partition\n" + only.out()).hasSizeBetween(5, 7);

		CliChild.Result failed = run.finish();
		assertThat(failed.exit()).as(failed.toString()).isEqualTo(1);
		assertThat(failed.err()).contains("1 of the 2 partitions of cleanliness did not end within 20s")
			.contains("restart the run");
		Matcher execution = Pattern.compile("\\(execution (\\d+)\\)").matcher(failed.err());
		assertThat(execution.find()).as(failed.err()).isTrue();

		CliChild next = ready(worker());
		List<String> args = new ArrayList<>(List.of("restart", execution.group(1), "--truereach.role=manager",
				"--truereach.remote.poll-interval=1s"));
		args.addAll(settings);
		CliChild.Result restart = CliChild.run(dir, args.toArray(String[]::new));

		assertThat(restart.exit()).as(restart.toString()).isZero();
		assertThat(next.out()).as("the request the killed worker held went back to the queue; its execution failed")
			.contains("passed over: the execution is FAILED");
		Map<String, Long> after = accountsDone(next);
		assertThat(after.keySet()).as("only the unfinished partition's accounts\n" + next.out())
			.hasSize(4)
			.doesNotContainAnyElementsOf(before.subList(0, 4));
		assertThat(after.values()).containsOnly(1L);
		assertSameWorkbookAsOneMachine(restart);
		assertNothingCountedTwice();
	}

	private CliChild worker() {
		List<String> args = new ArrayList<>(List.of("worker"));
		args.addAll(settings);
		CliChild worker = CliChild.start(dir, args.toArray(String[]::new));
		workers.add(worker);
		return worker;
	}

	/**
	 * Waits for a worker to take requests. The first is awaited before the others start, so that
	 * one process creates the schema of the empty database; the others and the manager start together.
	 */
	private static CliChild ready(CliChild worker) throws InterruptedException {
		assertThat(worker.awaitOutput("worker ready", READY)).as("worker started\n" + worker.out()).isTrue();
		return worker;
	}

	private CliChild manager(String... more) {
		List<String> args = new ArrayList<>(List.of("run", "--job", "jobs/nightly.yml", "--truereach.role=manager",
				"--truereach.remote.poll-interval=1s"));
		args.addAll(settings);
		args.addAll(List.of(more));
		return CliChild.start(dir, args.toArray(String[]::new));
	}

	private void assertSameWorkbookAsOneMachine(CliChild.Result manager) throws Exception {
		Matcher report = Pattern.compile("report: (\\S+)").matcher(manager.out());
		assertThat(report.find()).as(manager.toString()).isTrue();
		try (XSSFWorkbook remote = JobFixture.open(dir.resolve(report.group(1)));
				XSSFWorkbook local = new XSSFWorkbook(new java.io.ByteArrayInputStream(singleMachine()))) {
			JobFixture.assertSameContent(local, remote);
		}
	}

	/**
	 * Each partition of the remote steps completed once and their accounts were counted once: 8
	 * written in all per step, each cleanliness result stored once.
	 */
	private void assertNothingCountedTwice() {
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
				pgUrl().substring(0, pgUrl().lastIndexOf('/') + 1) + database, pgUser(), pgPassword()));
		for (String step : List.of("cleanlinessAccounts", "conversionAccounts")) {
			String partitions = " FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE '" + step + ":%'";
			String completed = partitions + " AND STATUS = 'COMPLETED'";
			assertThat(jdbc.queryForList("SELECT COUNT(*)" + completed + " GROUP BY STEP_NAME", Long.class))
				.as(step)
				.isNotEmpty()
				.containsOnly(1L);
			assertThat(jdbc.queryForObject("SELECT SUM(WRITE_COUNT)" + completed, Long.class)).as(step).isEqualTo(8);
			assertThat(jdbc.queryForObject("SELECT COUNT(*)" + partitions + " AND STATUS NOT IN ('COMPLETED', 'FAILED')",
					Long.class)).as(step).isZero();
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tr_result WHERE step = 'cleanliness'", Long.class))
			.isEqualTo(8);
	}

	/** The demo's nightly workbook as one machine writes it (H2 in memory, partitions on its cores), made once. */
	private static synchronized byte[] singleMachine() throws Exception {
		if (singleMachineWorkbook == null) {
			Path here = Files.createTempDirectory("truereach-single");
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrueReachApplication.class)
				.run("--spring.datasource.url=jdbc:h2:mem:single-machine;DB_CLOSE_DELAY=-1", "--truereach.roots=input")) {
				JobRunner.Outcome outcome = context.getBean(JobRunner.class)
					.run(RunParameters.nightly(JobFixture.demoIn(here), LocalDate.now(ZoneId.systemDefault())), false);
				assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
				singleMachineWorkbook = Files.readAllBytes(outcome.report());
			}
			finally {
				try (Stream<Path> files = Files.walk(here)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
			}
		}
		return singleMachineWorkbook;
	}

	private static List<String> accountsInOrder(CliChild worker) {
		return ACCOUNT_DONE.matcher(worker.out()).results().map(m -> m.group(1)).toList();
	}

	private static Map<String, Long> accountsDone(CliChild worker) {
		return ACCOUNT_DONE.matcher(worker.out())
			.results()
			.collect(Collectors.groupingBy(m -> m.group(1), Collectors.counting()));
	}

	private static Map<String, Long> merged(Map<String, Long> a, Map<String, Long> b) {
		return Stream.of(a, b)
			.flatMap(m -> m.entrySet().stream())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum));
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String pgUrl() {
		return System.getenv("TRUEREACH_PG_URL");
	}

	private static String pgUser() {
		return System.getenv().getOrDefault("TRUEREACH_PG_USER", "postgres");
	}

	private static String pgPassword() {
		return System.getenv().getOrDefault("TRUEREACH_PG_PASSWORD", "");
	}
}
