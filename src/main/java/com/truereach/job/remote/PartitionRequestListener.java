package com.truereach.job.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * A worker's consumer of partition requests. Spring's container reconnects on its own when the
 * broker goes (a broker restart, a network cut), every {@link #setRecoveryInterval recovery
 * interval}; this one says so in the worker's log, in the operator's words, when it starts trying
 * and when it is connected again, and what becomes of a request it could not acknowledge.
 */
final class PartitionRequestListener extends DefaultMessageListenerContainer {

	private static final Logger log = LoggerFactory.getLogger(PartitionRequestListener.class);

	private static final long RECOVERY_SECONDS = DEFAULT_RECOVERY_INTERVAL / 1000;

	private final String broker;

	PartitionRequestListener(String broker) {
		this.broker = broker;
		// Spring's own warning ("no ErrorHandler has been set") leaves the operator to guess what became of the request
		setErrorHandler(ex -> log.warn("a partition request was not taken off the queue ({}): the broker hands it out"
				+ " again, and the worker that takes it passes it over if its partition has ended", reason(ex)));
	}

	private static String reason(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause == ex ? String.valueOf(ex.getMessage()) : ex.getMessage() + ": " + cause.getMessage();
	}

	@Override
	protected void refreshConnectionUntilSuccessful() {
		log.warn("lost the connection to the broker at {}: trying again every {} s; a partition running here goes"
				+ " on against the database", broker, RECOVERY_SECONDS);
		super.refreshConnectionUntilSuccessful();
		if (isRunning()) {
			log.info("connected to the broker at {} again: taking partition requests", broker);
		}
	}
}
