package com.truereach.job.remote;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RemoteDatabaseCheckTest {

	@Test
	void aRemoteRoleTakesPostgreSql() {
		assertThatCode(() -> new RemoteDatabaseCheck("jdbc:postgresql://db:5432/truereach", "worker").afterPropertiesSet())
			.doesNotThrowAnyException();
	}

	@Test
	void aRemoteRoleRefusesH2EvenServedOverTcpSinceWorkersClaimPartitionsWithPostgreSqlLocks() {
		for (String url : new String[] { "jdbc:h2:file:./data/truereach;AUTO_SERVER=TRUE", "jdbc:h2:mem:x",
				"jdbc:h2:tcp://db/truereach" }) {
			assertThatThrownBy(() -> new RemoteDatabaseCheck(url, "manager").afterPropertiesSet()).as(url)
				.hasMessageStartingWith("a manager shares its PostgreSQL database")
				.hasMessageContaining(url.replaceAll(";.*", "") + " is not one")
				.hasMessageContaining("--spring.datasource.url=jdbc:postgresql://HOST:PORT/DB");
		}
	}
}
