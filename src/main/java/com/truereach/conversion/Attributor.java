package com.truereach.conversion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.truereach.domain.Platform;
import com.truereach.domain.Utm;

/**
 * Sends a visit or an order to an account (docs/methods.md, "Attribution"). The UTM source, or else the
 * referrer, is turned into a platform with {@link PlatformAliases}; then the job's rules are tried
 * in their order and the first that matches wins. When none matches but the platform is known and
 * the job has exactly one account on it, that account gets it: with one Instagram account there
 * is no one else an Instagram visit could belong to. Everything else stays unattributed with the
 * reason, never dropped.
 */
public final class Attributor {

	private final List<AttributionRule> rules;

	private final List<AccountRef> accounts;

	private final Map<String, AccountRef> byId = new HashMap<>();

	/** Indexes of the rules with a campaign condition, by the text every campaign they match starts with. */
	private final Map<String, List<Integer>> byCampaignPrefix = new HashMap<>();

	/** Indexes of the rules any campaign may match. */
	private final List<Integer> anyCampaign = new ArrayList<>();

	public Attributor(List<AttributionRule> rules, List<AccountRef> accounts) {
		this.rules = List.copyOf(rules);
		this.accounts = List.copyOf(accounts);
		accounts.forEach(a -> byId.put(a.id(), a));
		Set<String> ids = accounts.stream().map(AccountRef::id).collect(Collectors.toSet());
		for (int i = 0; i < rules.size(); i++) {
			if (!ids.contains(rules.get(i).accountId())) {
				throw new IllegalArgumentException("attribution rule " + (i + 1) + " maps to account '"
						+ rules.get(i).accountId() + "', which is not an account of the job " + ids);
			}
			String prefix = rules.get(i).campaignPrefix();
			if (prefix == null) {
				anyCampaign.add(i);
			}
			else {
				byCampaignPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(i);
			}
		}
	}

	public Attribution attribute(Utm utm) {
		PlatformAliases.Resolution resolution = PlatformAliases.resolve(utm);
		Platform platform = resolution.platform();
		for (int i : candidates(utm.campaign())) {
			AttributionRule rule = rules.get(i);
			if (rule.matches(utm, platform)) {
				AccountRef account = byId.get(rule.accountId());
				return new Attribution(account.id(), account.platform(),
						"rule " + (i + 1) + " (" + rule.describe() + ")");
			}
		}
		if (platform == null) {
			return new Attribution(null, null, resolution.reason());
		}
		List<AccountRef> onPlatform = accounts.stream().filter(a -> a.platform() == platform).toList();
		if (onPlatform.size() == 1) {
			return new Attribution(onPlatform.get(0).id(), platform, resolution.reason() + " is " + platform.label()
					+ ", the job's only " + platform.label() + " account");
		}
		if (onPlatform.isEmpty()) {
			return new Attribution(null, platform,
					resolution.reason() + " is " + platform.label() + ", but the job has no " + platform.label() + " account");
		}
		return new Attribution(null, platform, resolution.reason() + " is " + platform.label() + ", the job has "
				+ onPlatform.size() + " " + platform.label() + " accounts and no rule matched");
	}

	/**
	 * The rules that may match {@code campaign}, in their order: those whose campaign starts as it
	 * does, and those without a campaign condition. Every payment was tried against every rule in
	 * turn; with a rule per account, on 2,000 accounts, that was most of attributing the revenue.
	 */
	private List<Integer> candidates(String campaign) {
		String value = campaign.toLowerCase(Locale.ROOT).trim();
		if (byCampaignPrefix.isEmpty() || !value.chars().allMatch(c -> c < 128)) {
			return IntStream.range(0, rules.size()).boxed().toList();
		}
		List<Integer> candidates = new ArrayList<>(anyCampaign);
		for (int end = 0; end <= value.length(); end++) {
			candidates.addAll(byCampaignPrefix.getOrDefault(value.substring(0, end), List.of()));
		}
		candidates.sort(null);
		return candidates;
	}
}
