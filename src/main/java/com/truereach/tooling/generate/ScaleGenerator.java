package com.truereach.tooling.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.truereach.domain.Platform;

/**
 * The benchmark set: many accounts over two years in the daily text formats (X overview, Meta
 * insights, TikTok and YouTube zips), a Stripe export, and {@code scale.yml}. LinkedIn workbooks
 * are left out: they measure POI, not the job.
 */
public final class ScaleGenerator {

	private static final Platform[] PLATFORMS = { Platform.X, Platform.INSTAGRAM, Platform.FACEBOOK, Platform.TIKTOK,
			Platform.YOUTUBE };

	private final Path out;

	private final long seed;

	private final LocalDate end;

	private final int days;

	private final int accounts;

	/** Whether scale.yml groups the accounts into clients, as an agency's definition does. */
	private final boolean clients;

	/** A set whose definition groups the accounts into clients of a few to a few dozen accounts. */
	public ScaleGenerator(Path out, long seed, LocalDate end, int days, int accounts) {
		this(out, seed, end, days, accounts, true);
	}

	/** @param clients false: scale.yml has no clients, and the job writes one workbook of every account */
	public ScaleGenerator(Path out, long seed, LocalDate end, int days, int accounts, boolean clients) {
		this.out = out;
		this.seed = seed;
		this.end = end;
		this.days = days;
		this.accounts = accounts;
		this.clients = clients;
	}

	/** Writes the set and returns the number of account-days written. */
	public long generate() throws IOException {
		LocalDate first = end.minusDays(days - 1L);
		LocalDate exportDay = end.plusDays(1);
		List<DailySeries> all = new ArrayList<>();
		List<JobFile.Account> jobAccounts = new ArrayList<>();
		List<JobFile.Rule> rules = new ArrayList<>();
		Path job = out.resolve("scale.yml");
		long accountDays = 0;
		for (int n = 1; n <= accounts; n++) {
			AccountSpec spec = spec(n, first);
			DailySeries s = Simulator.simulate(spec, first, days, seed);
			Path dir = out.resolve(spec.folder());
			String glob;
			switch (spec.platform()) {
				case X -> {
					XExports.overview(s, dir.resolve("account_overview_analytics.csv"), seed);
					glob = "/*.csv";
				}
				case INSTAGRAM, FACEBOOK -> {
					for (MetaExports.Insight insight : MetaExports.insights(s)) {
						if (!insight.file().startsWith("Views") && !insight.file().startsWith("Visits")
								&& !insight.file().startsWith("Link")) {
							MetaExports.insight(s, insight, dir.resolve(insight.file()));
						}
					}
					glob = "/*.csv";
				}
				case TIKTOK -> {
					for (int end = days; end > 0; end -= TikTokExports.MAX_DAYS) {
						int start = Math.max(0, end - TikTokExports.MAX_DAYS);
						LocalDate exported = s.day(end - 1).plusDays(1);
						TikTokExports.studioZip(s, dir.resolve(TikTokExports.zipName(s, exported)), exported, start, end,
								false, seed);
					}
					glob = "/*.zip";
				}
				default -> {
					YouTubeExports.studioZip(s, dir.resolve(YouTubeExports.zipName(s)), exportDay, seed);
					glob = "/*.zip";
				}
			}
			accountDays += days;
			all.add(s);
			jobAccounts.add(new JobFile.Account(s, List.of(JobFile.relative(job, dir) + glob),
					spec.platform() != Platform.TIKTOK, null));
			rules.add(new JobFile.Rule("utmCampaign", spec.campaign() + "_*", spec.id()));
		}
		List<Sales.Sale> sales = Sales.simulate(all, spec -> 1.0, List.of("Scale"), 20, seed);
		StripeExport.write(StripeExport.payments(sales, seed), out.resolve("revenue/stripe/unified_payments.csv"),
				"Scale Shop", seed);
		JobFile.write(job, "scale", 90, jobAccounts,
				List.<String[]>of(new String[] { "stripe", JobFile.relative(job, out.resolve("revenue")) + "/stripe/*.csv" }),
				rules, clients ? clients() : List.of());
		return accountDays;
	}

	/**
	 * The agency's clients: runs of consecutive accounts (so of mixed platforms), most of 3 to 10
	 * accounts, one in five of 12 to 40, the last one taking what is left.
	 */
	List<JobFile.Client> clients() {
		SplittableRandom r = Noise.rng(seed, "scale/clients");
		List<JobFile.Client> clients = new ArrayList<>();
		int n = 1;
		while (n <= accounts) {
			int size = r.nextInt(5) == 0 ? 12 + r.nextInt(29) : 3 + r.nextInt(8);
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < size && n <= accounts; i++, n++) {
				ids.add(String.format(Locale.ROOT, "s%04d", n));
			}
			int number = clients.size() + 1;
			clients.add(new JobFile.Client(String.format(Locale.ROOT, "client-%03d", number), "Client " + number, ids));
		}
		return clients;
	}

	/**
	 * The exports of the night after the set's last day as an agency downloads them: for every
	 * account one new export of the last {@code exportDays} days up to {@code day}, written beside
	 * the set's files under a name of its own (the earlier exports stay as they are), and the
	 * shop's payments of that day. The series are simulated again up to {@code day}, so the days
	 * the new exports share with the stored ones may differ a little, as revised figures do.
	 * Returns the files written.
	 */
	public List<Path> increment(LocalDate day, int exportDays) throws IOException {
		LocalDate first = end.minusDays(days - 1L);
		int upTo = (int) (day.toEpochDay() - first.toEpochDay()) + 1;
		List<Path> written = new ArrayList<>();
		List<DailySeries> tails = new ArrayList<>();
		for (int n = 1; n <= accounts; n++) {
			AccountSpec spec = spec(n, first);
			DailySeries s = Simulator.simulate(spec, first, upTo, seed).lastDays(exportDays);
			tails.add(s);
			Path dir = out.resolve(spec.folder());
			switch (spec.platform()) {
				case X -> written.add(write(dir.resolve("account_overview_analytics_" + day + ".csv"),
						file -> XExports.overview(s, file, seed)));
				case INSTAGRAM, FACEBOOK -> {
					for (MetaExports.Insight insight : MetaExports.insights(s)) {
						if (!insight.file().startsWith("Views") && !insight.file().startsWith("Visits")
								&& !insight.file().startsWith("Link")) {
							written.add(write(dir.resolve(insight.file().replace(".csv", " " + day + ".csv")),
									file -> MetaExports.insight(s, insight, file)));
						}
					}
				}
				case TIKTOK -> written.add(write(dir.resolve(TikTokExports.zipName(s, day.plusDays(1))),
						file -> TikTokExports.studioZip(s, file, day.plusDays(1), false, seed)));
				default -> written.add(write(dir.resolve(YouTubeExports.zipName(s)),
						file -> YouTubeExports.studioZip(s, file, day.plusDays(1), seed)));
			}
		}
		// a seed of the night's own: the backfill's order ids must not come again
		long nightSeed = seed + day.toEpochDay();
		List<StripeExport.Payment> payments = StripeExport
			.payments(Sales.simulate(tails, spec -> 1.0, List.of("Scale"), 20, nightSeed), nightSeed)
			.stream()
			.filter(p -> p.sale().utc().toLocalDate().equals(day))
			.toList();
		written.add(write(out.resolve("revenue/stripe/unified_payments_" + day + ".csv"),
				file -> StripeExport.write(payments, file, "Scale Shop", nightSeed)));
		return written;
	}

	private interface Export {
		void to(Path file) throws IOException;
	}

	private static Path write(Path file, Export export) throws IOException {
		export.to(file);
		return file;
	}

	/** Account {@code n}: platform by turn, size log-normal, a few with bought or viral episodes. */
	private AccountSpec spec(int n, LocalDate first) {
		SplittableRandom r = Noise.rng(seed, "scale/" + n);
		Platform platform = PLATFORMS[(n - 1) % PLATFORMS.length];
		String id = String.format(Locale.ROOT, "s%04d", n);
		String handle = platform.name().toLowerCase(Locale.ROOT) + "_brand" + n;
		int start = (int) Math.round(200 + 4000 * Noise.logNormal(r, 1.1));
		double[] rates = switch (platform) {
			case X -> new double[] { 0.06, 0.0012 };
			case INSTAGRAM -> new double[] { 0.25, 0.012 };
			case FACEBOOK -> new double[] { 0.08, 0.0015 };
			case TIKTOK -> new double[] { 0.5, 0.04 };
			default -> new double[] { 0.8, 0.02 };
		};
		// channels post a video or two a week; the other platforms up to daily
		int posts = platform == Platform.YOUTUBE ? 1 + r.nextInt(2) : 1 + r.nextInt(7);
		AccountSpec.Bought bought = r.nextInt(20) == 0
				? new AccountSpec.Bought(first.plusDays(30 + r.nextInt(days - 60)), 1000 * (1 + r.nextInt(10)), 0.25, 42)
				: null;
		AccountSpec.Viral viral = bought == null && r.nextInt(20) == 0
				? new AccountSpec.Viral(first.plusDays(r.nextInt(days)), 10 + r.nextInt(30), start / 1000.0)
				: null;
		return new AccountSpec(id, platform, "@" + handle, "Brand " + n + " (" + platform.label() + ")", "Scale",
				platform.name().toLowerCase(Locale.ROOT) + "/" + handle, id, start,
				start * (0.0008 + 0.001 * r.nextDouble()), 0.0004, posts, rates[0], rates[1], 0.0004, bought,
				viral);
	}
}
