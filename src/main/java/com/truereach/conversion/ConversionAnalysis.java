package com.truereach.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * The revenue analysis of one account over a range of days (docs/methods.md, "Followers and
 * revenue"), from what the first pass ({@link RevenueAttribution}) sent to it and its daily
 * followers: GA4 sessions, where attributed, are the conversion-rate denominator, else link
 * clicks; follower gains and engagement are related to revenue with {@link LaggedCorrelation}.
 * Money is never converted without the job's rates and never added across currencies. Every
 * formula is in {@code formulas/conversion.md}.
 */
public final class ConversionAnalysis {

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	private ConversionAnalysis() {
	}

	/**
	 * @param revenue what the first pass attributed to the account
	 * @param series the account's days; days outside the range are not used
	 */
	public static AccountConversion account(AccountRef account, AccountRevenue revenue, List<AccountDaily> series,
			CurrencyRates rates, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
		}
		List<AccountDaily> days = series.stream()
			.filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to))
			.sorted(Comparator.comparing(AccountDaily::day))
			.toList();
		String currency = revenue.currency();
		long orders = revenue.orders();
		BigDecimal total = revenue.revenue();
		Long reportedEnd = last(days, AccountDaily::reportedFollowers);
		Long cleanEnd = last(days, AccountDaily::cleanFollowers);
		Long engagements = sum(days, AccountDaily::engagements);
		Long linkClicks = sum(days, AccountDaily::linkClicks);
		BigDecimal conversionRate;
		String formula;
		if (revenue.sessions() != null && revenue.sessions() > 0) {
			conversionRate = Money.ratio(BigDecimal.valueOf(orders), BigDecimal.valueOf(revenue.sessions()));
			formula = "attributed orders / GA4 sessions attributed to the account = " + orders + " / "
					+ revenue.sessions();
		}
		else if (linkClicks != null && linkClicks > 0) {
			conversionRate = Money.ratio(BigDecimal.valueOf(orders), BigDecimal.valueOf(linkClicks));
			formula = "attributed orders / link clicks = " + orders + " / " + linkClicks;
		}
		else {
			conversionRate = null;
			formula = "no GA4 sessions and no link clicks for this account: no conversion rate";
		}
		if (conversionRate != null && conversionRate.compareTo(BigDecimal.ONE) > 0) {
			formula += "; over 100%: more orders came from this account than the visits counted, so buyers also"
					+ " arrive through links the platform does not count (bio links, untagged shares)";
		}
		Map<LocalDate, RevenueDay> byDay = new HashMap<>();
		revenue.daily().forEach(d -> byDay.put(d.day(), d));
		List<RevenueDay> daily = new ArrayList<>();
		Map<LocalDate, Double> revenueByDay = new TreeMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			RevenueDay known = byDay.get(day);
			BigDecimal amount = known == null ? BigDecimal.ZERO : known.revenue();
			daily.add(new RevenueDay(day, amount, known == null ? 0 : known.orders()));
			revenueByDay.put(day, amount.doubleValue());
		}
		int half = (int) (ChronoUnit.DAYS.between(from, to) + 1) / 2;
		BigDecimal firstHalf = half == 0 ? null : sum(daily.subList(0, half));
		BigDecimal secondHalf = half == 0 ? null : sum(daily.subList(daily.size() - half, daily.size()));
		BigDecimal growth = firstHalf == null || firstHalf.signum() <= 0 ? null
				: Money.ratio(secondHalf.subtract(firstHalf), firstHalf);
		Map<LocalDate, Long> gainsRaw = byDay(days, AccountDaily::gainsRaw);
		Map<LocalDate, Long> gainsClean = byDay(days, AccountDaily::gainsClean);
		boolean growthNearlySame = nearlySame(gainsRaw, gainsClean);
		int drivers = growthNearlySame ? 2 : 3;
		LaggedCorrelation.Revenue revenueDays = new LaggedCorrelation.Revenue(revenueByDay);
		LaggedCorrelation.Result raw = LaggedCorrelation.compute("follower growth (reported)", gainsRaw, revenueDays,
				drivers);
		// an account without suspect followers has the same series twice: the analysis is the same
		LaggedCorrelation.Result clean = gainsClean.equals(gainsRaw) ? raw.as("follower growth (clean)")
				: LaggedCorrelation.compute("follower growth (clean)", gainsClean, revenueDays, drivers);
		LaggedCorrelation.Result engagement = LaggedCorrelation.compute("engagement",
				byDay(days, AccountDaily::engagements), revenueDays, drivers);
		Long fake = fakeFollowers(days);
		// the price is in the report currency (the account's own when the job names none): without
		// rates it cannot be put beside another currency
		boolean priced = account.pricePer1000Followers() != null && (rates.converts()
				|| rates.reportCurrency().isEmpty() || currency.equals(rates.reportCurrency()));
		BigDecimal fakeSpend = fake == null || !priced ? null
				: account.pricePer1000Followers().multiply(BigDecimal.valueOf(fake)).movePointLeft(3);
		return new AccountConversion(account.id(), currency, total, revenue.grossSales(), revenue.refundedAmount(),
				orders, revenue.refunds(), revenue.failedPayments(),
				Money.ratio(revenue.grossSales(), BigDecimal.valueOf(revenue.currencyOrders())), conversionRate, formula,
				reportedEnd, cleanEnd, per1000(total, reportedEnd), per1000(total, cleanEnd), engagements,
				engagements == null ? null : Money.ratio(total, BigDecimal.valueOf(engagements)),
				sum(days, AccountDaily::gainsRaw), sum(days, AccountDaily::gainsClean), firstHalf, secondHalf, growth,
				daily, raw, clean, engagement, verdict(raw, clean, engagement, growthNearlySame), fake, fakeSpend,
				revenue.otherCurrencies(), revenue.otherCurrencyOrders());
	}

	/**
	 * "follower growth (reported and clean) shows no relation to revenue; engagement leads revenue by
	 * 2 days". Reported and clean growth that are nearly the same series get one statement, the
	 * reported one's: two tests of one series must not disagree because one fell just past a threshold.
	 */
	static String verdict(LaggedCorrelation.Result raw, LaggedCorrelation.Result clean,
			LaggedCorrelation.Result engagement, boolean growthNearlySame) {
		String growth = growthNearlySame || raw.summary().equals(clean.summary())
				? "follower growth (reported and clean) " + raw.summary()
				: raw.driver() + " " + raw.summary() + "; " + clean.driver() + " " + clean.summary();
		return growth + "; " + engagement.driver() + " " + engagement.summary();
	}

	/** Share of days with equal values, or correlation, at or above which two growth series are one. */
	static final double NEARLY_SAME = 0.98;

	/**
	 * Two daily series are nearly the same when, over the days both are known, they are equal on at
	 * least {@value #NEARLY_SAME} of the days or correlate at {@value #NEARLY_SAME} or more.
	 */
	static boolean nearlySame(Map<LocalDate, Long> a, Map<LocalDate, Long> b) {
		List<LocalDate> common = a.keySet().stream().filter(b::containsKey).toList();
		if (common.isEmpty()) {
			return false;
		}
		long equal = common.stream().filter(d -> a.get(d).equals(b.get(d))).count();
		if (equal >= NEARLY_SAME * common.size()) {
			return true;
		}
		double[] x = common.stream().mapToDouble(a::get).toArray();
		double[] y = common.stream().mapToDouble(b::get).toArray();
		return x.length > 2 && StatUtils.variance(x) > 0 && StatUtils.variance(y) > 0
				&& new PearsonsCorrelation().correlation(x, y) >= NEARLY_SAME;
	}

	private static BigDecimal per1000(BigDecimal revenue, Long followers) {
		return followers == null ? null : Money.ratio(revenue.multiply(THOUSAND), BigDecimal.valueOf(followers));
	}

	/** Reported minus clean followers on the last day that has both, never below zero. */
	private static Long fakeFollowers(List<AccountDaily> series) {
		for (int i = series.size() - 1; i >= 0; i--) {
			AccountDaily d = series.get(i);
			if (d.reportedFollowers() != null && d.cleanFollowers() != null) {
				return Math.max(0, d.reportedFollowers() - d.cleanFollowers());
			}
		}
		return null;
	}

	private static Long last(List<AccountDaily> series, Function<AccountDaily, Long> value) {
		for (int i = series.size() - 1; i >= 0; i--) {
			if (value.apply(series.get(i)) != null) {
				return value.apply(series.get(i));
			}
		}
		return null;
	}

	private static Long sum(List<AccountDaily> series, Function<AccountDaily, Long> value) {
		return series.stream().map(value).filter(v -> v != null).reduce(Long::sum).orElse(null);
	}

	private static BigDecimal sum(List<RevenueDay> days) {
		return days.stream().map(RevenueDay::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static Map<LocalDate, Long> byDay(List<AccountDaily> series, Function<AccountDaily, Long> value) {
		Map<LocalDate, Long> result = new TreeMap<>();
		series.stream().filter(d -> value.apply(d) != null).forEach(d -> result.put(d.day(), value.apply(d)));
		return result;
	}
}
