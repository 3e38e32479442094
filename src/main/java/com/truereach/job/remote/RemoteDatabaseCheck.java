package com.truereach.job.remote;

import org.springframework.beans.factory.InitializingBean;

/**
 * A manager and its workers share the job repository and the history, and a worker claims the
 * partition it runs with one of PostgreSQL's advisory locks ({@link PartitionClaims}): a remote
 * role refuses any other database at start (an H2 file or H2 in memory could not even be shared),
 * with the way out, rather than a manager waiting for workers that never see its run.
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
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException("a " + role + " shares its PostgreSQL database with the other processes of"
					+ " the run, and " + url.replaceAll(";.*", "") + " is not one: give"
					+ " --spring.datasource.url=jdbc:postgresql://HOST:PORT/DB (the same for the manager and every worker)");
		}
	}
}
