package com.truereach.job;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import com.truereach.history.AccountDayStore;
import com.truereach.history.AudienceStore;
import com.truereach.history.InputFileStore;
import com.truereach.history.ResultStore;
import com.truereach.history.RevenueStore;

/**
 * The history's stores, one bean per kind of data: a step asks for the stores it reads and
 * writes, so its constructor says what of the history it touches.
 */
@Configuration
public class HistoryConfiguration {

	/** The PostgreSQL driver's setting that sends a batch of inserts as multi-row statements. */
	static final String REWRITE_BATCHED_INSERTS = "reWriteBatchedInserts";

	/**
	 * On PostgreSQL the history's batches of inserts (the rows of a file, the records of the
	 * inputs passed over) go to the server as multi-row statements, a round trip per few hundred
	 * rows instead of one per row; the driver does so only when asked. A setting the URL already
	 * gives is kept. H2, in the same process, has no round trips to save.
	 */
	@Bean
	static BeanPostProcessor postgresBatchInserts() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof HikariDataSource pool) {
					rewriteBatchedInserts(pool);
				}
				return bean;
			}
		};
	}

	static void rewriteBatchedInserts(HikariDataSource pool) {
		String url = pool.getJdbcUrl();
		if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains(REWRITE_BATCHED_INSERTS + "=")
				&& !pool.getDataSourceProperties().containsKey(REWRITE_BATCHED_INSERTS)) {
			pool.addDataSourceProperty(REWRITE_BATCHED_INSERTS, "true");
		}
	}

	@Bean
	InputFileStore inputFileStore(JdbcTemplate jdbc) {
		return new InputFileStore(jdbc);
	}

	@Bean
	AccountDayStore accountDayStore(JdbcTemplate jdbc) {
		return new AccountDayStore(jdbc);
	}

	@Bean
	AudienceStore audienceStore(JdbcTemplate jdbc, AccountDayStore accountDays) {
		return new AudienceStore(jdbc, accountDays);
	}

	@Bean
	RevenueStore revenueStore(JdbcTemplate jdbc) {
		return new RevenueStore(jdbc);
	}

	@Bean
	ResultStore resultStore(JdbcTemplate jdbc) {
		return new ResultStore(jdbc);
	}
}
