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
 * ({@code *.instagram.com}, {@code shop.example.com/ig*}).
 */
public record AttributionRule(Platform platform, String utmSource, String utmMedium, String utmCampaign,
		String utmContent, List<String> referrerPatterns, String accountId) {

	public AttributionRule {
		referrerPatterns = referrerPatterns == null ? List.of() : List.copyOf(referrerPatterns);
		if (accountId == null || accountId.isBlank()) {
			throw new IllegalArgumentException("an attribution rule needs the account it maps to");
		}
		if (platform == null && blank(utmSource) && blank(utmMedium) && blank(utmCampaign) && blank(utmContent)
				&& referrerPatterns.isEmpty()) {
			throw new IllegalArgumentException("attribution rule for account '" + accountId
					+ "' has no condition: give a platform, a UTM value or a referrer pattern");
		}
	}

	/** True when every condition holds for {@code utm}; {@code platform} is what the aliases made of it (nullable). */
	public boolean matches(Utm utm, Platform resolved) {
		if (platform != null && platform != resolved) {
			return false;
		}
		if (!glob(utmSource, utm.source()) || !glob(utmMedium, utm.medium()) || !glob(utmCampaign, utm.campaign())
				|| !glob(utmContent, utm.content())) {
			return false;
		}
		if (referrerPatterns.isEmpty()) {
			return true;
		}
		String host = PlatformAliases.host(utm.referrer());
		String withoutScheme = utm.referrer().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
		return !utm.referrer().isEmpty() && referrerPatterns.stream()
			.anyMatch(p -> glob(p, host) || glob(p, withoutScheme));
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

	private static boolean glob(String pattern, String value) {
		if (blank(pattern)) {
			return true;
		}
		StringBuilder regex = new StringBuilder();
		for (String part : pattern.trim().split("\\*", -1)) {
			if (!regex.isEmpty()) {
				regex.append(".*");
			}
			regex.append(Pattern.quote(part));
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
			.matcher(value.toLowerCase(Locale.ROOT).trim())
			.matches();
	}
}
