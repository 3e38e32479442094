package com.truereach.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import com.truereach.domain.AccountDay;
import com.truereach.domain.Metric;

class DaySeriesTest {

	@Test
	void theDocumentReadsBackAsWritten() {
		List<AccountDay> days = List.of(
				new AccountDay(LocalDate.of(2026, 3, 1), Map.of(Metric.FOLLOWERS, 1000L, Metric.REACH, 5L),
						Map.of("Watch time \"hours\"\\\n", new BigDecimal("1.5E+3"))),
				new AccountDay(LocalDate.of(2026, 2, 28), Map.of(Metric.FOLLOWERS, -2L)),
				new AccountDay(LocalDate.of(2026, 3, 3), Map.of(Metric.REACH, Long.MAX_VALUE)));
		DaySeries series = DaySeries.of(days, List.of(2L, 3L, 9L));

		String json = series.toJson();
		DaySeries read = JsonMapper.builder().build().readValue(json, DaySeries.class);

		assertThat(read.days()).containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28),
				LocalDate.of(2026, 3, 3));
		assertThat(read.lines()).containsExactly(2L, 3L, 9L);
		assertThat(read.metricsOf(0)).containsOnly(Map.entry(Metric.FOLLOWERS, 1000L), Map.entry(Metric.REACH, 5L));
		assertThat(read.metricsOf(1)).containsOnly(Map.entry(Metric.FOLLOWERS, -2L));
		assertThat(read.metricsOf(2)).containsOnly(Map.entry(Metric.REACH, Long.MAX_VALUE));
		assertThat(read.extraOf(0)).containsOnly(Map.entry("Watch time \"hours\"\\\n", new BigDecimal("1.5E+3")));
		assertThat(read.extraOf(1)).isEmpty();
		assertThat(DaySeries.Range.of(read.days())).isEqualTo(
				new DaySeries.Range(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 3)));
		assertThat(json).startsWith("{\"days\":[\"2026-03-01\",\"2026-02-28\",\"2026-03-03\"],\"lines\":[2,3,9],");
	}

	@Test
	void theDaysInARangeAreReadFromTheDocumentAsItsDecodingGivesThem() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(16);
		for (int n = 0; n < 200; n++) {
			List<AccountDay> days = new java.util.ArrayList<>();
			List<Long> lines = new java.util.ArrayList<>();
			LocalDate start = LocalDate.of(2025, 12, 20).plusDays(random.nextInt(30));
			int count = random.nextInt(1, 60);
			for (int i = 0; i < count; i++) {
				// sparse and out of order, as Instagram's insights and files sorted newest first give them
				days.add(new AccountDay(start.plusDays(random.nextInt(90)), Map.of(Metric.REACH, (long) i)));
				lines.add((long) i + 2);
			}
			String json = DaySeries.of(days, lines).toJson();
			LocalDate from = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(40));
			DaySeries.Range range = new DaySeries.Range(from, from.plusDays(random.nextInt(40)));

			List<LocalDate> decoded = JsonMapper.builder().build().readValue(json, DaySeries.class).days();
			assertThat(DaySeries.daysWithin(json, range)).containsExactlyElementsOf(decoded.stream()
				.filter(day -> !day.isBefore(range.first()) && !day.isAfter(range.last()))
				.toList());
		}
	}

	@Test
	void anUnmappedColumnIsNamedOnceWithAValuePerDay() {
		DaySeries series = DaySeries.of(List.of(
				new AccountDay(LocalDate.of(2026, 3, 1), Map.of(), Map.of("Watch time", new BigDecimal("2.5"))),
				new AccountDay(LocalDate.of(2026, 3, 2), Map.of()),
				new AccountDay(LocalDate.of(2026, 3, 3), Map.of(), Map.of("Watch time", new BigDecimal("7")))),
				List.of(2L, 3L, 4L));
		assertThat(series.toJson()).endsWith("\"extra\":{\"Watch time\":[2.5,null,7]}}");
	}

	@Test
	void aFileWithoutUnmappedColumnsStoresNoExtra() {
		DaySeries series = DaySeries.of(List.of(new AccountDay(LocalDate.of(2026, 3, 1), Map.of(Metric.POSTS, 1L))),
				List.of(5L));
		assertThat(series.toJson()).isEqualTo(
				"{\"days\":[\"2026-03-01\"],\"lines\":[5],\"metrics\":{\"POSTS\":[1]},\"extra\":{}}");
	}
}
