package com.truereach.conversion;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.truereach.domain.RevenueEvent;
import com.truereach.domain.TrafficRow;

/**
 * The whole revenue analysis of a few accounts in one call, as the job runs it in two steps: the
 * first pass over every event and row, then each account on its own.
 */
record ConversionReport(Map<String, AccountConversion> byAccount, Unattributed unattributed, List<String> notes) {

	static ConversionReport analyse(List<AccountRef> accounts, Map<String, List<AccountDaily>> series,
			List<RevenueEvent> revenue, List<TrafficRow> traffic, List<AttributionRule> rules, CurrencyRates rates,
			LocalDate from, LocalDate to) {
		RevenueAttribution attribution = new RevenueAttribution(accounts, rules, rates, from, to, from);
		revenue.forEach(attribution::add);
		traffic.forEach(attribution::add);
		RevenueAttribution.Attributed attributed = attribution.finish();
		Map<String, AccountConversion> byAccount = new LinkedHashMap<>();
		for (AccountRef account : accounts) {
			byAccount.put(account.id(), ConversionAnalysis.account(account, attributed.byAccount().get(account.id()),
					series.getOrDefault(account.id(), List.of()), rates, from, to));
		}
		return new ConversionReport(byAccount, attributed.overview().unattributed(), attributed.overview().notes());
	}
}
