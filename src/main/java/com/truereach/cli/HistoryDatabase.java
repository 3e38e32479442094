package com.truereach.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.truereach.TrueReachApplication;

/**
 * The Spring context of the commands that use the history database, and what the operator is
 * told when that database is busy, unreachable or broken: the database named (its URL without
 * a password), and the way out.
 */
final class HistoryDatabase {

	/** H2's "Database may be already in use" (the file is locked by another process). */
	private static final int H2_ALREADY_OPEN = 90020;

	/** H2's "File corrupted". */
	private static final int H2_CORRUPTED = 90030;

	/** H2's "The database has been closed": it closes itself when the heap runs out or its file cannot be written. */
	private static final int H2_CLOSED = 90098;

	private HistoryDatabase() {
	}

	/** The operator's settings checked: only {@code --spring.*}, {@code --logging.*} and {@code --truereach.*} pass. */
	static Optional<String> unknownSetting(List<String> settings) {
		return settings.stream()
			.filter(s -> !s.startsWith("--spring.") && !s.startsWith("--logging.") && !s.startsWith("--truereach."))
			.findFirst()
			.map(s -> "unknown option '" + s + "'");
	}

	static ConfigurableApplicationContext open(List<String> settings, boolean debug) {
		List<String> args = new ArrayList<>(settings);
		if (debug) {
			args.add("--logging.level.com.truereach=DEBUG");
			args.add("--logging.level.org.springframework.batch.core.step.AbstractStep=ERROR");
			args.add("--logging.level.org.springframework.batch.core.job.AbstractJob=ERROR");
			args.add("--logging.pattern.console=%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
		}
		return SpringApplication.run(TrueReachApplication.class, args.toArray(String[]::new));
	}

	/** A failure that is the database's, with its exit code and the line to print; empty for any other failure. */
	static Optional<Problem> problem(Throwable failure, List<String> settings) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (t instanceof SQLException sql && sql.getErrorCode() == H2_ALREADY_OPEN
					|| message.contains("file is locked")) {
				return Optional.of(new Problem(ExitCodes.BUSY, "another run is busy: the database " + url(settings)
						+ " is open in another TrueReach process" + otherRun()
						+ " (H2 lets one process at a time use it); wait for that run to end"));
			}
			if (t instanceof SQLException sql && sql.getErrorCode() == H2_CLOSED
					|| message.contains("The database has been closed")) {
				// not "could not start the job": the run was under way when its database went
				return Optional.of(new Problem(ExitCodes.RUN_FAILED, "the run stopped: the database " + url(settings)
						+ " was closed under it, as H2 does when the Java heap runs out or its file cannot be written;"
						+ " give the JVM more heap (-Xmx) or free disk space, and launch the same request again to resume"));
			}
			if (t instanceof SQLException sql && sql.getErrorCode() == H2_CORRUPTED
					|| message.contains("File is corrupted")) {
				return Optional.of(new Problem(ExitCodes.DATABASE, "the database " + url(settings)
						+ " cannot be opened: " + firstLine(message) + "; move " + folder(settings)
						+ " aside: history is rebuilt from the input files still on disk"));
			}
		}
		// the network's reason (an unknown host) is deeper in the chain than the driver's "connection failed"
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof UnknownHostException || t instanceof ConnectException
					|| t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
				String reason = t instanceof UnknownHostException ? "unknown host " + t.getMessage()
						: firstLine(String.valueOf(t.getMessage()));
				return Optional.of(unreachable(settings, reason));
			}
		}
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"))) {
				return Optional.of(unreachable(settings, firstLine(String.valueOf(t.getMessage()))));
			}
		}
		return Optional.empty();
	}

	private static Problem unreachable(List<String> settings, String reason) {
		return new Problem(ExitCodes.DATABASE, "the database " + url(settings) + " cannot be reached: " + reason
				+ "; check spring.datasource.url and that the server runs");
	}

	/** The database's URL as configured, any password in it masked. */
	static String url(List<String> settings) {
		String url = settings.stream()
			.filter(s -> s.startsWith("--spring.datasource.url="))
			.map(s -> s.substring("--spring.datasource.url=".length()))
			.reduce((a, b) -> b)
			.orElseGet(() -> Optional.ofNullable(System.getenv("SPRING_DATASOURCE_URL"))
				.orElseGet(() -> System.getProperty("spring.datasource.url", packagedUrl())));
		String shown = url.startsWith("jdbc:h2:") ? url.replaceFirst(";.*", "") : url;
		return shown.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
	}

	/** The folder an H2 file database lives in ({@code data/} by default), for the way out of a corrupt file. */
	private static String folder(List<String> settings) {
		String url = url(settings);
		if (url.startsWith("jdbc:h2:file:")) {
			Path file = Path.of(url.substring("jdbc:h2:file:".length()).replaceFirst(";.*", ""));
			Path parent = file.normalize().getParent();
			return (parent == null ? "." : parent.toString()) + "/";
		}
		return "the database";
	}

	private static String packagedUrl() {
		Properties properties = new Properties();
		try (InputStream in = HistoryDatabase.class.getResourceAsStream("/application.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties.getProperty("spring.datasource.url", "(unknown)");
	}

	/** Which process holds the database, when it is a TrueReach run on this host. */
	private static String otherRun() {
		long self = ProcessHandle.current().pid();
		return ProcessHandle.allProcesses()
			.filter(p -> p.pid() != self && sameDirectory(p))
			.filter(p -> p.info().arguments().map(List::of).map(HistoryDatabase::isTrueReachRun).orElse(false))
			.findFirst()
			.map(p -> " (pid " + p.pid() + ": " + String.join(" ", trueReachArguments(p.info().arguments().get()))
					+ ")")
			.orElse("");
	}

	/** A relative database path is the same file only for a process working in the same folder (Linux tells where). */
	private static boolean sameDirectory(ProcessHandle process) {
		try {
			return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"))
				.equals(Path.of("").toAbsolutePath());
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			return false;
		}
	}

	private static boolean isTrueReachRun(List<String> arguments) {
		return arguments.stream().anyMatch(a -> a.endsWith("truereach.jar") || a.endsWith("TrueReachApplication"))
				&& arguments.contains("run");
	}

	private static List<String> trueReachArguments(String[] arguments) {
		List<String> all = List.of(arguments);
		return all.subList(Math.max(0, all.indexOf("run")), all.size());
	}

	private static String firstLine(String text) {
		return text.lines().findFirst().orElse(text).replaceFirst("\\s*\\[\\d+-\\d+]$", "").trim();
	}

	/** What went wrong with the database: the exit code and the line to print. */
	record Problem(int exitCode, String message) {
	}
}
