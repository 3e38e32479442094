package com.truereach.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.truereach.conversion.AccountConversion;
import com.truereach.conversion.EpisodeImpact;
import com.truereach.conversion.EpisodeImpacts;
import com.truereach.conversion.LaggedCorrelation;
import com.truereach.history.FollowerHistory;
import com.truereach.history.HistoryDay;
import com.truereach.quality.AccountQuality;
import com.truereach.quality.Flag;
import com.truereach.quality.QualityDay;
import com.truereach.quality.SampleEstimate;
import com.truereach.report.AccountInput;
import com.truereach.report.ReportModel;

/**
 * What the cleanliness and conversion steps kept for an account, copied field by field into the
 * report's {@link AccountInput}: the report works out every figure from it.
 */
final class AccountInputs {

	private AccountInputs() {
	}

	static AccountInput of(JobDefinition.Account account, String priceCurrency, LocalDate from, LocalDate to,
			CleanlinessResult cleanliness, AccountConversion conversion, EpisodeImpacts impacts) {
		FollowerHistory history = cleanliness.history();
		AccountQuality quality = cleanliness.quality();
		SampleEstimate sample = cleanliness.sample();
		return new AccountInput(account.id(), account.platform().label(), account.handle(), account.displayName(),
				account.pricePer1000Followers(), priceCurrency, followers(history, from, to),
				quality.days().stream().map(AccountInputs::quality).toList(), quality.score(),
				quality.components()
					.stream()
					.map(c -> new ReportModel.ScoreComponent(c.name(), c.value(), c.weight(), c.explanation()))
					.toList(),
				quality.flags().stream().map(AccountInputs::flag).toList(),
				sample == null ? null
						: new AccountInput.Sample(sample.share(), sample.low(), sample.high(), sample.sampleSize()),
				conversion(conversion), impacts.episodes().stream().map(AccountInputs::impact).toList());
	}

	/** The history from the day before the range, whose total is the range's start. */
	private static AccountInput.Followers followers(FollowerHistory history, LocalDate from, LocalDate to) {
		return new AccountInput.Followers(history.totals().name(), history.grossFollowsOnly(),
				history.pins() == null ? List.of() : history.pins(),
				AccountInput.Bound.valueOf(history.bound(from.minusDays(1)).name()),
				AccountInput.Bound.valueOf(history.bound(to).name()),
				history.between(from.minusDays(1), to).stream().map(AccountInputs::day).toList());
	}

	private static AccountInput.HistoryDay day(HistoryDay d) {
		return new AccountInput.HistoryDay(d.day(), d.followers(), d.gained(), d.lost(), d.net(), d.posts(),
				d.engagements(), d.reach(), d.impressions(), d.linkClicks());
	}

	private static AccountInput.QualityDay quality(QualityDay q) {
		return new AccountInput.QualityDay(q.day(), q.reported(), q.clean(), q.flagged(), q.suspectBought(),
				q.suspectFake(), q.suspectInactive());
	}

	private static AccountInput.FlagFound flag(Flag f) {
		return new AccountInput.FlagFound(f.kind().name(), f.from(), f.to(), f.sentence(), evidence(f, "bought"),
				evidence(f, "lostSince"));
	}

	private static Long evidence(Flag flag, String key) {
		Number value = flag.evidence().get(key);
		return value == null ? null : value.longValue();
	}

	private static AccountInput.Conversion conversion(AccountConversion c) {
		return new AccountInput.Conversion(c.revenue(), c.currency(), c.orders(), c.conversionRate(),
				c.conversionFormula(), c.revenuePer1000Reported(), c.revenuePer1000Clean(), c.revenuePerEngagedUser(),
				c.verdict(),
				Stream.of(c.rawGainsVsRevenue(), c.cleanGainsVsRevenue(), c.engagementVsRevenue())
					.filter(Objects::nonNull)
					.map(AccountInputs::correlation)
					.toList(),
				c.fakeSpend(),
				c.otherCurrencies()
					.entrySet()
					.stream()
					.map(e -> new ReportModel.OtherCurrency(e.getKey(), e.getValue(),
							c.otherCurrencyOrders().getOrDefault(e.getKey(), 0L)))
					.toList(),
				c.daily().stream().map(d -> new AccountInput.RevenueDay(d.day(), d.revenue(), d.orders())).toList());
	}

	private static AccountInput.Correlation correlation(LaggedCorrelation.Result result) {
		return new AccountInput.Correlation(result.driver(), result.lags().stream().map(AccountInputs::lag).toList(),
				result.adjusted().stream().map(AccountInputs::lag).toList(), result.arOrder(), result.shuffles(),
				LaggedCorrelation.SHUFFLES, LaggedCorrelation.EXCEEDANCES);
	}

	private static AccountInput.Lag lag(LaggedCorrelation.Lag lag) {
		return new AccountInput.Lag(lag.lag(), lag.n(), lag.pearson(), lag.pearsonP(), lag.spearman(),
				lag.spearmanP(), lag.pAcrossLags());
	}

	private static AccountInput.ImpactFound impact(EpisodeImpact.Result r) {
		EpisodeImpact.Episode e = r.episode();
		return new AccountInput.ImpactFound(e.kind() == EpisodeImpact.Kind.BOUGHT, e.from(), e.to(), e.followers(),
				e.cost(), e.costCurrency(), r.currency(), r.observed(), r.expected(), r.low(), r.high(), r.lift(),
				r.liftLow(), r.liftHigh(), r.sentence(), r.basis());
	}
}
