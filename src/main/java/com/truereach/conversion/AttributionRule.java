package com.truereach.conversion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.truereach.domain.Platform;
import com.truereach.domain.Utm;

/**
 * A job definition's rule that sends visits and orders to an account. Every condition given must
 * hold; a null or blank one matches anything. The UTM fields and the referrer patterns are globs
 * where {@code *} is any text, compared without regard to case; a referrer pattern is matched
 * against the referrer's host and against the referrer without its scheme
 * ({@code *.instagram.com}, {@code shop.example.com/ig*}). The globs are compiled once, when the
 * rule is made: every payment is tried against every rule in turn, and compiling a pattern per try
 * was a fifth of the conversion step on 2,000 accounts.
 */
public final class AttributionRule {

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

	private final Platform platform;

	private final String utmSource;

	private final String utmMedium;

	private final String utmCampaign;

	private final String utmContent;

	private final List<String> referrerPatterns;

	private final String accountId;

	private final Glob source;

	private final Glob medium;

	private final Glob campaign;

	private final Glob content;

	private final List<Glob> referrers;

	public AttributionRule(Platform platform, String utmSource, String utmMedium, String utmCampaign,
			String utmContent, List<String> referrerPatterns, String accountId) {
		referrerPatterns = referrerPatterns == null ? List.of() : List.copyOf(referrerPatterns);
		if (accountId == null || accountId.isBlank()) {
			throw new IllegalArgumentException("an attribution rule needs the account it maps to");
		}
		if (platform == null && blank(utmSource) && blank(utmMedium) && blank(utmCampaign) && blank(utmContent)
				&& referrerPatterns.isEmpty()) {
			throw new IllegalArgumentException("attribution rule for account '" + accountId
					+ "' has no condition: give a platform, a UTM value or a referrer pattern");
		}
		this.platform = platform;
		this.utmSource = utmSource;
		this.utmMedium = utmMedium;
		this.utmCampaign = utmCampaign;
		this.utmContent = utmContent;
		this.referrerPatterns = referrerPatterns;
		this.accountId = accountId;
		this.source = new Glob(utmSource);
		this.medium = new Glob(utmMedium);
		this.campaign = new Glob(utmCampaign);
		this.content = new Glob(utmContent);
		this.referrers = referrerPatterns.stream().map(Glob::new).toList();
	}

	/**
	 * The text every utm_campaign this rule matches starts with, lower case: the campaign glob's
	 * part before its first {@code *}; null when the rule has no campaign condition or that part is
	 * not plain ASCII (a case-insensitive match of other characters is not a matter of lower case:
	 * the dotless i matches i), so that {@link Attributor} can leave out the rules a campaign cannot match.
	 */
	String campaignPrefix() {
		if (blank(utmCampaign)) {
			return null;
		}
		String prefix = utmCampaign.trim().split("\\*", -1)[0].toLowerCase(Locale.ROOT);
		return prefix.chars().allMatch(c -> c < 128) ? prefix : null;
	}

	/** The account the rule sends what it matches to. */
	public String accountId() {
		return accountId;
	}

	/** True when every condition holds for {@code utm}; {@code platform} is what the aliases made of it (nullable). */
	public boolean matches(Utm utm, Platform resolved) {
		if (platform != null && platform != resolved) {
			return false;
		}
		if (!source.matches(utm.source()) || !medium.matches(utm.medium()) || !campaign.matches(utm.campaign())
				|| !content.matches(utm.content())) {
			return false;
		}
		if (referrers.isEmpty()) {
			return true;
		}
		String host = PlatformAliases.host(utm.referrer());
		String withoutScheme = SCHEME.matcher(utm.referrer()).replaceFirst("");
		return !utm.referrer().isEmpty() && referrers.stream().anyMatch(p -> p.matches(host) || p.matches(withoutScheme));
	}

	/** The conditions in words, for the reason of an attribution. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (platform != null) {
			parts.add("platform " + platform.label());
		}
		add(parts, "utm_source", utmSource);
		add(parts, "utm_medium", utmMedium);
		add(parts, "utm_campaign", utmCampaign);
		add(parts, "utm_content", utmContent);
		if (!referrerPatterns.isEmpty()) {
			parts.add("referrer " + String.join(" or ", referrerPatterns));
		}
		return String.join(", ", parts);
	}

	private static void add(List<String> parts, String name, String value) {
		if (!blank(value)) {
			parts.add(name + " '" + value + "'");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** A glob compiled once; a blank one matches anything. */
	private static final class Glob {

		private final Pattern pattern;

		Glob(String glob) {
			if (blank(glob)) {
				this.pattern = null;
				return;
			}
			StringBuilder regex = new StringBuilder();
			for (String part : glob.trim().split("\\*", -1)) {
				if (!regex.isEmpty()) {
					regex.append(".*");
				}
				regex.append(Pattern.quote(part));
			}
			this.pattern = Pattern.compile(regex.toString(),
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
		}

		boolean matches(String value) {
			return pattern == null || pattern.matcher(value.toLowerCase(Locale.ROOT).trim()).matches();
		}
	}
}
