package com.truereach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** An account's figures from what the steps found, worked out by hand. */
class AccountReportsTest {

	static final LocalDate FROM = LocalDate.of(2026, 3, 1);

	static final LocalDate TO = FROM.plusDays(2);

	/**
	 * The day before the range ends at 1,000 followers; the range's days 1,010, 1,030, 1,020 with 50,
	 * 60 and 70 engagements; 100 followers suspect on the first day and 120 on the last.
	 */
	static AccountInput input() {
		List<AccountInput.HistoryDay> days = List.of(day(FROM.minusDays(1), 1_000, 5, 999),
				day(FROM, 1_010, 10, 50), day(FROM.plusDays(1), 1_030, 20, 60), day(TO, 1_020, -10, 70));
		List<AccountInput.QualityDay> quality = List.of(
				new AccountInput.QualityDay(FROM, 1_010L, 910L, false, 100, 0, 0),
				new AccountInput.QualityDay(FROM.plusDays(1), 1_030L, 920L, true, 110, 0, 0),
				new AccountInput.QualityDay(TO, 1_020L, 900L, false, 120, 0, 0));
		AccountInput.Conversion conversion = new AccountInput.Conversion(new BigDecimal("30.00"), "USD", 3, null, null,
				null, null, null, "no relation", List.of(), null,
				List.of(new ReportModel.OtherCurrency("GBP", BigDecimal.ONE, 1),
						new ReportModel.OtherCurrency("EUR", BigDecimal.TEN, 2)),
				List.of(new AccountInput.RevenueDay(FROM.plusDays(1), new BigDecimal("30.00"), 3)));
		AccountInput.FlagFound bought = new AccountInput.FlagFound(AccountInput.FlagFound.BOUGHT_FOLLOWERS,
				FROM.plusDays(1), FROM.plusDays(1), "Bought.", 2_000L, 500L);
		return new AccountInput("a", "X", "@a", "A", new BigDecimal("15.00"), "USD",
				new AccountInput.Followers("EXPORTED", false, List.of(), AccountInput.Bound.EXACT,
						AccountInput.Bound.EXACT, days),
				quality, 70, List.of(), List.of(bought), new AccountInput.Sample(0.1, 0.05, 0.15, 200), conversion,
				List.of());
	}

	private static AccountInput.HistoryDay day(LocalDate day, long followers, long net, long engagements) {
		return new AccountInput.HistoryDay(day, followers, null, null, net, null, engagements, null, null, null);
	}

	@Test
	void worksOutTheFiguresOfTheRange() {
		ReportModel.AccountReport report = AccountReports.build(input(), FROM, TO);

		// the day before the range: 1,000; the last day: 1,020
		assertThat(report.followersStart()).isEqualTo(1_000L);
		assertThat(report.followersEnd()).isEqualTo(1_020L);
		assertThat(report.growthRaw()).isEqualTo(20L);
		// 1,000 less the first day's 100 suspect; the last day's clean 900
		assertThat(report.cleanStart()).isEqualTo(900L);
		assertThat(report.cleanEnd()).isEqualTo(900L);
		assertThat(report.growthClean()).isZero();
		// (50 + 60 + 70) / (1,010 + 1,030 + 1,020) = 180 / 3,060: the day before the range does not count
		assertThat(report.engagementRate()).isEqualTo(180.0 / 3_060);
		assertThat(report.days()).extracting(ReportModel.Day::day).containsExactly(FROM, FROM.plusDays(1), TO);
		assertThat(report.days().get(1).flagged()).isTrue();
		assertThat(report.days().get(1).revenue()).isEqualByComparingTo("30");
		assertThat(report.days().get(0).revenue()).isEqualByComparingTo("0");
		// 2,000 bought at 15.00 per 1,000
		assertThat(report.episodes()).singleElement().satisfies(e -> {
			assertThat(e.bought()).isEqualTo(2_000);
			assertThat(e.lostSince()).isEqualTo(500);
			assertThat(e.cost()).isEqualByComparingTo("30.00");
		});
		assertThat(report.otherCurrencies()).extracting(ReportModel.OtherCurrency::currency).containsExactly("EUR", "GBP");
	}

	@Test
	void withoutTheDayBeforeTheStartIsTheFirstDayLessItsChange() {
		AccountInput input = input();
		AccountInput.Followers followers = input.followers();
		AccountInput.Followers fromFirst = new AccountInput.Followers(followers.totals(), false, List.of(),
				followers.startBound(), followers.endBound(), followers.days().subList(1, 4));

		assertThat(AccountReports.followersBefore(fromFirst.days(), FROM)).isEqualTo(1_000L);
		assertThat(AccountReports.followersBefore(fromFirst.days(), FROM.plusDays(5))).isNull();
	}

	@Test
	void aPAcrossLagsFromAnEarlyStopSaysHowRoughItIs() {
		AccountInput.Lag lag = new AccountInput.Lag(2, 88, 0.05, 0.6, 0.04, 0.7, 0.4651);
		AccountInput.Lag strong = new AccountInput.Lag(2, 88, 0.5, 0.0001, 0.45, 0.0002, 0.001);
		AccountInput input = input();
		AccountInput.Conversion c = input.conversion();
		AccountInput.Conversion withCorrelations = new AccountInput.Conversion(c.revenue(), c.currency(), c.orders(),
				c.conversionRate(), c.conversionFormula(), c.revenuePer1000Reported(), c.revenuePer1000Clean(),
				c.revenuePerEngagement(), c.verdict(),
				List.of(new AccountInput.Correlation("engagement", List.of(), List.of(lag), 1, 43, 999, 20),
						new AccountInput.Correlation("follower growth (reported)", List.of(), List.of(strong), 0, 999,
								999, 20)),
				c.fakeSpend(), c.otherCurrencies(), c.daily());
		AccountInput account = new AccountInput(input.id(), input.platform(), input.handle(), input.name(),
				input.pricePer1000Followers(), input.priceCurrency(), input.followers(), input.quality(),
				input.qualityScore(), input.scoreComponents(), input.flags(), input.sample(), withCorrelations,
				input.impacts());

		List<ReportModel.Correlation> rows = AccountReports.build(account, FROM, TO).correlations();

		// 20 / 43 = 0.4651: its standard error, sqrt(p (1 - p) / 20) relative, is up to a fifth of it
		assertThat(rows.get(0).series()).isEqualTo("engagement, adjusted (weekday, trend, AR(1)); p across lags (rough:"
				+ " 43 shuffles, stopped once 20 reached the strongest lag)");
		assertThat(rows.get(0).pearsonP()).isEqualTo(0.4651);
		assertThat(rows.get(1).series())
			.isEqualTo("follower growth (reported), adjusted (weekday, trend, AR(0)); p across lags (999 shuffles)");
	}

	@Test
	void anAccountReportIsKeptAsJsonAndReadBackEqual() {
		JsonMapper json = JsonMapper.builder().build();
		ReportModel.AccountReport report = AccountReports.build(input(), FROM, TO);

		ReportModel.AccountReport read = json.readValue(json.writeValueAsString(report), ReportModel.AccountReport.class);
		ReportModel.Headline headline = json.readValue(json.writeValueAsString(ReportModel.Headline.of(report)),
				ReportModel.Headline.class);

		assertThat(read).isEqualTo(report);
		assertThat(headline).isEqualTo(ReportModel.Headline.of(report));
		assertThat(headline.days()).isEqualTo(3);
		assertThat(headline.episodeDays()).containsEntry(FROM.plusDays(1), 1);
	}

	@Test
	void everyAccountOfTheWriterTestIsReadBackEqual() {
		JsonMapper json = JsonMapper.builder().build();
		for (ReportModel.AccountReport account : WorkbookWriterTest.model().accounts()) {
			assertThat(json.readValue(json.writeValueAsString(account), ReportModel.AccountReport.class))
				.isEqualTo(account);
		}
	}
}
