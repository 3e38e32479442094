package com.truereach.job.remote;

import org.springframework.beans.factory.InitializingBean;

/**
 * A manager and its workers share the job repository and the history: a database only one
 * process opens (an H2 file, or H2 in memory; H2's own server mode would do) cannot be shared, so a remote role refuses it
 * at start, with the way out, rather than a manager waiting for workers that never see its run.
 */
class RemoteDatabaseCheck implements InitializingBean {

	private final String url;

	private final String role;

	RemoteDatabaseCheck(String url, String role) {
		this.url = url;
		this.role = role;
	}

	@Override
	public void afterPropertiesSet() {
		boolean shared = !url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:");
		if (!shared) {
			throw new IllegalStateException("a " + role + " shares its database with the other processes of the run,"
					+ " and " + url.replaceAll(";.*", "") + " is one process's own: give --spring.datasource.url=jdbc:postgresql://HOST:PORT/DB"
					+ " (the same for the manager and every worker)");
		}
	}
}
