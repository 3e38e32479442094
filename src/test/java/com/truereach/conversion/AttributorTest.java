package com.truereach.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.truereach.domain.Platform;
import com.truereach.domain.Utm;

class AttributorTest {

	private static final AccountRef SHOP_IG = new AccountRef("shop-ig", Platform.INSTAGRAM, "shop", "Shop", null);

	private static final AccountRef FOUNDER_IG = new AccountRef("founder-ig", Platform.INSTAGRAM, "founder", "Founder",
			new BigDecimal("16"));

	private static final AccountRef SHOP_X = new AccountRef("shop-x", Platform.X, "shop", "Shop on X", null);

	private static final AccountRef SHOP_TT = new AccountRef("shop-tt", Platform.TIKTOK, "shop", "Shop on TikTok", null);

	private final Attributor attributor = new Attributor(List.of(
			new AttributionRule(Platform.INSTAGRAM, null, null, "founder-*", null, null, "founder-ig"),
			new AttributionRule(Platform.INSTAGRAM, null, null, null, "link_in_bio", null, "shop-ig"),
			new AttributionRule(null, null, null, null, null, List.of("*.tiktok.com", "shop.example/tt*"), "shop-tt")),
			List.of(SHOP_IG, FOUNDER_IG, SHOP_X, SHOP_TT));

	@Test
	void firstMatchingRuleWins() {
		assertThat(attributor.attribute(new Utm("ig", "social", "Founder-May", "link_in_bio", "")))
			.isEqualTo(new Attribution("founder-ig", Platform.INSTAGRAM, "rule 1 (platform Instagram, utm_campaign 'founder-*')"));
		assertThat(attributor.attribute(new Utm("IG", "social", "spring", "link_in_bio", "")).accountId())
			.isEqualTo("shop-ig");
	}

	@Test
	void theRulesLeftOutByTheirCampaignNeverChangeWhichRuleMatchesFirst() {
		// a rule per account as a large definition has them, and rules without a campaign between them
		List<AccountRef> accounts = new ArrayList<>();
		List<AttributionRule> rules = new ArrayList<>();
		String[] prefixes = { "s1_", "s1", "S10_", "", "ig", "i\u0307g_", "shop" };
		Random random = new Random(3);
		for (int i = 0; i < 60; i++) {
			String id = "a" + i;
			accounts.add(new AccountRef(id, Platform.values()[i % Platform.values().length], id, id, null));
			rules.add(switch (random.nextInt(4)) {
				case 0 -> new AttributionRule(Platform.INSTAGRAM, null, "social", null, null, null, id);
				case 1 -> new AttributionRule(null, null, null, prefixes[random.nextInt(prefixes.length)] + "*", null, null, id);
				case 2 -> new AttributionRule(null, "ig", null, "*" + prefixes[random.nextInt(prefixes.length)], null, null, id);
				default -> new AttributionRule(null, null, null, " " + prefixes[random.nextInt(prefixes.length)] + i, null, null, id);
			});
		}
		Attributor indexed = new Attributor(rules, accounts);
		String[] campaigns = { "s1_spring", "S1", "s10_may", "", "IG_1", "\u0131g_x", "shop12", " s17 ", "ig", "x" };
		String[] sources = { "ig", "instagram", "t.co", "" };
		for (String campaign : campaigns) {
			for (String source : sources) {
				Utm utm = new Utm(source, random.nextBoolean() ? "social" : "", campaign, "", "");
				Platform platform = PlatformAliases.resolve(utm).platform();
				int first = -1;
				for (int i = 0; i < rules.size() && first < 0; i++) {
					first = rules.get(i).matches(utm, platform) ? i : -1;
				}
				Attribution attribution = indexed.attribute(utm);
				if (first < 0) {
					assertThat(attribution.reason()).as(campaign + " / " + source).doesNotStartWith("rule ");
				}
				else {
					assertThat(attribution.reason()).as(campaign + " / " + source).startsWith("rule " + (first + 1) + " (");
				}
			}
		}
	}

	@Test
	void referrerPatternsMatchHostOrPathWithGlobs() {
		assertThat(attributor.attribute(new Utm("", "", "", "", "https://vm.tiktok.com/ZMabc/")).reason())
			.isEqualTo("rule 3 (referrer *.tiktok.com or shop.example/tt*)");
		assertThat(attributor.attribute(new Utm("", "", "", "", "https://shop.example/tt-landing")).accountId())
			.isEqualTo("shop-tt");
	}

	@Test
	void theOnlyAccountOfAPlatformGetsItsTrafficWithoutARule() {
		assertThat(attributor.attribute(new Utm("", "", "", "", "https://t.co/abc")))
			.isEqualTo(new Attribution("shop-x", Platform.X, "referrer 't.co' is X, the job's only X account"));
	}

	@Test
	void unattributedWithTheReason() {
		assertThat(attributor.attribute(new Utm("instagram", "social", "", "", "")))
			.isEqualTo(new Attribution(null, Platform.INSTAGRAM,
					"utm_source 'instagram' is Instagram, the job has 2 Instagram accounts and no rule matched"));
		assertThat(attributor.attribute(new Utm("yt", "", "", "", "")))
			.isEqualTo(new Attribution(null, Platform.YOUTUBE, "utm_source 'yt' is YouTube, but the job has no YouTube account"));
		assertThat(attributor.attribute(new Utm("{{site_source_name}}", "paid", "", "", "")))
			.isEqualTo(new Attribution(null, null, "unresolved ad macro '{{site_source_name}}' in utm_source: platform unknown"));
		assertThat(attributor.attribute(Utm.NONE).attributed()).isFalse();
	}

	@Test
	void aRuleNeedsAConditionAndAKnownAccount() {
		assertThatThrownBy(() -> new AttributionRule(null, " ", null, null, null, List.of(), "shop-ig"))
			.hasMessageContaining("has no condition");
		assertThatThrownBy(() -> new Attributor(
				List.of(new AttributionRule(Platform.X, null, null, null, null, null, "nobody")), List.of(SHOP_X)))
			.hasMessageContaining("rule 1 maps to account 'nobody'");
	}

	@Test
	void globCharactersOtherThanTheStarAreLiteral() {
		Attributor literal = new Attributor(
				List.of(new AttributionRule(null, null, null, "nw.x_(*)", null, null, "shop-x")), List.of(SHOP_X));
		assertThat(literal.attribute(new Utm("", "", "NW.X_(autumn)", "", "")).accountId()).isEqualTo("shop-x");
		assertThat(literal.attribute(new Utm("", "", "nwax_(autumn)", "", "")).attributed()).isFalse();
		assertThat(literal.attribute(new Utm("", "", "nw.x_autumn", "", "")).attributed()).isFalse();
	}
}
