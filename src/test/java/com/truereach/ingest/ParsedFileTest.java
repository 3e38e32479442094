package com.truereach.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.truereach.domain.AccountDay;
import com.truereach.domain.Metric;

class ParsedFileTest {

	@Test
	void aSecondRowForTheSameDayIsRejectedAndTheFirstKept() {
		ParsedFile parsed = new ParsedFile(Source.of("f.csv", new byte[0]), null);
		LocalDate day = LocalDate.of(2026, 2, 28);

		parsed.accountDay(2, new AccountDay(day, Map.of(Metric.LIKES, 5L)));
		parsed.accountDay(3, new AccountDay(day, Map.of(Metric.LIKES, 7L)));

		assertThat(parsed.days()).extracting(d -> d.metrics().get(Metric.LIKES)).containsExactly(5L);
		assertThat(parsed.read()).isEqualTo(2);
		assertThat(parsed.accepted()).isEqualTo(1);
		assertThat(parsed.rejects()).singleElement()
			.satisfies(r -> assertThat(r.message())
				.isEqualTo("f.csv:3 column 'Date' value '2026-02-28': the day 2026-02-28 already came at line 2;"
						+ " an export has one row per day"));
	}

	@Test
	void rejectedShareOverTheThresholdFailsTheWholeFile() {
		ParsedFile parsed = new ParsedFile(Source.of("f.csv", new byte[0]), null);
		for (int i = 1; i <= 19; i++) {
			parsed.accountDay(i + 1, new AccountDay(LocalDate.of(2026, 1, i), Map.of()));
		}
		parsed.reject(21, "Likes", "lots", "not a number");

		parsed.judge(0.05);
		assertThat(parsed.usable()).as("1 of 20 = 5%% is not more than 5%%").isTrue();

		parsed.reject(22, "Likes", "many", "not a number");
		parsed.judge(0.05);
		assertThat(parsed.usable()).as("2 of 21 = 9.5%").isFalse();
		assertThat(parsed.message()).startsWith("2 of 21 rows rejected (9.5%), more than the 5.0% allowed");
	}
}
