package com.truereach.tooling.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import com.truereach.domain.Platform;

/**
 * Who bought, when, and through which link. Sales follow an account's engagement and link clicks
 * of one to three days earlier (mostly two), never its follower count, so bought followers sell
 * nothing. About a third of social buyers arrive untagged, and the shop sells to people who never
 * saw a post, so part of the revenue stays unattributed.
 */
final class Sales {

	enum Store {
		STRIPE, SHOPIFY
	}

	/** One purchase; {@code accountId} is the truth, the UTM fields are what the shop sees (empty when untagged). */
	record Sale(LocalDateTime utc, Store store, String brand, String accountId, String source, String medium,
			String campaign, String content) {

		boolean tagged() {
			return !source.isEmpty();
		}
	}

	/** One way a platform's visitors arrive: utm_source, utm_medium and how often. */
	record Alias(String source, String medium, double weight) {
	}

	private static final double[] LAG = { 0, 0.25, 0.5, 0.25 };

	private Sales() {
	}

	/** The real source spellings of docs/formats.md "UTM and referrer aliases", with the medium each usually comes with. */
	static List<Alias> aliases(Platform platform) {
		return switch (platform) {
			case INSTAGRAM -> List.of(new Alias("ig", "social", 0.5), new Alias("instagram", "social", 0.25),
					new Alias("l.instagram.com", "referral", 0.25));
			case FACEBOOK -> List.of(new Alias("fb", "social", 0.3), new Alias("facebook", "social", 0.25),
					new Alias("l.facebook.com", "referral", 0.15), new Alias("m.facebook.com", "referral", 0.1),
					new Alias("lm.facebook.com", "referral", 0.08), new Alias("{{site_source_name}}", "paid", 0.12));
			case X -> List.of(new Alias("t.co", "referral", 0.5), new Alias("twitter", "social", 0.3),
					new Alias("x", "social", 0.2));
			case LINKEDIN -> List.of(new Alias("linkedin", "social", 0.4), new Alias("lnkd.in", "referral", 0.35),
					new Alias("com.linkedin.android", "referral", 0.25));
			case TIKTOK -> List.of(new Alias("tiktok", "social", 0.6), new Alias("tt", "social", 0.2),
					new Alias("vm.tiktok.com", "referral", 0.2));
			case YOUTUBE -> List.of(new Alias("yt", "social", 0.35), new Alias("youtube", "social", 0.3),
					new Alias("youtube.com", "referral", 0.2), new Alias("youtu.be", "referral", 0.15));
			default -> List.of();
		};
	}

	static Alias pickAlias(SplittableRandom r, Platform platform) {
		List<Alias> aliases = aliases(platform);
		double[] weights = aliases.stream().mapToDouble(Alias::weight).toArray();
		return Noise.pick(r, aliases, weights);
	}

	static String season(LocalDate day) {
		return switch (day.getMonth()) {
			case DECEMBER, JANUARY, FEBRUARY -> "winter";
			case MARCH, APRIL, MAY -> "spring";
			case JUNE, JULY, AUGUST -> "summer";
			default -> "autumn";
		};
	}

	/**
	 * @param stripeShare share of an account's buyers who pay through Stripe; the rest order in the Shopify store
	 * @param baselinePerDay sales a day per brand that no post brought (search, direct, newsletter)
	 */
	static List<Sale> simulate(List<DailySeries> accounts, ToDoubleFunction<AccountSpec> stripeShare,
			List<String> brands, double baselinePerDay, long seed) {
		List<Sale> sales = new ArrayList<>();
		for (DailySeries s : accounts) {
			SplittableRandom r = Noise.rng(seed, s.spec.id() + "/sales");
			double share = stripeShare.applyAsDouble(s.spec);
			for (int i = 0; i < s.days; i++) {
				double driver = 0;
				for (int lag = 1; lag < LAG.length; lag++) {
					if (i - lag >= 0) {
						driver += LAG[lag] * (s.interactions(i - lag) + 5.0 * s.linkClicks[i - lag]);
					}
				}
				int n = Noise.poisson(r, s.spec.salesPerInteraction() * driver);
				for (int k = 0; k < n; k++) {
					sales.add(socialSale(s, i, r.nextDouble() < share ? Store.STRIPE : Store.SHOPIFY, r));
				}
			}
		}
		if (!accounts.isEmpty()) {
			DailySeries any = accounts.get(0);
			for (String brand : brands) {
				SplittableRandom r = Noise.rng(seed, brand + "/baseline-sales");
				double share = stripeShare.applyAsDouble(accounts.stream()
					.filter(s -> s.spec.brand().equals(brand))
					.findFirst()
					.orElse(any).spec);
				for (int i = 0; i < any.days; i++) {
					int n = Noise.poisson(r, baselinePerDay * Noise.weekday(any.day(i)));
					for (int k = 0; k < n; k++) {
						sales.add(baselineSale(any.day(i), brand, r.nextDouble() < share ? Store.STRIPE : Store.SHOPIFY,
								r));
					}
				}
			}
		}
		sales.sort(Comparator.comparing(Sale::utc).thenComparing(Sale::accountId, Comparator.nullsFirst(
				Comparator.naturalOrder())));
		return sales;
	}

	private static Sale socialSale(DailySeries s, int i, Store store, SplittableRandom r) {
		LocalDateTime time = time(s.day(i), r);
		if (r.nextDouble() < 0.32) {
			return new Sale(time, store, s.spec.brand(), s.spec.id(), "", "", "", "");
		}
		Alias alias = pickAlias(r, s.spec.platform());
		boolean paid = alias.medium().equals("paid");
		String campaign = r.nextDouble() < 0.1 && !paid ? ""
				: s.spec.campaign() + "_" + season(s.day(i)) + (paid ? "_ads" : "");
		String content = alias.source().equals("ig") ? "link_in_bio" : r.nextInt(3) == 0 ? "post_" + s.day(i) : "";
		return new Sale(time, store, s.spec.brand(), s.spec.id(), alias.source(), alias.medium(), campaign, content);
	}

	private static Sale baselineSale(LocalDate day, String brand, Store store, SplittableRandom r) {
		LocalDateTime time = time(day, r);
		double x = r.nextDouble();
		if (x < 0.7) {
			return new Sale(time, store, brand, null, "", "", "", "");
		}
		if (x < 0.9) {
			return new Sale(time, store, brand, null, "google", "cpc", "brand_search", "");
		}
		return new Sale(time, store, brand, null, "newsletter", "email", "weekly_" + day.getYear(), "");
	}

	private static LocalDateTime time(LocalDate day, SplittableRandom r) {
		int second = 7 * 3600 + r.nextInt(16 * 3600);
		return day.atTime(second / 3600, second / 60 % 60, second % 60);
	}
}
