package com.truereach.job;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.truereach.domain.Platform;

/**
 * A job definition from {@code jobs/*.yml}: which accounts, which files, the revenue sources,
 * the attribution rules, the nightly window and where reports go. Paths are already resolved
 * against the definition file's folder and every glob has matched at least one file.
 */
public record JobDefinition(String name, Path file, Window window, Path output, double rejectThreshold,
		String currency, Map<String, BigDecimal> rates, List<Account> accounts, List<RevenueSource> revenue,
		List<Map<String, String>> attribution, Integer retentionDays) {

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
}
