package com.truereach.conversion;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

	public Attributor(List<AttributionRule> rules, List<AccountRef> accounts) {
		this.rules = List.copyOf(rules);
		this.accounts = List.copyOf(accounts);
		Set<String> ids = accounts.stream().map(AccountRef::id).collect(Collectors.toSet());
		for (int i = 0; i < rules.size(); i++) {
			if (!ids.contains(rules.get(i).accountId())) {
				throw new IllegalArgumentException("attribution rule " + (i + 1) + " maps to account '"
						+ rules.get(i).accountId() + "', which is not an account of the job " + ids);
			}
		}
	}

	public Attribution attribute(Utm utm) {
		PlatformAliases.Resolution resolution = PlatformAliases.resolve(utm);
		Platform platform = resolution.platform();
		for (int i = 0; i < rules.size(); i++) {
			AttributionRule rule = rules.get(i);
			if (rule.matches(utm, platform)) {
				AccountRef account = account(rule.accountId());
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

	private AccountRef account(String id) {
		return accounts.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
	}
}
