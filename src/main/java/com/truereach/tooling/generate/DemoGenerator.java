package com.truereach.tooling.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.truereach.domain.Platform;

/**
 * The demo data set: two fictional brands, eight accounts on six platforms, a year of exports in
 * the platforms' real formats, the shops' revenue, a job definition and a README with the truth
 * the job should find (one bought-follower episode, one viral post, the fake shares of two samples).
 */
public final class DemoGenerator {

	public static final LocalDate DEFAULT_END = LocalDate.of(2026, 11, 24);

	static final String NORTHWIND = "Northwind Coffee";

	static final String FJORD = "Fjord Tea";

	/** What the demo set is built to contain, for the README and for tests. */
	public record Truth(LocalDate boughtDay, int boughtSize, int boughtRemoved, LocalDate viralDay, int xSampleFakes,
			int igSampleFakes, int sampleSize, List<DailySeries> accounts, int payments, int orders) {
	}

	private final Path out;

	private final Path job;

	private final long seed;

	private final LocalDate end;

	private final int days;

	public DemoGenerator(Path out, Path job, long seed, LocalDate end, int days) {
		this.out = out;
		this.job = job;
		this.seed = seed;
		this.end = end;
		this.days = days;
	}

	/** The accounts of the demo; the bought and viral episodes sit inside the last 90 days (or mid-range of a short run). */
	List<AccountSpec> accounts() {
		LocalDate boughtDay = end.minusDays(Math.min(45, days / 2));
		LocalDate viralDay = end.minusDays(Math.min(70, days * 3 / 4));
		return List.of(
				new AccountSpec("nw-x", Platform.X, "@northwind", "Northwind Coffee (X)", NORTHWIND, "x/northwind",
						"nw_x", 16900, 9, 0.0004, 5, 0.06, 0.0012, 0.02, null, null),
				new AccountSpec("nw-ig", Platform.INSTAGRAM, "@northwindcoffee", "Northwind Coffee (Instagram)", NORTHWIND,
						"instagram/northwindcoffee", "nw_ig", 9600, 10, 0.0005, 4, 0.25, 0.012, 0.012,
						new AccountSpec.Bought(boughtDay, 5000, 0.25, 42), null),
				new AccountSpec("nw-fb", Platform.FACEBOOK, "Northwind Coffee", "Northwind Coffee (Facebook)", NORTHWIND,
						"facebook/northwindcoffee", "nw_fb", 12400, 4, 0.0002, 3, 0.08, 0.0015, 0.015, null, null),
				new AccountSpec("nw-tt", Platform.TIKTOK, "@northwind.coffee", "Northwind Coffee (TikTok)", NORTHWIND,
						"tiktok/northwind.coffee", "nw_tt", 21000, 22, 0.0005, 4, 0.5, 0.04, 0.0015, null,
						new AccountSpec.Viral(viralDay, 35, 30)),
				new AccountSpec("nw-li", Platform.LINKEDIN, "northwind-coffee", "Northwind Coffee (LinkedIn)", NORTHWIND,
						"linkedin/northwind-coffee", "nw_li", 5200, 3.5, 0.0002, 2, 0.15, 0.03, 0.004, null, null),
				new AccountSpec("nw-yt", Platform.YOUTUBE, "@NorthwindCoffee", "Northwind Coffee", NORTHWIND,
						"youtube/northwindcoffee", "nw_yt", 3900, 2.6, 0.0003, 1, 0.8, 0.02, 0.01, null, null),
				new AccountSpec("ft-x", Platform.X, "@fjordtea", "Fjord Tea (X)", FJORD, "x/fjordtea", "ft_x", 2100, 1.6,
						0.0004, 3, 0.08, 0.002, 0.04, null, null),
				new AccountSpec("ft-ig", Platform.INSTAGRAM, "@fjordtea", "Fjord Tea (Instagram)", FJORD,
						"instagram/fjordtea", "ft_ig", 3100, 2.6, 0.0003, 3, 0.3, 0.02, 0.01, null, null));
	}

	public Truth generate() throws IOException {
		LocalDate first = end.minusDays(days - 1L);
		LocalDate exportDay = end.plusDays(1);
		LocalDateTime exported = exportDay.atTime(9, 5);
		List<DailySeries> series = new ArrayList<>();
		for (AccountSpec spec : accounts()) {
			series.add(Simulator.simulate(spec, first, days, seed));
		}
		DailySeries nwX = series.get(0);
		DailySeries nwIg = series.get(1);
		DailySeries nwFb = series.get(2);
		DailySeries nwTt = series.get(3);
		DailySeries nwLi = series.get(4);
		DailySeries nwYt = series.get(5);
		DailySeries ftX = series.get(6);
		DailySeries ftIg = series.get(7);

		XExports.overview(nwX, dir(nwX).resolve("account_overview_analytics_" + first + "_" + end + ".csv"), seed);
		XExports.content(nwX, dir(nwX).resolve("account_analytics_content_" + first + "_" + end + ".csv"), false, seed);
		XExports.overview(ftX, dir(ftX).resolve("account_overview_analytics (1).csv"), seed);
		XExports.content(ftX, dir(ftX).resolve("account_analytics_content_fjordtea.csv"), true, seed);
		int sample = 200;
		int xFakes = 16;
		FollowerSamples.write(dir(nwX).resolve("follower_sample_northwind.csv"),
				FollowerSamples.invented(sample, xFakes, seed, "nw-x"), seed, "nw-x");

		for (DailySeries ig : List.of(nwIg, ftIg)) {
			for (MetaExports.Insight insight : MetaExports.insights(ig)) {
				MetaExports.insight(ig, insight, dir(ig).resolve(insight.file()));
			}
			MetaExports.instagramPosts(ig, dir(ig).resolve(MetaExports.postExportName(ig, ig == nwIg ? "1588742913" : "2290417365")),
					ig == nwIg ? "17841401588742913" : "17841402290417365", seed);
		}
		MetaExports.FollowerList followers = MetaExports.followersJson(nwIg, dir(nwIg).resolve("followers_1.json"), seed);
		int igFakes = (int) Math.round(sample * (double) followers.bought().size() / followers.size());
		FollowerSamples.write(dir(nwIg).resolve("follower_sample_northwindcoffee.csv"),
				FollowerSamples.drawn(followers, sample - igFakes, igFakes, seed, "nw-ig"), seed, "nw-ig");

		for (MetaExports.Insight insight : MetaExports.insights(nwFb)) {
			if (insight.file().equals("Follows.csv")) {
				MetaExports.excelResaved(nwFb, insight, dir(nwFb).resolve("Follows (1).csv"));
			}
			else {
				MetaExports.insight(nwFb, insight, dir(nwFb).resolve(insight.file()));
			}
		}

		TikTokExports.studioZip(nwTt, dir(nwTt).resolve(TikTokExports.zipName(nwTt, exportDay)), exportDay, true, seed);
		LinkedInExports.followers(nwLi, dir(nwLi).resolve(LinkedInExports.fileName(nwLi, "followers", exported)),
				exported, seed);
		LinkedInExports.content(nwLi, dir(nwLi).resolve(LinkedInExports.fileName(nwLi, "content", exported)),
				exported, seed);
		YouTubeExports.studioZip(nwYt, dir(nwYt).resolve(YouTubeExports.zipName(nwYt)), exportDay, seed);

		List<Sales.Sale> sales = Sales.simulate(series, spec -> spec.brand().equals(NORTHWIND) ? 0.8 : 0,
				List.of(NORTHWIND, FJORD), 1.2, seed);
		List<StripeExport.Payment> payments = StripeExport.payments(sales, seed);
		StripeExport.write(payments, out.resolve("revenue/stripe/unified_payments.csv"), NORTHWIND, seed);
		List<ShopifyExport.Order> orders = ShopifyExport.write(sales, out.resolve("revenue/shopify/orders_export_1.csv"),
				seed);
		Ga4Export.write(series.stream().filter(s -> s.spec.brand().equals(NORTHWIND)).toList(), payments, NORTHWIND,
				out.resolve("revenue/ga4/traffic_acquisition_session_source_medium.csv"), seed);

		AccountSpec.Bought bought = nwIg.spec.bought();
		Truth truth = new Truth(bought.day(), bought.size(), (int) Math.round(bought.size() * bought.lossShare()),
				nwTt.spec.viral().day(), xFakes, igFakes, sample, series, payments.size(), orders.size());
		writeJob(series);
		Files.writeString(out.resolve("README.md"), DemoReadme.text(truth, seed, end, days, sales, payments, orders),
				StandardCharsets.UTF_8);
		return truth;
	}

	private void writeJob(List<DailySeries> series) throws IOException {
		List<JobFile.Account> accounts = new ArrayList<>();
		List<JobFile.Rule> rules = new ArrayList<>();
		for (DailySeries s : series) {
			String folder = JobFile.relative(job, dir(s));
			List<String> files = switch (s.spec.platform()) {
				case X -> List.of(folder + "/*.csv");
				case INSTAGRAM -> s.spec.id().equals("nw-ig") ? List.of(folder + "/*.csv", folder + "/*.json")
						: List.of(folder + "/*.csv");
				case FACEBOOK -> List.of(folder + "/*.csv");
				case LINKEDIN -> List.of(folder + "/*.xlsx");
				default -> List.of(folder + "/*.zip");
			};
			String price = switch (s.spec.id()) {
				case "nw-x" -> "15.00";
				case "nw-ig" -> "16.00";
				default -> null;
			};
			accounts.add(new JobFile.Account(s, files, s.spec.platform() != Platform.TIKTOK, price));
			rules.add(new JobFile.Rule("utmCampaign", s.spec.campaign() + "_*", s.spec.id()));
		}
		// tagged links without a campaign: the brand's main account of the platform
		for (DailySeries s : series) {
			if (s.spec.brand().equals(NORTHWIND)) {
				rules.add(new JobFile.Rule("platform", s.spec.platform().name().toLowerCase(java.util.Locale.ROOT),
						s.spec.id()));
			}
		}
		String revenue = JobFile.relative(job, out.resolve("revenue"));
		JobFile.write(job, "nightly", 90, accounts, List.of(new String[] { "stripe", revenue + "/stripe/*.csv" },
				new String[] { "shopify", revenue + "/shopify/*.csv" }, new String[] { "ga4", revenue + "/ga4/*.csv" }),
				rules);
	}

	private Path dir(DailySeries s) {
		return out.resolve(s.spec.folder());
	}
}
