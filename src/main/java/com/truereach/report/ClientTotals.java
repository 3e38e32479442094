package com.truereach.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a client's accounts added up, as honestly as they add: follower levels only over
 * the accounts whose levels mean something (a relative total is no level), each sum saying how
 * many accounts it covers and how many of them are upper bounds; money per currency, never one
 * currency added to another. The totals of several clients are the sums of theirs ({@link #plus}),
 * which is what the overview shows, and equal the totals of all their accounts at once.
 *
 * @param accounts the accounts added up
 * @param needAttention accounts whose finding needs attention (orange on the Findings sheet)
 * @param boughtEpisodes episodes of bought followers found
 * @param boughtFollowers followers bought in them
 * @param reportedEnd reported followers on the range's last day
 * @param realEnd real (clean) followers on the range's last day
 * @param growthReported reported growth over the range
 * @param growthReal real growth over the range
 * @param orders orders of every currency
 * @param revenue attributed revenue by currency
 * @param boughtCost what the bought followers cost at the definition's prices, by currency
 */
public record ClientTotals(int accounts, int needAttention, int boughtEpisodes, long boughtFollowers, Sum reportedEnd,
		Sum realEnd, Sum growthReported, Sum growthReal, long orders, Map<String, BigDecimal> revenue,
		Map<String, BigDecimal> boughtCost) {

	public ClientTotals {
		revenue = Map.copyOf(revenue);
		boughtCost = Map.copyOf(boughtCost);
	}

	/**
	 * A sum over the {@code known} accounts that have the figure; {@code atMost} of them give an
	 * upper bound (totals carried from gross follows), so that the sum is one too when it is not 0.
	 */
	public record Sum(long value, int known, int atMost) {

		static final Sum NONE = new Sum(0, 0, 0);

		Sum plus(Sum other) {
			return new Sum(this.value + other.value, this.known + other.known, this.atMost + other.atMost);
		}

		Sum plus(Long figure, boolean bounded) {
			return figure == null ? this : new Sum(this.value + figure, this.known + 1, this.atMost + (bounded ? 1 : 0));
		}
	}

	static final ClientTotals NONE = new ClientTotals(0, 0, 0, 0, Sum.NONE, Sum.NONE, Sum.NONE, Sum.NONE, 0, Map.of(),
			Map.of());

	/** The totals of {@code accounts}, from their headlines (no daily rows needed). */
	public static ClientTotals of(List<ReportModel.AccountReport> accounts) {
		ClientTotals totals = NONE;
		for (ReportModel.AccountReport account : accounts) {
			totals = totals.plus(one(account));
		}
		return totals;
	}

	private static ClientTotals one(ReportModel.AccountReport a) {
		boolean relative = "RELATIVE".equalsIgnoreCase(a.totals());
		boolean bounded = a.flags().stream().anyMatch(f -> ReportModel.Flag.FOLLOWER_BOUNDS.equals(f.kind()));
		Map<String, BigDecimal> revenue = new TreeMap<>();
		if (a.revenue() != null && a.currency() != null) {
			revenue.merge(a.currency(), a.revenue(), BigDecimal::add);
		}
		for (ReportModel.OtherCurrency other : a.otherCurrencies()) {
			revenue.merge(other.currency(), other.revenue(), BigDecimal::add);
		}
		Map<String, BigDecimal> cost = new TreeMap<>();
		long bought = 0;
		for (ReportModel.Episode episode : a.episodes()) {
			bought += episode.bought();
			String currency = episode.costCurrency() == null ? a.currency() : episode.costCurrency();
			if (episode.cost() != null && currency != null) {
				cost.merge(currency, episode.cost(), BigDecimal::add);
			}
		}
		return new ClientTotals(1, Findings.needsAttention(a) ? 1 : 0, a.episodes().size(), bought,
				Sum.NONE.plus(relative ? null : a.followersEnd(), bounded),
				Sum.NONE.plus(relative ? null : a.cleanEnd(), bounded), Sum.NONE.plus(a.growthRaw(), bounded),
				Sum.NONE.plus(a.growthClean(), bounded), a.orders(), revenue, cost);
	}

	/** These totals and {@code other}'s added up. */
	public ClientTotals plus(ClientTotals other) {
		return new ClientTotals(this.accounts + other.accounts, this.needAttention + other.needAttention,
				this.boughtEpisodes + other.boughtEpisodes, this.boughtFollowers + other.boughtFollowers,
				this.reportedEnd.plus(other.reportedEnd), this.realEnd.plus(other.realEnd),
				this.growthReported.plus(other.growthReported), this.growthReal.plus(other.growthReal),
				this.orders + other.orders, merged(this.revenue, other.revenue), merged(this.boughtCost, other.boughtCost));
	}

	/** The totals of several clients. */
	public static ClientTotals sum(List<ClientTotals> clients) {
		ClientTotals total = NONE;
		for (ClientTotals client : clients) {
			total = total.plus(client);
		}
		return total;
	}

	private static Map<String, BigDecimal> merged(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
		Map<String, BigDecimal> merged = new TreeMap<>(a);
		b.forEach((currency, amount) -> merged.merge(currency, amount, BigDecimal::add));
		return merged;
	}

	/**
	 * What a reader must know about the sums: the accounts a follower sum leaves out and the sums
	 * that are upper bounds; null when every account counts and none is a bound.
	 */
	public String caveats() {
		StringBuilder s = new StringBuilder();
		int missing = this.accounts - this.realEnd.known();
		if (missing > 0) {
			s.append("Followers at end summed over ").append(this.realEnd.known()).append(" of ").append(this.accounts)
				.append(" accounts: ").append(missing).append(missing == 1 ? " has" : " have")
				.append(" relative totals (only changes are meaningful) or none known. ");
		}
		int growthMissing = this.accounts - this.growthReal.known();
		if (growthMissing > 0) {
			s.append("Real growth summed over ").append(this.growthReal.known()).append(" of ").append(this.accounts)
				.append(" accounts. ");
		}
		if (this.growthReported.atMost() > 0) {
			s.append("Growth is at most the sum shown: ").append(this.growthReported.atMost())
				.append(this.growthReported.atMost() == 1 ? " account's" : " accounts'")
				.append(" totals are carried from new follows without unfollows. ");
		}
		if (this.revenue.size() > 1) {
			s.append("Revenue in ").append(this.revenue.size()).append(" currencies, each added up on its own. ");
		}
		return s.isEmpty() ? null : s.toString().strip();
	}
}
