package com.truereach.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

import com.truereach.domain.RevenueEvent;
import com.truereach.domain.TrafficRow;
import com.truereach.domain.Utm;

/**
 * Revenue per account over a range of days (docs/methods.md, "Followers and revenue", "Attribution"):
 * every sale, refund and failed payment dated in the range is attributed with {@link Attributor};
 * refunds are netted on their own day; GA4 sessions, where attributed, are the conversion-rate
 * denominator, else link clicks. Money is never converted without the job's rates and never
 * added across currencies. Every formula is in {@code formulas/conversion.md}.
 */
public final class ConversionAnalysis {

	/** How many unattributed sources the report lists. */
	public static final int TOP_SOURCES = 10;

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	private ConversionAnalysis() {
	}

	public static ConversionReport analyse(List<AccountRef> accounts, Map<String, List<AccountDaily>> seriesByAccount,
			List<RevenueEvent> revenue, List<TrafficRow> traffic, List<AttributionRule> rules, CurrencyRates rates,
			LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
		}
		Attributor attributor = new Attributor(rules, accounts);
		Map<Utm, Attribution> attributions = new HashMap<>();
		Function<Utm, Attribution> attribute = utm -> attributions.computeIfAbsent(utm, attributor::attribute);
		List<String> notes = new ArrayList<>();
		List<RevenueEvent> inRange = revenue.stream().filter(e -> within(e.day(), from, to)).toList();
		if (inRange.size() < revenue.size()) {
			notes.add((revenue.size() - inRange.size()) + " revenue events dated outside " + from + " .. " + to
					+ " are not counted (a refund counts on its own day, even for an earlier sale)");
		}
		String currency = rates.converts() ? rates.reportCurrency() : mainCurrency(inRange, rates);
		Map<String, Tally> tallies = new LinkedHashMap<>();
		accounts.forEach(a -> tallies.put(a.id(), new Tally()));
		Map<String, BigDecimal> unattributedTotals = new TreeMap<>();
		long unattributedOrders = 0;
		long unattributedFailed = 0;
		Map<String, Unattributed.Source> sources = new LinkedHashMap<>();
		long macros = 0;
		for (RevenueEvent event : inRange) {
			Attribution attribution = attribute.apply(event.utm());
			if (PlatformAliases.isUnresolvedMacro(event.utm().source())
					|| PlatformAliases.isUnresolvedMacro(event.utm().referrer())) {
				macros++;
			}
			if (event.kind() == RevenueEvent.Kind.FAILED) {
				if (attribution.attributed()) {
					tallies.get(attribution.accountId()).failed++;
				}
				else {
					unattributedFailed++;
				}
				continue;
			}
			String in = rates.converts() ? currency : rates.currencyOf(event.currency());
			BigDecimal amount = rates.converts() ? rates.toReport(event.amount(), event.currency()) : event.amount();
			if (attribution.attributed()) {
				tallies.get(attribution.accountId()).add(event, amount, in);
			}
			else {
				unattributedTotals.merge(in, amount, BigDecimal::add);
				unattributedOrders += event.kind() == RevenueEvent.Kind.SALE ? 1 : 0;
				sources.merge(sourceLabel(event.utm()) + "\u0000" + in + "\u0000" + attribution.reason(),
						new Unattributed.Source(sourceLabel(event.utm()), in, amount,
								event.kind() == RevenueEvent.Kind.SALE ? 1 : 0, attribution.reason()),
						(a, b) -> new Unattributed.Source(a.source(), a.currency(), a.amount().add(b.amount()),
								a.orders() + b.orders(), a.reason()));
			}
		}
		int currencyNoteAt = notes.size();
		if (macros > 0) {
			notes.add(macros + " revenue events carry an unresolved ad macro such as {{site_source_name}} instead of a "
					+ "source: their platform is unknown, and they are unattributed unless a rule matched another field");
		}
		Map<String, Sessions> sessions = sessions(traffic, attribute, from, to, notes);
		notes.add("Verdicts on follower growth and engagement against revenue look at lags 0 to "
				+ LaggedCorrelation.MAX_LAG + " days after removing each series' weekday pattern and trend and "
				+ "prewhitening with the driver's autoregressive model (the \"adjusted\" rows of the correlation "
				+ "table, whose p allows for every lag tried, by permutation); a relation needs that p under "
				+ LaggedCorrelation.ALPHA + " divided by the drivers judged, the same sign by rank (Spearman), and "
				+ "must hold without its " + LaggedCorrelation.INFLUENTIAL + " most supporting days and any outlying "
				+ "day; the plain rows are the series as they are and decide nothing");
		notes.add("Money is exact; it is rounded to 2 decimals (half-even) only where shown");
		Map<String, AccountConversion> byAccount = new LinkedHashMap<>();
		for (AccountRef account : accounts) {
			List<AccountDaily> series = seriesByAccount.getOrDefault(account.id(), List.of())
				.stream()
				.filter(d -> within(d.day(), from, to))
				.sorted(Comparator.comparing(AccountDaily::day))
				.toList();
			Tally tally = tallies.get(account.id());
			byAccount.put(account.id(), account(account, rates.converts() ? currency : tally.main(currency), tally, series,
					sessions.get(account.id()), from, to, rates));
		}
		notes.add(currencyNoteAt, currencyNote(rates, currency, byAccount, unattributedTotals));
		List<Unattributed.Source> top = sources.values()
			.stream()
			.sorted(Comparator.comparing(Unattributed.Source::amount).reversed())
			.limit(TOP_SOURCES)
			.toList();
		return new ConversionReport(byAccount,
				new Unattributed(unattributedTotals, unattributedOrders, unattributedFailed, top), notes);
	}

	private static AccountConversion account(AccountRef account, String currency, Tally all,
			List<AccountDaily> series, Sessions sessions, LocalDate from, LocalDate to, CurrencyRates rates) {
		CurrencyTally tally = all.in(currency);
		long orders = all.orders();
		BigDecimal revenue = tally.gross.subtract(tally.refunded);
		Long reportedEnd = last(series, AccountDaily::reportedFollowers);
		Long cleanEnd = last(series, AccountDaily::cleanFollowers);
		Long engagements = sum(series, AccountDaily::engagements);
		Long linkClicks = sum(series, AccountDaily::linkClicks);
		BigDecimal conversionRate;
		String formula;
		if (sessions != null && sessions.count() > 0) {
			conversionRate = Money.ratio(BigDecimal.valueOf(orders), BigDecimal.valueOf(sessions.count()));
			formula = "attributed orders / GA4 sessions attributed to the account = " + orders + " / "
					+ sessions.count();
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
		List<RevenueDay> daily = new ArrayList<>();
		Map<LocalDate, Double> revenueByDay = new TreeMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			BigDecimal amount = tally.daily.getOrDefault(day, BigDecimal.ZERO);
			daily.add(new RevenueDay(day, amount, tally.dailyOrders.getOrDefault(day, 0L)));
			revenueByDay.put(day, amount.doubleValue());
		}
		int half = (int) (ChronoUnit.DAYS.between(from, to) + 1) / 2;
		BigDecimal firstHalf = half == 0 ? null : sum(daily.subList(0, half));
		BigDecimal secondHalf = half == 0 ? null : sum(daily.subList(daily.size() - half, daily.size()));
		BigDecimal growth = firstHalf == null || firstHalf.signum() <= 0 ? null
				: Money.ratio(secondHalf.subtract(firstHalf), firstHalf);
		Map<LocalDate, Long> gainsRaw = byDay(series, AccountDaily::gainsRaw);
		Map<LocalDate, Long> gainsClean = byDay(series, AccountDaily::gainsClean);
		boolean growthNearlySame = nearlySame(gainsRaw, gainsClean);
		int drivers = growthNearlySame ? 2 : 3;
		LaggedCorrelation.Result raw = LaggedCorrelation.compute("follower growth (reported)", gainsRaw, revenueByDay,
				drivers);
		LaggedCorrelation.Result clean = LaggedCorrelation.compute("follower growth (clean)", gainsClean,
				revenueByDay, drivers);
		LaggedCorrelation.Result engagement = LaggedCorrelation.compute("engagement",
				byDay(series, AccountDaily::engagements), revenueByDay, drivers);
		Long fake = fakeFollowers(series);
		// the price is in the report currency (the account's own when the job names none): without
		// rates it cannot be put beside another currency
		boolean priced = account.pricePer1000Followers() != null && (rates.converts()
				|| rates.reportCurrency().isEmpty() || currency.equals(rates.reportCurrency()));
		BigDecimal fakeSpend = fake == null || !priced ? null
				: account.pricePer1000Followers().multiply(BigDecimal.valueOf(fake)).movePointLeft(3);
		Map<String, BigDecimal> otherRevenue = new TreeMap<>();
		Map<String, Long> otherOrders = new TreeMap<>();
		all.byCurrency.forEach((c, t) -> {
			if (!c.equals(currency)) {
				otherRevenue.put(c, t.gross.subtract(t.refunded));
				otherOrders.put(c, t.orders);
			}
		});
		return new AccountConversion(account.id(), currency, revenue, tally.gross, tally.refunded, orders,
				tally.refunds, all.failed, Money.ratio(tally.gross, BigDecimal.valueOf(tally.orders)), conversionRate,
				formula, reportedEnd, cleanEnd, per1000(revenue, reportedEnd), per1000(revenue, cleanEnd), engagements,
				engagements == null ? null : Money.ratio(revenue, BigDecimal.valueOf(engagements)),
				sum(series, AccountDaily::gainsRaw), sum(series, AccountDaily::gainsClean), firstHalf, secondHalf, growth,
				daily, raw, clean, engagement, verdict(raw, clean, engagement, growthNearlySame), fake, fakeSpend,
				otherRevenue, otherOrders);
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

	/**
	 * Sessions per account. A dated row counts when its day is in the range; an undated one when its
	 * whole period lies in the range. When an account has dated rows its undated ones are ignored:
	 * a GA4 file often holds the same traffic once per day and once as a total.
	 */
	private static Map<String, Sessions> sessions(List<TrafficRow> traffic, Function<Utm, Attribution> attribute,
			LocalDate from, LocalDate to, List<String> notes) {
		Map<String, Sessions> result = new HashMap<>();
		long skipped = 0;
		for (TrafficRow row : traffic) {
			boolean dated = row.day() != null;
			if (dated ? !within(row.day(), from, to)
					: row.from() == null || row.to() == null || row.from().isBefore(from) || row.to().isAfter(to)) {
				skipped += dated ? 0 : 1;
				continue;
			}
			Attribution attribution = attribute.apply(row.utm());
			if (attribution.attributed()) {
				result.computeIfAbsent(attribution.accountId(), id -> new Sessions()).add(dated, row.sessions());
			}
		}
		if (skipped > 0) {
			notes.add(skipped + " GA4 rows without a date cover a period that is not inside " + from + " .. " + to
					+ ": their sessions are not used");
		}
		return result;
	}

	/**
	 * Without rates, the currency with the largest nominal revenue (sales before refunds; ties: more
	 * sales, then alphabetical). Nominal amounts of different currencies are not comparable, which is
	 * why the note asks for rates when a store sells in several.
	 */
	private static String mainCurrency(List<RevenueEvent> events, CurrencyRates rates) {
		Map<String, BigDecimal> sales = new TreeMap<>();
		Map<String, Long> counts = new HashMap<>();
		for (RevenueEvent e : events) {
			String c = rates.currencyOf(e.currency());
			if (e.kind() == RevenueEvent.Kind.SALE) {
				sales.merge(c, e.amount(), BigDecimal::add);
				counts.merge(c, 1L, Long::sum);
			}
		}
		return sales.entrySet()
			.stream()
			.sorted(Map.Entry.<String, BigDecimal>comparingByValue()
				.reversed()
				.thenComparing(e -> -counts.get(e.getKey()))
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseGet(() -> !rates.reportCurrency().isEmpty() ? rates.reportCurrency()
					: events.stream().map(e -> rates.currencyOf(e.currency())).sorted().findFirst().orElse(""));
	}

	private static String currencyNote(CurrencyRates rates, String currency, Map<String, AccountConversion> accounts,
			Map<String, BigDecimal> unattributed) {
		if (rates.converts()) {
			StringBuilder note = new StringBuilder("Amounts converted to " + currency
					+ " with the job definition's rates (report-currency units per unit):");
			rates.rates().forEach((c, r) -> note.append(' ').append(c).append(' ').append(r.toPlainString()));
			return note.toString();
		}
		Map<String, List<String>> analysedIn = new TreeMap<>();
		Set<String> seen = new TreeSet<>(unattributed.keySet());
		List<String> apart = new ArrayList<>();
		accounts.values().forEach(a -> {
			analysedIn.computeIfAbsent(a.currency(), c -> new ArrayList<>()).add(a.accountId());
			if (a.orders() > 0 || a.refunds() > 0) {
				seen.add(a.currency());
			}
			seen.addAll(a.otherCurrencies().keySet());
			a.otherCurrencies().forEach((c, amount) -> apart.add(a.accountId() + " " + c + " " + Money.display(amount)
					+ " net (" + orders(a.otherCurrencyOrders().getOrDefault(c, 0L)) + ")"));
		});
		if (seen.size() <= 1) {
			String only = seen.isEmpty() ? currency : seen.iterator().next();
			return "All revenue is in " + (only.isEmpty() ? "one (unnamed) currency" : only) + "; no conversion was needed";
		}
		StringBuilder note = new StringBuilder("No conversion rates: currencies are kept apart and never added. "
				+ "Each account is analysed in the currency of most of its sales (");
		analysedIn.forEach((c, ids) -> note.append(c.isEmpty() ? "(unnamed)" : c).append(": ")
			.append(String.join(", ", ids)).append("; "));
		note.setLength(note.length() - 2);
		note.append(")");
		if (!apart.isEmpty()) {
			note.append("; revenue in other currencies is shown beside it: ").append(String.join("; ", apart));
		}
		if (!unattributed.isEmpty()) {
			note.append(". Unattributed:");
			unattributed.forEach((c, a) -> note.append(' ').append(c).append(' ').append(Money.display(a)).append(" net;"));
			note.setLength(note.length() - 1);
		}
		return note.append(". Give rates in the job definition to add them up").toString();
	}

	private static String orders(long count) {
		return count + (count == 1 ? " order" : " orders");
	}

	private static String sourceLabel(Utm utm) {
		if (!utm.source().isEmpty()) {
			return utm.medium().isEmpty() ? utm.source() : utm.source() + " / " + utm.medium();
		}
		if (!utm.referrer().isEmpty()) {
			return "referrer " + PlatformAliases.host(utm.referrer());
		}
		return utm.campaign().isEmpty() ? "(none)" : "campaign " + utm.campaign();
	}

	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return day != null && !day.isBefore(from) && !day.isAfter(to);
	}

	/** Money of one account while the events are read, per currency (one currency when the job converts). */
	private static final class Tally {

		long failed;

		final Map<String, CurrencyTally> byCurrency = new TreeMap<>();

		void add(RevenueEvent event, BigDecimal amount, String currency) {
			byCurrency.computeIfAbsent(currency, c -> new CurrencyTally()).add(event, amount);
		}

		CurrencyTally in(String currency) {
			return byCurrency.getOrDefault(currency, new CurrencyTally());
		}

		/** Orders in every currency: an order is an order whatever it was paid in. */
		long orders() {
			return byCurrency.values().stream().mapToLong(t -> t.orders).sum();
		}

		/**
		 * Without rates, the account is analysed in its own main currency: the largest nominal sales
		 * (ties: more sales, then alphabetical); the job's main currency when it sold nothing. An
		 * account that sells only in EUR is shown in EUR, never as 0.00 in another currency.
		 */
		String main(String fallback) {
			return byCurrency.entrySet()
				.stream()
				.filter(e -> e.getValue().orders > 0)
				.sorted(Comparator.<Map.Entry<String, CurrencyTally>, BigDecimal>comparing(e -> e.getValue().gross)
					.reversed()
					.thenComparing(e -> -e.getValue().orders)
					.thenComparing(Map.Entry::getKey))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(fallback);
		}
	}

	/** One account's money in one currency. */
	private static final class CurrencyTally {

		BigDecimal gross = BigDecimal.ZERO;

		BigDecimal refunded = BigDecimal.ZERO;

		long orders;

		long refunds;

		final Map<LocalDate, BigDecimal> daily = new HashMap<>();

		final Map<LocalDate, Long> dailyOrders = new HashMap<>();

		void add(RevenueEvent event, BigDecimal amount) {
			if (event.kind() == RevenueEvent.Kind.SALE) {
				gross = gross.add(amount);
				orders++;
				dailyOrders.merge(event.day(), 1L, Long::sum);
			}
			else {
				refunded = refunded.subtract(amount);
				refunds++;
			}
			daily.merge(event.day(), amount, BigDecimal::add);
		}
	}

	/** Attributed GA4 sessions of one account, dated and undated apart. */
	private static final class Sessions {

		long dated;

		long undated;

		boolean hasDated;

		void add(boolean isDated, long sessions) {
			if (isDated) {
				dated += sessions;
				hasDated = true;
			}
			else {
				undated += sessions;
			}
		}

		long count() {
			return hasDated ? dated : undated;
		}
	}
}
