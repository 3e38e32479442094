package com.truereach.tooling.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The README of the demo set: what is in it, how it was made, and the truth to check the job against. */
final class DemoReadme {

	private DemoReadme() {
	}

	static String text(DemoGenerator.Truth truth, long seed, LocalDate end, int days, List<Sales.Sale> sales,
			List<StripeExport.Payment> payments, List<ShopifyExport.Order> orders) {
		DailySeries ig = truth.accounts().get(1);
		DailySeries tt = truth.accounts().get(3);
		int b = ig.index(truth.boughtDay());
		int v = tt.index(truth.viralDay());
		StringBuilder t = new StringBuilder();
		t.append("# TrueReach demo input\n\n");
		t.append("Synthetic analytics exports of two fictional brands, Northwind Coffee and Fjord Tea, written in the\n");
		t.append("platforms' real formats as ../docs/formats.md describes them (encodings, BOMs, quoting, date\n");
		t.append("spellings, row order and quirks). Nothing here is real data.\n\n");
		t.append("Made with:\n\n    java -jar target/truereach.jar generate --out input --seed ").append(seed)
			.append(" --end ").append(end).append(" --days ").append(days).append("\n\n");
		t.append("The same seed and arguments give byte-identical files. The job definition is `jobs/nightly.yml`.\n\n");
		t.append("## Accounts and files\n\n");
		t.append("| id | platform | handle | folder | followers ").append(ig.first).append(" | followers ").append(end)
			.append(" | exports |\n|---|---|---|---|---|---|---|\n");
		for (DailySeries s : truth.accounts()) {
			t.append("| ").append(s.spec.id()).append(" | ").append(s.spec.platform().label()).append(" | ")
				.append(s.spec.handle()).append(" | `").append(s.spec.folder()).append("/` | ")
				.append(s.followersBefore()).append(" | ").append(s.finalFollowers()).append(" | ")
				.append(exports(s)).append(" |\n");
		}
		t.append("\nRevenue: `revenue/stripe/unified_payments.csv` (Northwind, USD, ").append(payments.size())
			.append(" payments, newest first), `revenue/shopify/orders_export_1.csv` (EU store of both brands, EUR, ")
			.append(orders.size()).append(" orders, one row per line item), `revenue/ga4/` (Northwind web property:\n")
			.append("sessions by source / medium with `Grand total` first, then a `Date,Sessions` table).\n\n");
		t.append("## Known truth\n\n");
		t.append("- **Bought followers** on nw-ig (Instagram @northwindcoffee): ").append(truth.boughtSize())
			.append(" followers in one day on ").append(truth.boughtDay()).append(" (a ").append(truth.boughtDay().getDayOfWeek())
			.append(", no post that day; the Follows.csv row shows ").append(ig.gained[b]).append(").\n")
			.append("  Reach, views, interactions, visits and link clicks do not follow. Over the next 42 days the platform removes ")
			.append(truth.boughtRemoved()).append(" of them (25%), fast at first;\n  ")
			.append(ig.boughtAt(ig.days - 1)).append(" bought followers remain at the end, ")
			.append(pct(ig.boughtAt(ig.days - 1), ig.finalFollowers())).append(" of the final ")
			.append(ig.finalFollowers()).append(". All of them joined within two hours in the follower list (`followers_1.json`, `followers_2.json`).\n");
		t.append("- **Viral organic post** on nw-tt (TikTok @northwind.coffee) on ").append(truth.viralDay())
			.append(": video views ").append(tt.views[v]).append(" against a median around ").append(median(tt.views))
			.append(", profile views ").append(tt.profileVisits[v]).append(",\n  new followers decaying over about a week (")
			.append(tt.gained[v]).append(", ").append(tt.gained[v + 1]).append(", ").append(tt.gained[v + 2])
			.append(" ...). A post that day, reach and visits rise first: this must NOT be flagged as bought.\n");
		t.append("- **Follower samples** of ").append(truth.sampleSize()).append(" profiles: `x/northwind/follower_sample_northwind.csv` has ")
			.append(truth.xSampleFakes()).append(" fakes (").append(pct(truth.xSampleFakes(), truth.sampleSize()))
			.append("); `instagram/northwindcoffee/follower_sample_northwindcoffee.csv` has ").append(truth.igSampleFakes())
			.append(" (").append(pct(truth.igSampleFakes(), truth.sampleSize()))
			.append("), drawn from the follower list (the bought accounts are the fakes).\n");
		t.append("- **Revenue** follows each account's interactions and link clicks one to three days earlier (mostly\n")
			.append("  two), never follower counts: the bought followers bring no sales. About a third of social buyers come\n")
			.append("  untagged and each brand also sells without any post (search, direct, newsletter), so part of the\n")
			.append("  revenue is unattributed by design. ").append(sales.stream().filter(Sales.Sale::tagged).count())
			.append(" of ").append(sales.size()).append(" sales are tagged.\n");
		t.append("- UTM sources use the real aliases (ig, instagram, l.instagram.com, fb, facebook, l.facebook.com,\n")
			.append("  m.facebook.com, lm.facebook.com, t.co, twitter, x, linkedin, lnkd.in, com.linkedin.android, tiktok, tt,\n")
			.append("  vm.tiktok.com, yt, youtube, youtube.com, youtu.be); Meta ads leak `{{site_source_name}}` with medium\n")
			.append("  `paid`. Campaigns are `<brand>_<platform>_<season>` (`nw_ig_spring`, `ft_x_autumn`, `nw_fb_winter_ads`);\n")
			.append("  about 10% of tagged links carry no campaign. Shopify orders carry UTMs only in `Note Attributes`.\n");
		t.append("- Stripe: ").append(count(payments, "Failed")).append(" Failed, ").append(count(payments, "requires_payment_method"))
			.append(" requires_payment_method, ").append(count(payments, "Refunded")).append(" Refunded; net paid USD ")
			.append(payments.stream().map(StripeExport.Payment::net).reduce(BigDecimal.ZERO, BigDecimal::add))
			.append(".\n- Shopify: ").append(orders.stream().filter(o -> o.status().equals("voided")).count())
			.append(" cancelled (voided), ").append(orders.stream().filter(o -> o.status().equals("refunded")).count())
			.append(" refunded orders.\n\n");
		t.append("## Format notes\n\n");
		t.append("- Meta insights (`Follows.csv` ...): UTF-16LE with BOM, `sep=,`, title line, `\"Date\",\"Primary\"`. Titles are\n")
			.append("  `Instagram follows|reach|visits|interactions|link clicks`, and `Views` for both platforms. Follows are gross\n")
			.append("  new follows (Meta exports no unfollows), so the anchors in the job hold the true final totals. Instagram\n")
			.append("  leaves out zero days; Facebook lists them. `facebook/northwindcoffee/Follows (1).csv` is the Excel re-saved\n")
			.append("  variant (UTF-8, `;`, CRLF, no `sep=` line).\n");
		t.append("- X: overview newest first without a trailing newline; the Fjord Tea content export uses the older header,\n")
			.append("  `Thu Mar 20 2025` dates and CRLF. Post ids are snowflakes of the post time.\n");
		t.append("- TikTok: the zip name carries the export date ").append(end.plusDays(1))
			.append(", which is absent from the files; dates have no year and wrap past 1 January.\n")
			.append("  `Content.csv` gives the yearless post day in `Time` and `Post time`. The newest day of `Viewers.csv` is `undefined`.\n");
		t.append("- LinkedIn: `Total followers` is the day's NEW followers; some rows hold numbers as text cells.\n");
		t.append("- YouTube: `Totals.csv` is the NET subscriber change per day; `Table data.csv` starts with the `Total` row;\n")
			.append("  one in nine video ids starts with `-` and carries a leading space in `Table data.csv`.\n");
		return t.toString();
	}

	private static String exports(DailySeries s) {
		return switch (s.spec.platform()) {
			case X -> "X Premium overview + content" + (s.spec.id().equals("nw-x") ? ", follower sample" : "");
			case INSTAGRAM -> "Meta insights x6, post export" + (s.spec.id().equals("nw-ig")
					? ", followers_1.json + _2.json, follower sample" : "");
			case FACEBOOK -> "Meta insights x6 (Follows re-saved by Excel)";
			case TIKTOK -> "TikTok Studio zip";
			case LINKEDIN -> "followers + content .xlsx";
			case YOUTUBE -> "Studio advanced-mode zip";
			default -> "";
		};
	}

	private static long count(List<StripeExport.Payment> payments, String status) {
		return payments.stream().filter(p -> p.status().equals(status)).count();
	}

	private static String pct(long part, long whole) {
		return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
