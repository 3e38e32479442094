package com.truereach.job.remote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;

/**
 * A worker runs a partition only while it holds the partition's claim in the database: a
 * PostgreSQL session-level advisory lock keyed by the partition's step execution, taken on a
 * connection of its own before the request is handed to the step and released when the step has
 * ended.
 * <p>
 * The broker alone cannot tell a dead worker from one it lost touch with: it hands the request of
 * a worker whose connection dropped (the broker restarted, a network cut between them) to another
 * worker while the first may still be running the partition against the database. The claim is
 * what tells them apart: the database releases it when the session that holds it ends, that is
 * when the worker died or lost the database too (its server notices a silent peer within about
 * half a minute through the keepalives set here). A worker handed a request whose claim another
 * session holds waits, with the request in hand, until that partition ends (it then finds it
 * ended and passes it over) or its worker goes (it then carries on after the last commit); two
 * workers never run one partition at once.
 * <p>
 * The claim is taken in {@link #preSend}, before Spring Batch's request handler reads the step
 * execution, so that the handler reads it as the previous holder left it. A worker being stopped
 * while it waits gives the request back to the broker (the send fails, the JMS transaction rolls
 * back) rather than passing it over.
 */
final class PartitionClaims implements ChannelInterceptor {

	private static final Logger log = LoggerFactory.getLogger(PartitionClaims.class);

	/** The first key of the claims' advisory locks, so that they do not meet other users' locks of one key. */
	static final int KEY = 0x54526150;

	private final DataSource dataSource;

	private final BooleanSupplier accepting;

	private final Duration retry;

	private final ThreadLocal<Connection> held = new ThreadLocal<>();

	/**
	 * @param accepting whether the worker still takes requests (false once it is being stopped)
	 * @param retry how often a claim another session holds is tried again
	 */
	PartitionClaims(DataSource dataSource, BooleanSupplier accepting, Duration retry) {
		this.dataSource = dataSource;
		this.accepting = accepting;
		this.retry = retry;
	}

	@Override
	public Message<?> preSend(Message<?> message, MessageChannel channel) {
		if (!(message.getPayload() instanceof StepExecutionRequest request)) {
			return message;
		}
		String what = request.getStepName() + " (step execution " + request.getStepExecutionId() + ")";
		Connection connection = null;
		try {
			connection = dataSource.getConnection();
			try (Statement keepalive = connection.createStatement()) {
				keepalive.execute("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5;"
						+ " SET tcp_keepalives_count = 3");
			}
			boolean waited = false;
			while (!tryClaim(connection, request.getStepExecutionId())) {
				if (!waited) {
					log.info("partition {}: another worker still connected to the database runs it; waiting until"
							+ " it ends or that worker goes", what);
					waited = true;
				}
				if (!accepting.getAsBoolean()) {
					throw new IllegalStateException("the worker is stopping: the request of partition " + what
							+ " goes back to the queue");
				}
				Thread.sleep(retry.toMillis());
			}
			if (waited) {
				log.info("partition {}: claimed after the other worker let it go", what);
			}
			held.set(connection);
			return message;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			release(connection, request.getStepExecutionId());
			throw new IllegalStateException("interrupted while waiting for partition " + what, ex);
		}
		catch (SQLException | RuntimeException ex) {
			release(connection, request.getStepExecutionId());
			throw new IllegalStateException("could not claim partition " + what + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void afterSendCompletion(Message<?> message, MessageChannel channel, boolean sent, Exception ex) {
		Connection connection = held.get();
		if (connection != null && message.getPayload() instanceof StepExecutionRequest request) {
			held.remove();
			release(connection, request.getStepExecutionId());
		}
	}

	/**
	 * Runs {@code action} holding the claim of a partition that no live worker holds.
	 *
	 * @return false, and nothing run, when a live worker holds the claim
	 */
	static boolean whileUnclaimed(DataSource dataSource, long stepExecution, Runnable action) throws SQLException {
		Connection connection = dataSource.getConnection();
		try {
			if (!tryClaim(connection, stepExecution)) {
				return false;
			}
			action.run();
			return true;
		}
		finally {
			release(connection, stepExecution);
		}
	}

	private static boolean tryClaim(Connection connection, long stepExecution) throws SQLException {
		try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
			lock.setInt(1, KEY);
			// ids beyond an int share a claim with another partition's: a worker may wait longer, never run one twice
			lock.setInt(2, (int) stepExecution);
			try (ResultSet result = lock.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	/**
	 * Unlocks the claim and gives the connection back; a connection that could not be unlocked is
	 * aborted, as a pooled connection still holding the claim would keep it from every other worker.
	 */
	private static void release(Connection connection, long stepExecution) {
		if (connection == null) {
			return;
		}
		try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
			unlock.execute();
			connection.close();
		}
		catch (SQLException ex) {
			log.warn("could not release the claim of step execution {} ({}): its connection is closed instead",
					stepExecution, ex.getMessage());
			try {
				connection.abort(Runnable::run);
			}
			catch (SQLException closing) {
				log.debug("closing the claim's connection", closing);
			}
		}
	}
}
