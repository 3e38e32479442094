package com.truereach.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.truereach.domain.RevenueEvent;
import com.truereach.domain.Utm;

/**
 * The revenue impact of every flagged episode of one account ({@link EpisodeImpact}), in the
 * currency the account is analysed in.
 */
public record EpisodeImpacts(List<EpisodeImpact.Result> episodes) {

	public EpisodeImpacts {
		episodes = List.copyOf(episodes);
	}

	/**
	 * Attributes {@code events} as {@link ConversionAnalysis} does and estimates each account's
	 * episodes against its daily net revenue; the control is all other revenue in that currency
	 * (other accounts' and unattributed). Failed payments are no revenue; refunds count on their day.
	 *
	 * @param currencies the currency each account is analysed in ({@link AccountConversion#currency()})
	 * @param knownFrom the first day the events are complete for
	 * @param knownTo the last day of the range
	 */
	public static Map<String, EpisodeImpacts> assess(List<AccountRef> accounts,
			Map<String, List<EpisodeImpact.Episode>> episodes, Map<String, String> currencies, List<RevenueEvent> events,
			List<AttributionRule> rules, CurrencyRates rates, LocalDate knownFrom, LocalDate knownTo) {
		Attributor attributor = new Attributor(rules, accounts);
		Map<Utm, Attribution> attributions = new HashMap<>();
		Function<Utm, Attribution> attribute = utm -> attributions.computeIfAbsent(utm, attributor::attribute);
		Map<String, Map<LocalDate, BigDecimal>> total = new HashMap<>();
		Map<String, Map<String, Map<LocalDate, BigDecimal>>> byAccount = new HashMap<>();
		for (RevenueEvent event : events) {
			if (event.kind() == RevenueEvent.Kind.FAILED || event.day().isBefore(knownFrom)
					|| event.day().isAfter(knownTo)) {
				continue;
			}
			String currency = rates.converts() ? rates.reportCurrency() : rates.currencyOf(event.currency());
			BigDecimal amount = rates.converts() ? rates.toReport(event.amount(), event.currency()) : event.amount();
			total.computeIfAbsent(currency, c -> new HashMap<>()).merge(event.day(), amount, BigDecimal::add);
			Attribution attribution = attribute.apply(event.utm());
			if (attribution.attributed() && episodes.containsKey(attribution.accountId())) {
				byAccount.computeIfAbsent(attribution.accountId(), id -> new HashMap<>())
					.computeIfAbsent(currency, c -> new HashMap<>())
					.merge(event.day(), amount, BigDecimal::add);
			}
		}
		Map<String, EpisodeImpacts> result = new LinkedHashMap<>();
		for (AccountRef account : accounts) {
			List<EpisodeImpact.Episode> list = episodes.getOrDefault(account.id(), List.of());
			if (list.isEmpty()) {
				result.put(account.id(), new EpisodeImpacts(List.of()));
				continue;
			}
			String currency = currencies.getOrDefault(account.id(), rates.reportCurrency());
			Map<LocalDate, BigDecimal> mine = byAccount.getOrDefault(account.id(), Map.of()).getOrDefault(currency, Map.of());
			Map<LocalDate, Double> own = new HashMap<>();
			Map<LocalDate, Double> others = new HashMap<>();
			// exact before the subtraction: a day whose revenue is all the account's is 0 for the control, not 1e-13
			total.getOrDefault(currency, Map.of()).forEach((day, amount) -> {
				BigDecimal its = mine.getOrDefault(day, BigDecimal.ZERO);
				own.put(day, its.doubleValue());
				others.put(day, amount.subtract(its).doubleValue());
			});
			List<LocalDate> starts = list.stream().map(EpisodeImpact.Episode::from).toList();
			List<EpisodeImpact.Result> impacts = new ArrayList<>();
			for (EpisodeImpact.Episode episode : list) {
				impacts.add(EpisodeImpact.estimate(episode, currency, own, others, knownFrom, knownTo, starts));
			}
			result.put(account.id(), new EpisodeImpacts(impacts));
		}
		return result;
	}
}
