package com.truereach.tooling.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.truereach.report.AccountSource;
import com.truereach.report.ReportModel;
import com.truereach.report.WorkbookWriter;

/**
 * Writes a workbook for a synthetic run of the given size and prints how long it took and the
 * peak heap, so that the report's speed can be checked without a history store. Each account is
 * made when the workbook asks for it, as the job reads it from its stored results, so the heap is
 * the writer's own. The accounts are the same for the same sizes (fixed seeds).
 */
@Command(name = "benchmark-report", mixinStandardHelpOptions = true,
		description = "Write the workbook of a synthetic run and print the time and file size.")
public class BenchmarkReportCommand implements Callable<Integer> {

	private static final String[] PLATFORMS = { "Instagram", "TikTok", "X", "Facebook", "LinkedIn" };

	@Option(names = "--accounts", defaultValue = "2000", description = "Accounts (default ${DEFAULT-VALUE}).")
	int accounts;

	@Option(names = "--days", defaultValue = "365", description = "Days in the range (default ${DEFAULT-VALUE}).")
	int days;

	@Option(names = "--out", defaultValue = "target/bench.xlsx", description = "Workbook (default ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--charts", defaultValue = "" + WorkbookWriter.DEFAULT_CHARTED_ACCOUNTS,
			description = "Account sheets with a chart in each workbook (default: ${DEFAULT-VALUE}).")
	int charts;

	@Option(names = "--clients", defaultValue = "0",
			description = "Accounts per client: write a workbook per client, as many at once as cores, instead of one (default: one workbook).")
	int perClient;

	@Override
	public Integer call() throws Exception {
		long started = System.nanoTime();
		ReportModel model = model(this.accounts, this.days);
		Synthetic accounts = new Synthetic(this.accounts, model.run().from(), this.days);
		if (this.perClient > 0) {
			return clients(model, accounts, started);
		}
		accounts.headlines();
		long built = System.nanoTime();
		new WorkbookWriter(this.charts).write(model, accounts, this.out);
		long written = System.nanoTime();
		long peak = peakHeap();
		System.out.printf("headlines: %.2f s, workbook: %.2f s, %,d bytes, peak heap %,d MB, %s%n",
				(built - started) / 1e9, (written - built) / 1e9, Files.size(this.out), peak >> 20, this.out);
		return 0;
	}

	/**
	 * The workbooks of clients of {@link #perClient} accounts each, written as the job's client
	 * workbooks step writes them (one client per task, as many at once as cores), each client's
	 * headlines made when its workbook starts.
	 */
	private int clients(ReportModel model, Synthetic accounts, long started) throws Exception {
		String base = this.out.getFileName().toString().replaceFirst("\\.xlsx$", "");
		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<Long>> sizes = new ArrayList<>();
		for (int first = 0; first < this.accounts; first += this.perClient) {
			int from = first;
			int to = Math.min(this.accounts, first + this.perClient);
			Path target = this.out.resolveSibling(base + "_client" + (first / this.perClient + 1) + ".xlsx");
			sizes.add(pool.submit(() -> {
				new WorkbookWriter(this.charts).writeClient(model, accounts.slice(from, to), this.accounts, target);
				return Files.size(target);
			}));
		}
		long bytes = 0;
		long largest = 0;
		for (Future<Long> size : sizes) {
			bytes += size.get();
			largest = Math.max(largest, size.get());
		}
		pool.shutdown();
		System.out.printf("%d client workbooks of %d accounts, %d at once: %.2f s, %,d bytes (largest %,d), peak heap %,d MB%n",
				sizes.size(), this.perClient, threads, (System.nanoTime() - started) / 1e9, bytes, largest,
				peakHeap() >> 20);
		return 0;
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
	}

	/** The accounts, each made afresh from its own seed whenever the workbook asks for it. */
	private static final class Synthetic implements AccountSource {

		private final long[] seeds;

		private final LocalDate from;

		private final int days;

		private List<ReportModel.Headline> headlines;

		Synthetic(int accounts, LocalDate from, int days) {
			this.seeds = new Random(42).longs(accounts).toArray();
			this.from = from;
			this.days = days;
		}

		@Override
		public List<ReportModel.Headline> headlines() {
			if (this.headlines == null) {
				List<ReportModel.Headline> made = new ArrayList<>();
				for (int a = 0; a < this.seeds.length; a++) {
					made.add(ReportModel.Headline.of(account(a)));
				}
				this.headlines = List.copyOf(made);
			}
			return this.headlines;
		}

		@Override
		public ReportModel.AccountReport account(int index) {
			return BenchmarkReportCommand.account(index, this.from, this.days, new Random(this.seeds[index]));
		}

		/** The accounts {@code from} to {@code to} (exclusive), as a client's. */
		AccountSource slice(int from, int to) {
			Synthetic all = this;
			return new AccountSource() {

				private List<ReportModel.Headline> headlines;

				@Override
				public List<ReportModel.Headline> headlines() {
					if (this.headlines == null) {
						List<ReportModel.Headline> made = new ArrayList<>();
						for (int a = from; a < to; a++) {
							made.add(ReportModel.Headline.of(all.account(a)));
						}
						this.headlines = List.copyOf(made);
					}
					return this.headlines;
				}

				@Override
				public ReportModel.AccountReport account(int index) {
					return all.account(from + index);
				}
			};
		}
	}

	/** The run, files, rejects and notes of the synthetic report; its accounts come from {@link Synthetic}. */
	static ReportModel model(int accounts, int days) {
		LocalDate from = LocalDate.of(2025, 1, 1);
		LocalDate to = from.plusDays(days - 1L);
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("accounts", Integer.toString(accounts));
		parameters.put("days", Integer.toString(days));
		ReportModel.Run run = new ReportModel.Run("benchmark", "benchmark.yaml", "name: benchmark\n", from, to,
				parameters, "TrueReach benchmark", Instant.parse("2026-01-01T00:00:00Z"), "EUR");
		List<ReportModel.InputFile> files = new ArrayList<>();
		List<ReportModel.RejectLine> rejects = new ArrayList<>();
		for (int f = 0; f < accounts; f++) {
			files.add(new ReportModel.InputFile("exports/account-" + f + ".csv", "team", "daily-metrics-csv",
					PLATFORMS[f % PLATFORMS.length], from, to, "OK", "", days + 2L, days + 1L, 1, 0, 0));
			rejects.add(new ReportModel.RejectLine("exports/account-" + f + ".csv", 7, "Followers", "n/a",
					"not a number"));
		}
		ReportModel.Unattributed unattributed = new ReportModel.Unattributed(Map.of("EUR", new BigDecimal("1234.50")),
				17, List.of(new ReportModel.SourceLine("newsletter", "email", "spring", "no rule for medium email",
						"EUR", new BigDecimal("1234.50"), 17)));
		List<ReportModel.GlossaryEntry> glossary = List.of(new ReportModel.GlossaryEntry("Engagement", "Engagement rate",
				"interactions per post / followers", "Rival IQ 2023"));
		return new ReportModel(run, List.of(), unattributed, files, rejects, rejects.size(), glossary,
				List.of("Synthetic data for a speed check."));
	}

	private static ReportModel.AccountReport account(int a, LocalDate from, int days, Random random) {
		long followers = 1_000 + random.nextInt(2_000_000);
		double fake = 0.05 + random.nextDouble() * 0.4;
		long start = followers;
		List<ReportModel.Day> series = new ArrayList<>(days);
		BigDecimal revenue = BigDecimal.ZERO;
		long orders = 0;
		for (int d = 0; d < days; d++) {
			long gained = random.nextInt(500);
			long lost = random.nextInt(300);
			boolean spike = random.nextInt(100) == 0;
			if (spike) {
				gained += 5_000;
			}
			followers += gained - lost;
			long dayOrders = random.nextInt(5);
			BigDecimal dayRevenue = BigDecimal.valueOf(random.nextInt(50_000), 2);
			revenue = revenue.add(dayRevenue);
			orders += dayOrders;
			long clean = Math.round(followers * (1 - fake));
			series.add(new ReportModel.Day(from.plusDays(d), followers, clean, gained, lost, gained - lost,
					(long) random.nextInt(4), (long) random.nextInt(10_000), (long) random.nextInt(100_000),
					(long) random.nextInt(200_000), (long) random.nextInt(500), dayRevenue, dayOrders, spike, 0L,
					followers - clean, 0L));
		}
		long clean = Math.round(followers * (1 - fake));
		long cleanStart = Math.round(start * (1 - fake));
		BigDecimal per1000Clean = clean == 0 ? null
				: revenue.multiply(BigDecimal.valueOf(1000)).divide(BigDecimal.valueOf(clean), 2, RoundingMode.HALF_UP);
		BigDecimal per1000 = revenue.multiply(BigDecimal.valueOf(1000))
			.divide(BigDecimal.valueOf(followers), 2, RoundingMode.HALF_UP);
		List<ReportModel.Flag> flags = List.of(new ReportModel.Flag("gain spike", from.plusDays(10), from.plusDays(10),
				"Gained 5,200 followers in a day with no post and flat reach."));
		List<ReportModel.Correlation> correlations = List.of(
				new ReportModel.Correlation("net followers", 0, days, 0.05, 0.4, 0.04, 0.45),
				new ReportModel.Correlation("net followers", 7, days - 7, 0.02, 0.7, 0.01, 0.8));
		List<ReportModel.ScoreComponent> components = List.of(
				new ReportModel.ScoreComponent("fake share", 1 - fake, 0.5, "share of sampled followers not fake"),
				new ReportModel.ScoreComponent("engagement", 0.6, 0.5, "engagement rate against the platform median"));
		return new ReportModel.AccountReport("acc-" + a, PLATFORMS[a % PLATFORMS.length], "@account" + a,
				"Account " + a, "EXPORTED", start, followers, followers - start, cleanStart, clean, clean - cleanStart,
				fake, Math.max(0, fake - 0.05), Math.min(1, fake + 0.05), 400, (int) Math.round(100 * (1 - fake)),
				components, 0.012, revenue, "EUR", orders, 0.004, "orders / link clicks", per1000, per1000Clean,
				new BigDecimal("0.05"), "No link: growth moved nothing downstream (r = 0.05, p = 0.40).",
				correlations, new BigDecimal("160.00"), flags, series, List.of(), List.of(),
				List.of(new ReportModel.Episode(from.plusDays(10), from.plusDays(10), 5_000, 0, new BigDecimal("75.00"),
						"EUR", null)));
	}
}
