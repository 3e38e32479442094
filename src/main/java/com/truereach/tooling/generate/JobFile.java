package com.truereach.tooling.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a job definition in the schema of the job's YAML reader, by hand so that the text is
 * stable and readable. File globs are relative to the job file's folder.
 */
final class JobFile {

	/** One account block; {@code anchor} is the true final total, given only where the exports have none. */
	record Account(DailySeries series, List<String> files, boolean anchor, String pricePer1000) {
	}

	record Rule(String key, String pattern, String account) {
	}

	/** A client of the agency and the ids of its accounts. */
	record Client(String id, String name, List<String> accounts) {
	}

	private JobFile() {
	}

	static void write(Path job, String name, int windowDays, List<Account> accounts, List<String[]> revenue,
			List<Rule> rules) throws IOException {
		write(job, name, windowDays, accounts, revenue, rules, List.of());
	}

	/** @param clients the definition's clients; none leaves the section out */
	static void write(Path job, String name, int windowDays, List<Account> accounts, List<String[]> revenue,
			List<Rule> rules, List<Client> clients) throws IOException {
		StringBuilder y = new StringBuilder();
		y.append("name: ").append(name).append('\n');
		y.append("window:\n  days: ").append(windowDays).append("\n  ending: latest\n");
		y.append("output: ").append(relative(job, job.getParent().resolve("../reports"))).append('\n');
		y.append("rejectThreshold: 0.05\n");
		y.append("currency: USD\n");
		y.append("rates:\n  EUR: 1.08\n");
		y.append("accounts:\n");
		for (Account a : accounts) {
			AccountSpec spec = a.series().spec();
			y.append("  - id: ").append(spec.id()).append('\n');
			y.append("    platform: ").append(spec.platform().name().toLowerCase(Locale.ROOT)).append('\n');
			y.append("    handle: ").append(quoted(spec.handle())).append('\n');
			y.append("    name: ").append(quoted(spec.name())).append('\n');
			y.append("    files: [").append(String.join(", ", a.files().stream().map(JobFile::quoted).toList()))
				.append("]\n");
			if (a.anchor()) {
				y.append("    followersAnchor: { date: ").append(a.series().last()).append(", followers: ")
					.append(a.series().finalFollowers()).append(" }\n");
			}
			if (a.pricePer1000() != null) {
				y.append("    pricePer1000Followers: ").append(a.pricePer1000()).append('\n');
			}
		}
		y.append("revenue:\n");
		for (String[] source : revenue) {
			y.append("  - name: ").append(source[0]).append('\n');
			y.append("    files: [").append(quoted(source[1])).append("]\n");
		}
		y.append("attribution:\n");
		for (Rule rule : rules) {
			y.append("  - { ").append(rule.key()).append(": ").append(quoted(rule.pattern())).append(", account: ")
				.append(rule.account()).append(" }\n");
		}
		if (!clients.isEmpty()) {
			y.append("clients:\n");
			for (Client client : clients) {
				y.append("  - { id: ").append(client.id()).append(", name: ").append(quoted(client.name()))
					.append(", accounts: [").append(String.join(", ", client.accounts())).append("] }\n");
			}
		}
		Files.createDirectories(job.toAbsolutePath().getParent());
		Files.writeString(job, y.toString(), StandardCharsets.UTF_8);
	}

	/** {@code target} relative to the job file's folder, with forward slashes. */
	static String relative(Path job, Path target) {
		Path folder = job.toAbsolutePath().normalize().getParent();
		return folder.relativize(target.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
