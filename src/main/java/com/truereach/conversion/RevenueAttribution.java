package com.truereach.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.truereach.domain.RevenueEvent;
import com.truereach.domain.TrafficRow;
import com.truereach.domain.Utm;

/**
 * The first pass of the revenue analysis, the part that needs every account at once
 * (docs/methods.md, "Followers and revenue", "Attribution"): every sale, refund and failed payment
 * and every GA4 row is attributed with {@link Attributor}; what no account gets is totalled with
 * its reasons; without rates the job's main currency and each account's own are chosen across the
 * accounts' sales. Events and rows are added one at a time, so a caller can stream them from the
 * history: what is kept grows with the attributed days and the distinct UTM values, not with the
 * events. {@link #finish()} gives each account's {@link AccountRevenue}, which
 * {@link ConversionAnalysis#account} and {@link EpisodeImpacts#assess} analyse one account at a
 * time, and the {@link RevenueOverview} across them. Every formula is in {@code formulas/conversion.md}.
 */
public final class RevenueAttribution {

	/** How many unattributed sources the report lists. */
	public static final int TOP_SOURCES = 10;

	private final List<AccountRef> accounts;

	private final CurrencyRates rates;

	private final LocalDate from;

	private final LocalDate to;

	private final LocalDate impactFrom;

	private final Attributor attributor;

	private final Map<Utm, Attribution> attributions = new HashMap<>();

	private final Map<String, Tally> tallies = new LinkedHashMap<>();

	private final Map<String, Map<LocalDate, BigDecimal>> totals = new HashMap<>();

	private final Map<String, BigDecimal> sales = new TreeMap<>();

	private final Map<String, Long> salesCounts = new HashMap<>();

	private final Set<String> currencies = new TreeSet<>();

	private final Map<String, BigDecimal> unattributedTotals = new TreeMap<>();

	private final Map<String, Unattributed.Source> sources = new LinkedHashMap<>();

	private final Map<String, Sessions> sessions = new HashMap<>();

	private LocalDate known;

	private long outside;

	private long macros;

	private long unattributedOrders;

	private long unattributedFailed;

	private long undatedOutside;

	/**
	 * @param impactFrom the first day the episode impacts may look at, on or before {@code from}:
	 *     revenue of the days before the range is kept for them only
	 */
	public RevenueAttribution(List<AccountRef> accounts, List<AttributionRule> rules, CurrencyRates rates,
			LocalDate from, LocalDate to, LocalDate impactFrom) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
		}
		if (impactFrom.isAfter(from)) {
			throw new IllegalArgumentException("the episodes' revenue (from " + impactFrom + ") must start on or before"
					+ " the range (" + from + ")");
		}
		this.accounts = List.copyOf(accounts);
		this.rates = rates;
		this.from = from;
		this.to = to;
		this.impactFrom = impactFrom;
		this.attributor = new Attributor(rules, accounts);
		accounts.forEach(a -> tallies.put(a.id(), new Tally()));
	}

	private Attribution attribute(Utm utm) {
		return attributions.computeIfAbsent(utm, attributor::attribute);
	}

	/** One sale, refund or failed payment. */
	public void add(RevenueEvent event) {
		if (!within(event.day(), impactFrom, to)) {
			outside++;
			return;
		}
		known = known == null || event.day().isBefore(known) ? event.day() : known;
		boolean inRange = !event.day().isBefore(from);
		Attribution attribution = attribute(event.utm());
		if (inRange && (PlatformAliases.isUnresolvedMacro(event.utm().source())
				|| PlatformAliases.isUnresolvedMacro(event.utm().referrer()))) {
			macros++;
		}
		if (inRange) {
			currencies.add(rates.currencyOf(event.currency()));
		}
		if (event.kind() == RevenueEvent.Kind.FAILED) {
			if (inRange && attribution.attributed()) {
				tallies.get(attribution.accountId()).failed++;
			}
			else if (inRange) {
				unattributedFailed++;
			}
			return;
		}
		String in = rates.converts() ? rates.reportCurrency() : rates.currencyOf(event.currency());
		BigDecimal amount = rates.converts() ? rates.toReport(event.amount(), event.currency()) : event.amount();
		totals.computeIfAbsent(in, c -> new HashMap<>()).merge(event.day(), amount, BigDecimal::add);
		if (attribution.attributed()) {
			tallies.get(attribution.accountId()).add(event, amount, in, inRange);
		}
		if (!inRange) {
			return;
		}
		if (event.kind() == RevenueEvent.Kind.SALE) {
			sales.merge(rates.currencyOf(event.currency()), event.amount(), BigDecimal::add);
			salesCounts.merge(rates.currencyOf(event.currency()), 1L, Long::sum);
		}
		if (!attribution.attributed()) {
			long order = event.kind() == RevenueEvent.Kind.SALE ? 1 : 0;
			unattributedTotals.merge(in, amount, BigDecimal::add);
			unattributedOrders += order;
			String label = sourceLabel(event.utm());
			sources.merge(label + "\u0000" + in + "\u0000" + attribution.reason(),
					new Unattributed.Source(label, in, amount, order, attribution.reason()),
					(a, b) -> new Unattributed.Source(a.source(), a.currency(), a.amount().add(b.amount()),
							a.orders() + b.orders(), a.reason()));
		}
	}

	/**
	 * One GA4 row. A dated row counts when its day is in the range; an undated one when its whole
	 * period lies in the range. When an account has dated rows its undated ones are ignored: a GA4
	 * file often holds the same traffic once per day and once as a total.
	 */
	public void add(TrafficRow row) {
		boolean dated = row.day() != null;
		if (dated ? !within(row.day(), from, to)
				: row.from() == null || row.to() == null || row.from().isBefore(from) || row.to().isAfter(to)) {
			undatedOutside += dated ? 0 : 1;
			return;
		}
		Attribution attribution = attribute(row.utm());
		if (attribution.attributed()) {
			sessions.computeIfAbsent(attribution.accountId(), id -> new Sessions()).add(dated, row.sessions());
		}
	}

	/** Each account's revenue, in the accounts' order, and what was found across them. */
	public Attributed finish() {
		String currency = rates.converts() ? rates.reportCurrency() : mainCurrency();
		Map<String, AccountRevenue> byAccount = new LinkedHashMap<>();
		for (AccountRef account : accounts) {
			Tally tally = tallies.get(account.id());
			Sessions counted = sessions.get(account.id());
			byAccount.put(account.id(), tally.revenue(account.id(), rates.converts() ? currency : tally.main(currency),
					counted == null ? null : counted.count()));
		}
		List<String> notes = new ArrayList<>();
		if (outside > 0) {
			notes.add(outside + " revenue events dated outside " + from + " .. " + to
					+ " are not counted (a refund counts on its own day, even for an earlier sale)");
		}
		notes.add(currencyNote(currency, byAccount.values()));
		if (macros > 0) {
			notes.add(macros + " revenue events carry an unresolved ad macro such as {{site_source_name}} instead of a "
					+ "source: their platform is unknown, and they are unattributed unless a rule matched another field");
		}
		if (undatedOutside > 0) {
			notes.add(undatedOutside + " GA4 rows without a date cover a period that is not inside " + from + " .. " + to
					+ ": their sessions are not used");
		}
		notes.add("Verdicts on follower growth and engagement against revenue look at lags 0 to "
				+ LaggedCorrelation.MAX_LAG + " days after removing each series' weekday pattern and trend and "
				+ "prewhitening with the driver's autoregressive model (the \"adjusted\" rows of the correlation "
				+ "table, whose p allows for every lag tried, by permutation); a relation needs that p under "
				+ LaggedCorrelation.ALPHA + " divided by the drivers judged, the same sign by rank (Spearman), and "
				+ "must hold without its " + LaggedCorrelation.INFLUENTIAL + " most supporting days and any outlying "
				+ "day; the plain rows are the series as they are and decide nothing");
		notes.add("Money is exact; it is rounded to 2 decimals (half-even) only where shown");
		List<Unattributed.Source> top = sources.values()
			.stream()
			.sorted(Comparator.comparing(Unattributed.Source::amount).reversed())
			.limit(TOP_SOURCES)
			.toList();
		// revenue is taken to be known from the first stored event on
		LocalDate knownFrom = known == null ? to : known.isAfter(impactFrom) ? known : impactFrom;
		Map<String, List<RevenueDay>> control = new TreeMap<>();
		totals.forEach((c, days) -> control.put(c, days(days, Map.of(), knownFrom)));
		return new Attributed(byAccount, new RevenueOverview(currency,
				new Unattributed(unattributedTotals, unattributedOrders, unattributedFailed, top), notes, knownFrom,
				control));
	}

	/** Every account's revenue in the job's account order, and the revenue across accounts. */
	public record Attributed(Map<String, AccountRevenue> byAccount, RevenueOverview overview) {
	}

	/**
	 * Without rates, the currency with the largest nominal revenue (sales before refunds; ties: more
	 * sales, then alphabetical). Nominal amounts of different currencies are not comparable, which is
	 * why the note asks for rates when a store sells in several.
	 */
	private String mainCurrency() {
		return sales.entrySet()
			.stream()
			.sorted(Map.Entry.<String, BigDecimal>comparingByValue()
				.reversed()
				.thenComparing(e -> -salesCounts.get(e.getKey()))
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseGet(() -> !rates.reportCurrency().isEmpty() ? rates.reportCurrency()
					: currencies.stream().findFirst().orElse(""));
	}

	private String currencyNote(String currency, Iterable<AccountRevenue> byAccount) {
		if (rates.converts()) {
			StringBuilder note = new StringBuilder("Amounts converted to " + currency
					+ " with the job definition's rates (report-currency units per unit):");
			rates.rates().forEach((c, r) -> note.append(' ').append(c).append(' ').append(r.toPlainString()));
			return note.toString();
		}
		Map<String, List<String>> analysedIn = new TreeMap<>();
		Set<String> seen = new TreeSet<>(unattributedTotals.keySet());
		List<String> apart = new ArrayList<>();
		byAccount.forEach(a -> {
			analysedIn.computeIfAbsent(a.currency(), c -> new ArrayList<>()).add(a.accountId());
			if (a.orders() > 0 || a.refunds() > 0) {
				seen.add(a.currency());
			}
			seen.addAll(a.otherCurrencies().keySet());
			new TreeMap<>(a.otherCurrencies()).forEach((c, amount) -> apart.add(a.accountId() + " " + c + " "
					+ Money.display(amount) + " net (" + orders(a.otherCurrencyOrders().getOrDefault(c, 0L)) + ")"));
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
		if (!unattributedTotals.isEmpty()) {
			note.append(". Unattributed:");
			unattributedTotals
				.forEach((c, a) -> note.append(' ').append(c).append(' ').append(Money.display(a)).append(" net;"));
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

	/** The days from {@code first} on that have an amount, in order, with their orders. */
	private static List<RevenueDay> days(Map<LocalDate, BigDecimal> amounts, Map<LocalDate, Long> orders,
			LocalDate first) {
		return new TreeMap<>(amounts).entrySet()
			.stream()
			.filter(e -> !e.getKey().isBefore(first))
			.map(e -> new RevenueDay(e.getKey(), e.getValue(), orders.getOrDefault(e.getKey(), 0L)))
			.toList();
	}

	/** Money of one account while the events are read, per currency (one currency when the job converts). */
	private static final class Tally {

		long failed;

		final Map<String, CurrencyTally> byCurrency = new TreeMap<>();

		void add(RevenueEvent event, BigDecimal amount, String currency, boolean inRange) {
			byCurrency.computeIfAbsent(currency, c -> new CurrencyTally()).add(event, amount, inRange);
		}

		AccountRevenue revenue(String id, String currency, Long sessions) {
			CurrencyTally tally = byCurrency.getOrDefault(currency, new CurrencyTally());
			Map<String, BigDecimal> otherRevenue = new TreeMap<>();
			Map<String, Long> otherOrders = new TreeMap<>();
			byCurrency.forEach((c, t) -> {
				// a currency with revenue only before the range is no revenue of the range
				if (!c.equals(currency) && t.inRange) {
					otherRevenue.put(c, t.gross.subtract(t.refunded));
					otherOrders.put(c, t.orders);
				}
			});
			long orders = byCurrency.values().stream().mapToLong(t -> t.orders).sum();
			return new AccountRevenue(id, currency, tally.gross, tally.refunded, tally.orders, orders, tally.refunds,
					failed, sessions, days(tally.daily, tally.dailyOrders, LocalDate.MIN), otherRevenue, otherOrders);
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

	/**
	 * One account's money in one currency: sums and counts of the range; net revenue and sales per
	 * day also before it, for the episode impacts.
	 */
	private static final class CurrencyTally {

		boolean inRange;

		BigDecimal gross = BigDecimal.ZERO;

		BigDecimal refunded = BigDecimal.ZERO;

		long orders;

		long refunds;

		final Map<LocalDate, BigDecimal> daily = new HashMap<>();

		final Map<LocalDate, Long> dailyOrders = new HashMap<>();

		void add(RevenueEvent event, BigDecimal amount, boolean isInRange) {
			daily.merge(event.day(), amount, BigDecimal::add);
			if (event.kind() == RevenueEvent.Kind.SALE) {
				dailyOrders.merge(event.day(), 1L, Long::sum);
			}
			if (!isInRange) {
				return;
			}
			inRange = true;
			if (event.kind() == RevenueEvent.Kind.SALE) {
				gross = gross.add(amount);
				orders++;
			}
			else {
				refunded = refunded.subtract(amount);
				refunds++;
			}
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
