package com.truereach.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.truereach.domain.Platform;
import com.truereach.domain.Utm;

class PlatformAliasesTest {

	/** Every alias of docs/formats.md "UTM and referrer aliases", written out here rather than read from the class under test. */
	@ParameterizedTest
	@CsvSource({ "ig,INSTAGRAM", "instagram,INSTAGRAM", "l.instagram.com,INSTAGRAM", "fb,FACEBOOK",
			"facebook,FACEBOOK", "l.facebook.com,FACEBOOK", "lm.facebook.com,FACEBOOK", "m.facebook.com,FACEBOOK",
			"t.co,X", "twitter,X", "x,X", "x.com,X", "linkedin,LINKEDIN", "lnkd.in,LINKEDIN", "linkedin.com,LINKEDIN",
			"com.linkedin.android,LINKEDIN", "tiktok,TIKTOK", "tt,TIKTOK", "vm.tiktok.com,TIKTOK", "youtube,YOUTUBE",
			"yt,YOUTUBE", "youtube.com,YOUTUBE", "youtu.be,YOUTUBE" })
	void everyAliasInAnyCaseAsSourceAndAsReferrer(String alias, Platform platform) {
		assertThat(PlatformAliases.platformOf(alias)).contains(platform);
		assertThat(PlatformAliases.platformOf(alias.toUpperCase())).contains(platform);
		assertThat(PlatformAliases.platformOf(" " + alias + " ")).contains(platform);
		assertThat(PlatformAliases.resolve(new Utm(alias, "", "", "", "")).platform()).isEqualTo(platform);
		if (alias.contains(".")) {
			assertThat(PlatformAliases.resolve(new Utm("", "", "", "", "https://www." + alias + "/some/path?q=1"))
				.platform()).isEqualTo(platform);
		}
	}

	@Test
	void theTableHoldsExactlyTheDocumentedAliases() {
		assertThat(PlatformAliases.aliases()).hasSize(23)
			.containsEntry("com.linkedin.android", Platform.LINKEDIN)
			.doesNotContainKey("google");
	}

	@ParameterizedTest
	@CsvSource({ "https://l.instagram.com/?u=https%3A%2F%2Fshop.example,INSTAGRAM",
			"HTTPS://WWW.INSTAGRAM.COM/p/abc,INSTAGRAM", "https://m.youtube.com/watch?v=1,YOUTUBE",
			"android-app://com.linkedin.android/,LINKEDIN", "https://mobile.twitter.com/someone,X",
			"https://business.facebook.com:443/x,FACEBOOK", "www.tiktok.com,TIKTOK", "https://t.co/AbC123,X",
			"https://lnkd.in/e5xyz,LINKEDIN" })
	void referrersAreReducedToTheirHostIncludingSubdomains(String referrer, Platform platform) {
		assertThat(PlatformAliases.platformOf(referrer)).contains(platform);
	}

	@Test
	void hostStripsSchemeWwwPortUserAndPath() {
		assertThat(PlatformAliases.host("https://user@www.L.Instagram.com:8443/a/b?c#d")).isEqualTo("l.instagram.com");
		assertThat(PlatformAliases.host("t.co/abc")).isEqualTo("t.co");
	}

	@ParameterizedTest
	@ValueSource(strings = { "google", "newsletter", "notinstagram.com", "xx", "instagram.com.evil.example",
			"https://shop.example/ig", "" })
	void notAPlatform(String value) {
		assertThat(PlatformAliases.platformOf(value)).isEmpty();
	}

	@Test
	void unresolvedMacroIsUnknownAndReportedAsSuch() {
		assertThat(PlatformAliases.platformOf("{{site_source_name}}")).isEqualTo(Optional.empty());
		assertThat(PlatformAliases.isUnresolvedMacro("%7B%7Bsite_source_name%7D%7D")).isTrue();
		PlatformAliases.Resolution resolution = PlatformAliases.resolve(new Utm("{{site_source_name}}", "paid", "", "", ""));
		assertThat(resolution.platform()).isNull();
		assertThat(resolution.unresolvedMacro()).isTrue();
		assertThat(resolution.reason())
			.isEqualTo("unresolved ad macro '{{site_source_name}}' in utm_source: platform unknown");
	}

	@Test
	void sourceWinsOverReferrerAndReferrerIsTheFallback() {
		assertThat(PlatformAliases.resolve(new Utm("fb", "", "", "", "https://t.co/x")))
			.isEqualTo(new PlatformAliases.Resolution(Platform.FACEBOOK, "utm_source 'fb'"));
		assertThat(PlatformAliases.resolve(new Utm("{{site_source_name}}", "", "", "", "https://l.instagram.com/")))
			.isEqualTo(new PlatformAliases.Resolution(Platform.INSTAGRAM, "referrer 'l.instagram.com'"));
		assertThat(PlatformAliases.resolve(Utm.NONE).reason()).isEqualTo("no utm_source and no referrer (direct or untagged)");
		assertThat(PlatformAliases.resolve(new Utm("", "", "", "", "https://www.google.com/")).reason())
			.isEqualTo("referrer 'google.com' is not a known social platform");
		assertThat(Map.of("k", PlatformAliases.resolve(new Utm("newsletter", "", "", "", "")).reason()))
			.containsEntry("k", "utm_source 'newsletter' is not a known social platform");
	}
}
