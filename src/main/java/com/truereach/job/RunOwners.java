package com.truereach.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who runs each job execution (host and process id) and its heartbeat, in {@code tr_run_owner}.
 * Spring Batch only knows an execution is STARTED; this tells a run that is alive from one whose
 * JVM died, so that a crash never blocks the next night and a live run is never broken.
 */
@Component
public class RunOwners implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(RunOwners.class);

	private final JdbcTemplate jdbc;

	private final Duration heartbeat;

	private final Duration staleAfter;

	private final Map<Long, ScheduledFuture<?>> beating = new ConcurrentHashMap<>();

	private final ScheduledExecutorService beats = timer("run-heartbeat");

	public RunOwners(JdbcTemplate jdbc, @Value("${truereach.owner.heartbeat-seconds:30}") long heartbeatSeconds,
			@Value("${truereach.owner.stale-after-seconds:600}") long staleAfterSeconds) {
		this.jdbc = jdbc;
		this.heartbeat = Duration.ofSeconds(heartbeatSeconds);
		this.staleAfter = Duration.ofSeconds(staleAfterSeconds);
	}

	@Override
	public void beforeJob(JobExecution execution) {
		long id = execution.getId();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("DELETE FROM tr_run_owner WHERE execution_id = ?", id);
		jdbc.update("INSERT INTO tr_run_owner (execution_id, host, pid, started, heartbeat) VALUES (?, ?, ?, ?, ?)", id,
				thisHost(), ProcessHandle.current().pid(), now, now);
		beating.put(id, beats.scheduleAtFixedRate(() -> beat(id), heartbeat.toMillis(), heartbeat.toMillis(),
				TimeUnit.MILLISECONDS));
	}

	@Override
	public void afterJob(JobExecution execution) {
		ScheduledFuture<?> beat = beating.remove(execution.getId());
		if (beat != null) {
			beat.cancel(false);
		}
		forget(execution.getId());
	}

	/** A missed heartbeat is not a failure of the run: the next one, or the pid on this host, still tells. */
	private void beat(long id) {
		try {
			jdbc.update("UPDATE tr_run_owner SET heartbeat = ? WHERE execution_id = ?", Timestamp.from(Instant.now()),
					id);
		}
		catch (DataAccessException ex) {
			log.debug("heartbeat of execution {} not recorded: {}", id, ex.getMessage());
		}
	}

	public Optional<Owner> owner(long executionId) {
		List<Owner> owners = jdbc.query("SELECT host, pid, started, heartbeat FROM tr_run_owner WHERE execution_id = ?",
				(rs, n) -> new Owner(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
						rs.getTimestamp(4).toInstant()),
				executionId);
		return owners.stream().findFirst();
	}

	public void forget(long executionId) {
		jdbc.update("DELETE FROM tr_run_owner WHERE execution_id = ?", executionId);
	}

	/**
	 * Whether the owner is provably gone: on this host its pid is dead (or now belongs to a
	 * process started after the run); elsewhere it has not beaten for {@code staleAfter}.
	 */
	public boolean gone(Owner owner) {
		if (owner.host().equals(thisHost())) {
			Optional<ProcessHandle> process = ProcessHandle.of(owner.pid()).filter(ProcessHandle::isAlive);
			return process.isEmpty()
					|| process.get().info().startInstant().map(start -> start.isAfter(owner.started())).orElse(false);
		}
		return owner.heartbeat().plus(staleAfter).isBefore(Instant.now());
	}

	/** A single daemon thread for a run's periodic side work: it must never keep a finished JVM alive. */
	static ScheduledExecutorService timer(String name) {
		return Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	static String thisHost() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

	/** The process that runs (or ran) an execution. */
	public record Owner(String host, long pid, Instant started, Instant heartbeat) {

		public String describe() {
			return "pid " + pid + " on " + host + ", last heartbeat "
					+ Duration.between(heartbeat, Instant.now()).toSeconds() + " s ago";
		}
	}
}
