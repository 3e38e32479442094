package com.truereach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FindingsTest {

	private static final LocalDate DAY = LocalDate.of(2026, 10, 10);

	@Test
	void ranksBoughtFollowersFirstLargestFirstThenOtherAttentionThenRevenuePerRealFollower() {
		List<Findings.Finding> ranked = Findings.ranked(List.of(plan("calm low", null, null, "10"),
				plan("small purchase", 500L, null, "900"), plan("fakes", null, 0.12, "50"),
				plan("calm high", null, null, "80"), plan("large purchase", 5_000L, null, "1")));
		assertThat(ranked).extracting(f -> f.account().name())
			.containsExactly("large purchase", "small purchase", "fakes", "calm high", "calm low");
		assertThat(ranked).extracting(Findings.Finding::attention).containsExactly(true, true, true, false, false);
	}

	@Test
	void saysTheEpisodeWithItsSizeCostLossAndImpact() {
		ReportModel.Impact impact = new ReportModel.Impact("bought followers", DAY, DAY, 5_001L, null, "USD", "USD",
				948.0, 1382.0, 501.0, 2263.0, -434.0, -1315.0, 447.0, "the impact's own sentence", "28 days");
		ReportModel.Episode episode = new ReportModel.Episode(DAY, DAY, 5_001, 1_250, new BigDecimal("80.015"), "USD",
				impact);
		assertThat(Findings.episode(episode, "USD")).isEqualTo("About 5,001 followers bought on 2026-10-10, costing "
				+ "about 80.02 USD; 1,250 of them have left since. Revenue in the 28 days after: 948.00 USD against "
				+ "1,382.00 USD expected (95% interval 501.00 to 2,263.00), no measurable lift.");
		ReportModel.Impact lift = new ReportModel.Impact("bought followers", DAY, DAY, 5_001L, null, "USD", "USD",
				900.0, 500.0, 400.0, 600.0, 400.0, 280.0, 520.0, "", null);
		assertThat(Findings.impact(lift)).endsWith("), a measurable lift.");
		ReportModel.Impact unknown = new ReportModel.Impact("bought followers", DAY, DAY, 5_001L, null, "USD", "USD",
				null, null, null, null, null, null, null, "Too few days before the episode to estimate", null);
		assertThat(Findings.impact(unknown)).isEqualTo("Too few days before the episode to estimate.");
		ReportModel.Episode free = new ReportModel.Episode(DAY, DAY.plusDays(1), 700, 0, null, null, null);
		assertThat(Findings.episode(free, "JPY")).isEqualTo("About 700 followers bought from 2026-10-10 to 2026-10-11.");
		assertThat(Findings.money(new BigDecimal("1234.5"), "JPY")).isEqualTo("1,235 JPY");
	}

	@Test
	void aFakeShareWhoseIntervalReachesTheNormalRangeNeedsNoAttention() {
		assertThat(Findings.of(plan("x", null, 0.10, "1")).attention()).isFalse();
		assertThat(Findings.of(plan("x", null, 0.101, "1")).attention()).isTrue();
	}

	private static AccountPlan plan(String name, Long bought, Double fakeLow, String per1000) {
		List<ReportModel.Episode> episodes = bought == null ? List.of()
				: List.of(new ReportModel.Episode(DAY, DAY, bought, 0, null, null, null));
		ReportModel.AccountReport account = new ReportModel.AccountReport(name, "X", "@" + name, name, "EXPORTED", 100L,
				200L, 100L, 90L, 180L, 90L, fakeLow == null ? null : fakeLow + 0.05, fakeLow,
				fakeLow == null ? null : fakeLow + 0.1, 200, 80, List.of(), 0.01, new BigDecimal("100"), "USD", 3, null,
				null, null, new BigDecimal(per1000), null, "no relation", List.of(), null, List.of(), List.of(),
				List.of(), List.of(), episodes);
		return new AccountPlan(ReportModel.Headline.of(account), 0, List.of(name), false);
	}
}
