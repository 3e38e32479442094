package com.truereach.tooling.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate}: the demo data set (default) or the benchmark scale set. Output depends only
 * on the arguments: the end date never defaults to today.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Writes synthetic exports in the platforms' real formats: the demo set, or with --scale the benchmark set.")
public final class GenerateCommand implements Callable<Integer> {

	@Option(names = "--out", description = "Output folder (default: input, or target/scale with --scale).")
	Path out;

	@Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--end", defaultValue = "2026-11-24", description = "Last day covered (default: ${DEFAULT-VALUE}).")
	LocalDate end;

	@Option(names = "--days", description = "Days covered (default: 365, or 730 with --scale).")
	Integer days;

	@Option(names = "--scale", description = "Write the benchmark scale set and <out>/scale.yml.")
	boolean scale;

	@Option(names = "--accounts", defaultValue = "2000", description = "Accounts of the scale set (default: ${DEFAULT-VALUE}).")
	int accounts;

	@Option(names = "--increment", paramLabel = "DAY", description = "With --scale: only the exports an agency downloads on the night of DAY"
			+ " (after --end), beside the set's files, each account's last --increment-days days.")
	LocalDate increment;

	@Option(names = "--increment-days", defaultValue = "28", description = "Days each export of --increment covers (default: ${DEFAULT-VALUE}).")
	int incrementDays;

	@Option(names = "--no-clients", negatable = true, defaultValue = "true",
			description = "With --scale: group the accounts of scale.yml into clients, a workbook each (default: ${DEFAULT-VALUE}); --no-clients writes one workbook of every account.")
	boolean clients;

	@Option(names = "--job", description = "Job definition of the demo set (default: <out>/../jobs/nightly.yml).")
	Path job;

	@Override
	public Integer call() throws Exception {
		if (scale) {
			Path folder = out != null ? out : Path.of("target/scale");
			long started = System.nanoTime();
			ScaleGenerator generator = new ScaleGenerator(folder, seed, end, days != null ? days : 730, accounts,
					clients);
			if (increment != null) {
				int files = generator.increment(increment, incrementDays).size();
				System.out.printf("Wrote %d exports of %s to %s in %.1f s%n", files, increment, folder,
						(System.nanoTime() - started) / 1e9);
				return 0;
			}
			long accountDays = generator.generate();
			System.out.printf("Wrote %d account-days of %d accounts to %s (%s) in %.1f s%n", accountDays, accounts, folder,
					folder.resolve("scale.yml"), (System.nanoTime() - started) / 1e9);
			return 0;
		}
		Path folder = out != null ? out : Path.of("input");
		Path jobFile = job != null ? job : folder.toAbsolutePath().normalize().resolveSibling("jobs").resolve("nightly.yml");
		DemoGenerator.Truth truth = new DemoGenerator(folder, jobFile, seed, end, days != null ? days : 365).generate();
		System.out.printf("Wrote the demo set to %s and the job %s: %d accounts, %d Stripe payments, %d Shopify orders; "
				+ "bought followers on %s, viral post on %s (see %s)%n", folder, jobFile, truth.accounts().size(),
				truth.payments(), truth.orders(), truth.boughtDay(), truth.viralDay(), folder.resolve("README.md"));
		return 0;
	}
}
