package com.truereach.job;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

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
