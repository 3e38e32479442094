package com.truereach.job;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.truereach.conversion.AttributionRule;
import com.truereach.domain.Platform;

/**
 * A job definition from {@code jobs/*.yml}: which accounts, which files, the revenue sources,
 * the attribution rules, the nightly window, where reports go and which accounts belong to which
 * client. Paths are already resolved against the definition file's folder and every glob has
 * matched at least one file; account ids are unique, and every id a rule or a client names is one
 * of them.
 *
 * @param attribution the rules that send revenue to accounts, in the definition's order (the first
 * that matches wins)
 * @param clients the accounts grouped by client (or brand), in the order of the definition's
 * {@code clients} section, each client's accounts in the order its {@code accounts} list names them;
 * every account is in exactly one client. A definition without {@code clients} has one client, id
 * {@value #ALL_ACCOUNTS}, named after the definition, holding every account in definition order.
 */
public record JobDefinition(String name, Path file, Window window, Path output, double rejectThreshold,
		String currency, Map<String, BigDecimal> rates, List<Account> accounts, List<RevenueSource> revenue,
		List<AttributionRule> attribution, Integer retentionDays, List<Client> clients) {

	/** The id of the one client of a definition without a {@code clients} section. */
	public static final String ALL_ACCOUNTS = "all";

	/** The client holding the account {@code accountId}. */
	public Client clientOf(String accountId) {
		return clients.stream()
			.filter(c -> c.accounts().stream().anyMatch(a -> a.id().equals(accountId)))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no account with id '" + accountId + "'"));
	}

	/** The nightly window: {@code days} days ending on {@code ending}. */
	public record Window(int days, Ending ending, LocalDate endingDate) {

		public enum Ending {
			/** The day before the run. */
			YESTERDAY,
			/** The last day the account inputs cover. */
			LATEST,
			/** A fixed day. */
			DATE
		}
	}

	public record Anchor(LocalDate date, long followers) {
	}

	/**
	 * {@code exportedOn}: the export day the definition gives for some of the files (an entry
	 * {@code { path: ..., exportedOn: 2026-11-24 }}), for exports whose dates have no year.
	 */
	public record Account(String id, Platform platform, String handle, String displayName, List<Path> files,
			Anchor anchor, BigDecimal pricePer1000Followers, Map<Path, LocalDate> exportedOn) {
	}

	public record RevenueSource(String name, List<Path> files) {
	}

	/**
	 * A client (or brand) of an agency: the accounts reported together.
	 *
	 * @param id letters, digits, '.', '_' and '-' (fit for a file name), unique in the definition
	 * @param name how reports show the client; the id when the definition gives none
	 * @param accounts the client's accounts, at least one
	 */
	public record Client(String id, String name, List<Account> accounts) {
	}
}
