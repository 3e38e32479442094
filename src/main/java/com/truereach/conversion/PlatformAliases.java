package com.truereach.conversion;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.truereach.domain.Platform;
import com.truereach.domain.Utm;

/**
 * The alias table of docs/formats.md "UTM and referrer aliases": utm_source values and referrer hosts seen in real traffic,
 * compared without regard to case. A referrer is reduced to its host first (scheme, path, port
 * and a leading {@code www.} removed). Besides the exact aliases, any subdomain of a platform's
 * own domain counts ({@code l.instagram.com}, {@code m.youtube.com}, {@code mobile.twitter.com});
 * {@code instagram.com}, {@code facebook.com}, {@code twitter.com} and {@code tiktok.com} are such
 * domains although the table does not list them bare. An ad macro left unresolved
 * ({@code {{site_source_name}}}) names no platform and is reported as such.
 */
public final class PlatformAliases {

	private static final Map<String, Platform> ALIASES = new LinkedHashMap<>();

	private static final Map<String, Platform> DOMAINS = new LinkedHashMap<>();

	static {
		alias(Platform.INSTAGRAM, "ig", "instagram", "l.instagram.com");
		alias(Platform.FACEBOOK, "fb", "facebook", "l.facebook.com", "lm.facebook.com", "m.facebook.com");
		alias(Platform.X, "t.co", "twitter", "x", "x.com");
		alias(Platform.LINKEDIN, "linkedin", "lnkd.in", "linkedin.com", "com.linkedin.android");
		alias(Platform.TIKTOK, "tiktok", "tt", "vm.tiktok.com");
		alias(Platform.YOUTUBE, "youtube", "yt", "youtube.com", "youtu.be");
		domain(Platform.INSTAGRAM, "instagram.com");
		domain(Platform.FACEBOOK, "facebook.com");
		domain(Platform.X, "t.co", "x.com", "twitter.com");
		domain(Platform.LINKEDIN, "linkedin.com", "lnkd.in");
		domain(Platform.TIKTOK, "tiktok.com");
		domain(Platform.YOUTUBE, "youtube.com", "youtu.be");
	}

	private PlatformAliases() {
	}

	private static void alias(Platform platform, String... names) {
		for (String name : names) {
			ALIASES.put(name, platform);
		}
	}

	private static void domain(Platform platform, String... names) {
		for (String name : names) {
			DOMAINS.put(name, platform);
		}
	}

	/** The exact aliases of docs/formats.md "UTM and referrer aliases", lower case, in the table's order. */
	public static Map<String, Platform> aliases() {
		return java.util.Collections.unmodifiableMap(ALIASES);
	}

	/** Domains whose subdomains also name the platform. */
	public static Map<String, Platform> domains() {
		return java.util.Collections.unmodifiableMap(DOMAINS);
	}

	/** The platform a utm_source value or a referrer (URL or host) names, if any. */
	public static Optional<Platform> platformOf(String value) {
		if (value == null || value.isBlank() || isUnresolvedMacro(value)) {
			return Optional.empty();
		}
		String key = value.trim().toLowerCase(Locale.ROOT);
		if (ALIASES.containsKey(key)) {
			return Optional.of(ALIASES.get(key));
		}
		String host = host(key);
		if (ALIASES.containsKey(host)) {
			return Optional.of(ALIASES.get(host));
		}
		return DOMAINS.entrySet()
			.stream()
			.filter(d -> host.equals(d.getKey()) || host.endsWith("." + d.getKey()))
			.map(Map.Entry::getValue)
			.findFirst();
	}

	/** {@code https://www.l.Instagram.com:443/x?y} -> {@code l.instagram.com}; an Android app referrer keeps its package name. */
	public static String host(String referrer) {
		String host = referrer.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
		int end = host.length();
		for (char stop : new char[] { '/', '?', '#' }) {
			int at = host.indexOf(stop);
			end = at >= 0 ? Math.min(end, at) : end;
		}
		host = host.substring(0, end);
		host = host.substring(host.indexOf('@') + 1).replaceFirst(":\\d+$", "");
		return host.startsWith("www.") ? host.substring(4) : host;
	}

	/** A Meta ad template macro that was never filled in ({@code {{site_source_name}}}, URL-encoded or not). */
	public static boolean isUnresolvedMacro(String value) {
		String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
		return (v.contains("{{") && v.contains("}}")) || (v.contains("%7b%7b") && v.contains("%7d%7d"));
	}

	/** The platform of a visit or order: its utm_source first, its referrer second. */
	public static Resolution resolve(Utm utm) {
		Optional<Platform> bySource = platformOf(utm.source());
		if (bySource.isPresent()) {
			return new Resolution(bySource.get(), "utm_source '" + utm.source() + "'");
		}
		Optional<Platform> byReferrer = platformOf(utm.referrer());
		if (byReferrer.isPresent()) {
			return new Resolution(byReferrer.get(), "referrer '" + host(utm.referrer()) + "'");
		}
		if (isUnresolvedMacro(utm.source())) {
			return new Resolution(null, "unresolved ad macro '" + utm.source() + "' in utm_source: platform unknown");
		}
		if (isUnresolvedMacro(utm.referrer())) {
			return new Resolution(null, "unresolved ad macro '" + utm.referrer() + "' in referrer: platform unknown");
		}
		if (utm.source().isEmpty() && utm.referrer().isEmpty()) {
			return new Resolution(null, "no utm_source and no referrer (direct or untagged)");
		}
		String what = utm.source().isEmpty() ? "referrer '" + host(utm.referrer()) + "'"
				: "utm_source '" + utm.source() + "'";
		return new Resolution(null, what + " is not a known social platform");
	}

	/** The platform found (null when none) and how, or why none was. */
	public record Resolution(Platform platform, String reason) {

		public boolean unresolvedMacro() {
			return platform == null && reason.startsWith("unresolved ad macro");
		}
	}
}
