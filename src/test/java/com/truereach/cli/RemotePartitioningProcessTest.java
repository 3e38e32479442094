package com.truereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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
import com.truereach.tooling.generate.ScaleGenerator;

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

	private static final String BROKER = "--spring.artemis.broker-url=";

	private static final String DEMO = "jobs/nightly.yml";

	private static final String SCALE = "scale/scale.yml";

	private static final int SCALE_ACCOUNTS = 160;

	private static final int SCALE_DAYS = 120;

	/** Accounts per commit of a partition (AccountBatches.SIZE). */
	private static final int COMMIT = 20;

	private static final Map<String, byte[]> singleMachineWorkbooks = new HashMap<>();

	@TempDir
	Path dir;

	private EmbeddedActiveMQ broker;

	private String database;

	private List<String> settings;

	private int brokerPort;

	private final List<CliChild> workers = new ArrayList<>();

	@BeforeEach
	void brokerAndDatabase() throws Exception {
		// the broker logs every message it routes before any Spring context has set the levels
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.activemq")).setLevel(Level.WARN);
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		brokerPort = port;
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
				BROKER + "tcp://127.0.0.1:" + port, "--truereach.roots=input");
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

	@Test
	void aWorkerKilledAfterACommitIsCarriedOnFromThatCommit() throws Exception {
		scaleSet(dir);
		CliChild first = ready(worker());
		CliChild second = ready(worker());
		// two partitions of 80 accounts: a worker that has analysed a 21st account has committed its first 20
		CliChild run = scaleManager("--truereach.partitions=2");
		CliChild victim = firstWorkerPast(COMMIT, run, first, second);
		victim.process.destroyForcibly().waitFor();
		CliChild survivor = victim == first ? second : first;
		CliChild.Result manager = run.finish();

		assertThat(manager.exit()).as(manager.toString()).isZero();
		List<String> killed = accountsInOrder(victim);
		assertThat(killed).as("killed before the end of its partition of 80\n" + victim.out())
			.hasSizeBetween(COMMIT + 1, SCALE_ACCOUNTS / 2 - 1)
			.doesNotHaveDuplicates();
		Matcher carried = Pattern.compile("started before by a worker that is gone, run again after the (\\d+) items")
			.matcher(survivor.out());
		assertThat(carried.find()).as(survivor.out()).isTrue();
		int committed = Integer.parseInt(carried.group(1));
		// killed after an account's line, before or after the commit that account completed
		assertThat(committed).as("the killed worker's commits").isPositive().isLessThanOrEqualTo(killed.size())
			.isGreaterThanOrEqualTo(killed.size() - COMMIT)
			.isEqualTo(committed / COMMIT * COMMIT);
		Map<String, Long> survived = accountsDone(survivor);
		assertThat(survived.values()).as("each account analysed once by the survivor").containsOnly(1L);
		assertThat(survived.keySet()).as("the survivor carried on after the killed worker's last commit")
			.hasSize(SCALE_ACCOUNTS - committed)
			.doesNotContainAnyElementsOf(killed.subList(0, committed))
			.containsAll(killed.subList(committed, killed.size()));
		assertNothingCountedTwice(SCALE_ACCOUNTS);
		assertThat(database().queryForObject("SELECT COUNT(DISTINCT account) FROM tr_result WHERE step = 'conversion'",
				Long.class)).isEqualTo(SCALE_ACCOUNTS);
		assertSameWorkbookAsOneMachine(SCALE, manager);
	}

	/**
	 * Stopped while both workers are in their partitions, one of which then dies: the live one
	 * stops its partition at its next commit, the manager stops the dead one's (no live worker
	 * holds its claim), the run ends STOPPED, and the restart carries both on after their commits.
	 */
	@Test
	void aRunStoppedWhileTheManagerWaitsEndsStoppedAndItsRestartCompletesIt() throws Exception {
		scaleSet(dir);
		CliChild gone = ready(worker());
		CliChild live = ready(worker());
		CliChild run = scaleManager("--truereach.partitions=2");
		firstWorkerPast(0, run, gone);
		firstWorkerPast(0, run, live);
		// the workers are paused while the stop command starts, so that it lands before their partitions end
		signal("STOP", gone, live);
		JdbcTemplate jdbc = database();
		long execution = jdbc.queryForObject(
				"SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'", Long.class);
		CliChild.Result stop = CliChild.run(dir, withSettings("stop", Long.toString(execution)));
		assertThat(stop.exit()).as(stop.toString()).isZero();
		gone.process.destroyForcibly().waitFor();
		Matcher started = Pattern.compile("partition cleanlinessAccounts:\\S+ \\(step execution (\\d+)\\)").matcher(gone.out());
		assertThat(started.find()).as(gone.out()).isTrue();
		String status = "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_EXECUTION_ID = " + started.group(1);
		long deadline = System.nanoTime() + READY.toNanos();
		while (!"STOPPED".equals(jdbc.queryForObject(status, String.class)) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(jdbc.queryForObject(status, String.class)).as("the dead worker's partition, stopped by the manager"
				+ " while the other worker is paused\n" + run.out()).isEqualTo("STOPPED");
		signal("CONT", live);

		CliChild.Result stopped = run.finish();
		assertThat(stopped.exit()).as(stopped.toString()).isEqualTo(1);
		assertThat(stopped.err()).contains("ended STOPPED, as asked (truereach stop)");
		assertThat(stopped.out()).contains("marked STOPPED: the run was asked to stop and its worker was gone");
		List<Map<String, Object>> partitions = jdbc.queryForList("SELECT STATUS, WRITE_COUNT FROM"
				+ " BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'cleanlinessAccounts:%' AND JOB_EXECUTION_ID = ?", execution);
		assertThat(partitions).as("both partitions stopped at a commit, before their end").hasSize(2)
			.allSatisfy(p -> {
				assertThat(p.get("STATUS")).isEqualTo("STOPPED");
				assertThat(((Number) p.get("WRITE_COUNT")).intValue() % COMMIT).isZero();
				assertThat(((Number) p.get("WRITE_COUNT")).intValue()).isLessThan(SCALE_ACCOUNTS / 2);
			});
		int before = accountsInOrder(live).size();

		CliChild.Result restart = CliChild.run(dir, withSettings("restart", Long.toString(execution),
				"--truereach.role=manager", "--truereach.remote.poll-interval=1s"));

		assertThat(restart.exit()).as(restart.toString()).isZero();
		int stoppedAt = partitions.stream().mapToInt(p -> ((Number) p.get("WRITE_COUNT")).intValue()).sum();
		assertThat(accountsInOrder(live).size() - before)
			.as("the restart analysed the accounts the stopped partitions had not committed")
			.isEqualTo(SCALE_ACCOUNTS - stoppedAt);
		assertNothingCountedTwice(SCALE_ACCOUNTS);
		assertSameWorkbookAsOneMachine(SCALE, restart);
	}

	@Test
	void aWorkerCutOffFromTheBrokerFinishesItsPartitionAloneAndReconnects() throws Exception {
		scaleSet(dir);
		try (Relay firstLink = new Relay(brokerPort); Relay secondLink = new Relay(brokerPort)) {
			CliChild first = ready(worker(firstLink.port()));
			CliChild second = ready(worker(secondLink.port()));
			// one partition per step: the worker that does not run it is free to be handed its request
			CliChild run = scaleManager("--truereach.partitions=1");
			CliChild cut = firstWorkerPast(0, run, first, second);
			(cut == first ? firstLink : secondLink).cut();
			CliChild other = cut == first ? second : first;
			CliChild.Result manager = run.finish();

			assertThat(manager.exit()).as(manager.toString()).isZero();
			assertThat(accountsDone(cut)).as("the worker cut off from the broker ran its partition to its end\n"
					+ cut.out()).hasSize(SCALE_ACCOUNTS).allSatisfy((account, times) -> assertThat(times).isEqualTo(1));
			assertThat(accountsDone(other)).as("the other worker was handed the request and ran none of it\n"
					+ other.out()).isEmpty();
			assertThat(other.out()).contains("another worker still connected to the database runs it")
				.contains("passed over: it is COMPLETED");
			assertThat(cut.awaitOutput("connected to the broker at", READY))
				.as("the worker cut off connects to the broker again\n" + cut.out()).isTrue();
			assertNothingCountedTwice(SCALE_ACCOUNTS);
			assertSameWorkbookAsOneMachine(SCALE, manager);
		}
	}

	/** Waits for one of {@code workers} to have analysed more than {@code accounts} in the cleanliness step, and returns it. */
	private static CliChild firstWorkerPast(int accounts, CliChild manager, CliChild... workers) throws Exception {
		long deadline = System.nanoTime() + CliChild.TIMEOUT.toNanos();
		while (System.nanoTime() < deadline && manager.process.isAlive()) {
			for (CliChild worker : workers) {
				if (accountsInOrder(worker).size() > accounts) {
					return worker;
				}
			}
			Thread.sleep(10);
		}
		throw new AssertionError("no worker analysed more than " + accounts + " accounts\n" + manager.out());
	}

	private static void signal(String signal, CliChild... children) throws Exception {
		for (CliChild child : children) {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.process.pid())).inheritIO().start();
			assertThat(kill.waitFor()).as("kill -" + signal).isZero();
		}
	}

	private String[] withSettings(String... command) {
		List<String> args = new ArrayList<>(List.of(command));
		args.addAll(settings);
		return args.toArray(String[]::new);
	}

	private CliChild worker() {
		return worker(brokerPort);
	}

	/** A worker that reaches the broker at {@code port} of this machine: the broker's, or a {@link Relay}'s. */
	private CliChild worker(int port) {
		List<String> args = new ArrayList<>(List.of("worker"));
		settings.stream()
			.map(s -> s.startsWith(BROKER) ? BROKER + "tcp://127.0.0.1:" + port : s)
			.forEach(args::add);
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
		return managerOf(DEMO, more);
	}

	private CliChild scaleManager(String... more) {
		return managerOf(SCALE, more);
	}

	private CliChild managerOf(String job, String... more) {
		List<String> args = new ArrayList<>(List.of("run", "--job", job, "--truereach.role=manager",
				"--truereach.remote.poll-interval=1s"));
		args.addAll(settings);
		args.addAll(List.of(more));
		return CliChild.start(dir, args.toArray(String[]::new));
	}

	private void assertSameWorkbookAsOneMachine(CliChild.Result manager) throws Exception {
		assertSameWorkbookAsOneMachine(DEMO, manager);
	}

	private void assertSameWorkbookAsOneMachine(String job, CliChild.Result manager) throws Exception {
		Matcher report = Pattern.compile("report: (\\S+)").matcher(manager.out());
		assertThat(report.find()).as(manager.toString()).isTrue();
		try (XSSFWorkbook remote = JobFixture.open(dir.resolve(report.group(1)));
				XSSFWorkbook local = new XSSFWorkbook(new java.io.ByteArrayInputStream(singleMachine(job)))) {
			JobFixture.assertSameContent(local, remote);
		}
	}

	private void assertNothingCountedTwice() {
		assertNothingCountedTwice(8);
	}

	/**
	 * Each partition of the remote steps completed once and each of the {@code accounts} was
	 * counted once over all the partitions' executions (a partition carried on after a commit, or
	 * stopped and restarted, counts in its executions only what each committed), each cleanliness
	 * result stored once, and no partition is left running.
	 */
	private void assertNothingCountedTwice(int accounts) {
		JdbcTemplate jdbc = database();
		for (String step : List.of("cleanlinessAccounts", "conversionAccounts")) {
			String partitions = " FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE '" + step + ":%'";
			String completed = partitions + " AND STATUS = 'COMPLETED'";
			assertThat(jdbc.queryForList("SELECT COUNT(*)" + completed + " GROUP BY STEP_NAME", Long.class))
				.as(step)
				.isNotEmpty()
				.containsOnly(1L);
			assertThat(jdbc.queryForObject("SELECT SUM(WRITE_COUNT)" + partitions, Long.class)).as(step)
				.isEqualTo(accounts);
			assertThat(jdbc.queryForObject("SELECT SUM(READ_COUNT)" + partitions, Long.class)).as(step)
				.isEqualTo(accounts);
			assertThat(jdbc.queryForObject(
					"SELECT COUNT(*)" + partitions + " AND STATUS NOT IN ('COMPLETED', 'FAILED', 'STOPPED')", Long.class))
				.as(step)
				.isZero();
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tr_result WHERE step = 'cleanliness'", Long.class))
			.isEqualTo(accounts);
	}

	private JdbcTemplate database() {
		return new JdbcTemplate(new DriverManagerDataSource(
				pgUrl().substring(0, pgUrl().lastIndexOf('/') + 1) + database, pgUser(), pgPassword()));
	}

	/**
	 * A job's nightly workbook as one machine writes it (H2 in memory, partitions on its cores), made
	 * once per job: the demo's, or the scale set's of {@link #scaleSet}.
	 */
	private static synchronized byte[] singleMachine(String job) throws Exception {
		if (!singleMachineWorkbooks.containsKey(job)) {
			Path here = Files.createTempDirectory("truereach-single");
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrueReachApplication.class)
				.run("--spring.datasource.url=jdbc:h2:mem:single-machine-" + singleMachineWorkbooks.size()
						+ ";DB_CLOSE_DELAY=-1", "--truereach.roots=input")) {
				Path definition = job.equals(DEMO) ? JobFixture.demoIn(here) : scaleSet(here);
				JobRunner.Outcome outcome = context.getBean(JobRunner.class)
					.run(RunParameters.nightly(definition, LocalDate.now(ZoneId.systemDefault())), false);
				assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
				singleMachineWorkbooks.put(job, Files.readAllBytes(outcome.report()));
			}
			finally {
				try (Stream<Path> files = Files.walk(here)) {
					files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
			}
		}
		return singleMachineWorkbooks.get(job);
	}

	/**
	 * The generator's scale set, {@value #SCALE_ACCOUNTS} accounts over {@value #SCALE_DAYS} days
	 * (the seed and last day fixed), in {@code dir/scale}: with two partitions each holds 80
	 * accounts, four commits of {@code AccountBatches}.
	 */
	private static Path scaleSet(Path dir) throws IOException {
		new ScaleGenerator(dir.resolve("scale"), 42, LocalDate.of(2026, 11, 24), SCALE_DAYS, SCALE_ACCOUNTS).generate();
		return dir.resolve(SCALE);
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

	/**
	 * A TCP relay between one worker and the broker, which the test cuts as a network fault or a
	 * broker restart would: every connection through it is dropped at once, and new connections are
	 * relayed again.
	 */
	private static final class Relay implements AutoCloseable {

		private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

		private final List<Socket> open = new CopyOnWriteArrayList<>();

		Relay(int target) throws IOException {
			Thread accepting = new Thread(() -> {
				while (!server.isClosed()) {
					try {
						Socket in = server.accept();
						Socket out = new Socket(InetAddress.getLoopbackAddress(), target);
						open.addAll(List.of(in, out));
						pipe(in, out);
						pipe(out, in);
					}
					catch (IOException ex) {
						// the relay was closed
					}
				}
			}, "relay-" + server.getLocalPort());
			accepting.setDaemon(true);
			accepting.start();
		}

		int port() {
			return server.getLocalPort();
		}

		private void pipe(Socket from, Socket to) {
			Thread copying = new Thread(() -> {
				try {
					from.getInputStream().transferTo(to.getOutputStream());
				}
				catch (IOException ex) {
					// cut
				}
				closeQuietly(from);
				closeQuietly(to);
			});
			copying.setDaemon(true);
			copying.start();
		}

		void cut() {
			open.forEach(Relay::closeQuietly);
			open.clear();
		}

		@Override
		public void close() throws IOException {
			server.close();
			cut();
		}

		private static void closeQuietly(Socket socket) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// already closed
			}
		}
	}
}
