package com.truereach.job;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.truereach.history.HistoryStore;
import com.truereach.ingest.FileParser;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.Platform;

/**
 * Reads every file a definition names and stores what is usable, one file at a time so that
 * memory holds one file; the store decides which export is newer, so the order files come in
 * does not matter. Used by the ingest step and by the ingestion benchmark.
 */
public class Ingestion {

	private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

	private final HistoryStore store;

	private final FormatRegistry registry;

	public Ingestion(HistoryStore store, FormatRegistry registry) {
		this.store = store;
		this.registry = registry;
	}

	/** Told about every file once it is stored, with the time its reading and its storing took. */
	public interface Listener {

		void stored(ParsedFile parsed, long readNanos, long storeNanos);
	}

	public Totals ingest(JobDefinition definition, long runId, Listener listener) {
		FileParser parser = new FileParser(registry, definition.rejectThreshold());
		Totals totals = new Totals();
		for (JobDefinition.Account account : definition.accounts()) {
			for (Path path : account.files()) {
				ingest(parser, path, account.id(), account.platform(), runId, totals, listener);
			}
		}
		for (JobDefinition.RevenueSource source : definition.revenue()) {
			for (Path path : source.files()) {
				ingest(parser, path, source.name(), null, runId, totals, listener);
			}
		}
		return totals;
	}

	private void ingest(FileParser parser, Path path, String owner, Platform platform, long runId, Totals totals,
			Listener listener) {
		long start = System.nanoTime();
		List<ParsedFile> files = parser.parse(path);
		long readNanos = (System.nanoTime() - start) / files.size();
		for (ParsedFile parsed : files) {
			long storeStart = System.nanoTime();
			checkBelongs(owner, platform, parsed);
			long fileId = store.fileId(parsed);
			long replaced = parsed.usable() ? store.store(owner, parsed, fileId) : 0;
			store.recordRun(runId, fileId, owner, parsed, replaced);
			totals.files++;
			totals.read += parsed.read();
			totals.rejected += parsed.rejected();
			if (parsed.usable()) {
				log.info("{}: {} ({}) read {}, accepted {}, rejected {}, replaced {} days", owner, parsed.source().name(),
						parsed.format().id(), parsed.read(), parsed.accepted(), parsed.rejected(), replaced);
			}
			else {
				log.warn("{}: {} {}: {}", owner, parsed.source().name(), parsed.status(), parsed.message());
			}
			listener.stored(parsed, readNanos, System.nanoTime() - storeStart);
		}
	}

	/** A file listed under the wrong owner is not used: its rows would land where nobody reads them. */
	private static void checkBelongs(String owner, Platform platform, ParsedFile parsed) {
		if (!parsed.usable() || parsed.format() == null) {
			return;
		}
		Platform format = parsed.format().platform();
		boolean onlyProfiles = !parsed.profiles().isEmpty() && parsed.profiles().size() == parsed.accepted();
		if (platform == null && format.isSocial()) {
			parsed.fail(ParsedFile.Status.FAILED, "a " + format.label() + " export is listed as a revenue source; not used");
		}
		else if (platform != null && !format.isSocial()) {
			parsed.fail(ParsedFile.Status.FAILED,
					"a " + format.label() + " revenue export is listed under account " + owner + "; not used");
		}
		else if (platform != null && !onlyProfiles && !samePlatform(platform, format)) {
			parsed.fail(ParsedFile.Status.FAILED, "a " + format.label() + " export is listed under " + platform.label()
					+ " account " + owner + "; not used");
		}
	}

	/** Meta's insights and post exports serve Instagram and Facebook alike; the definition says which. */
	private static boolean samePlatform(Platform account, Platform format) {
		boolean meta = (account == Platform.INSTAGRAM || account == Platform.FACEBOOK)
				&& (format == Platform.INSTAGRAM || format == Platform.FACEBOOK);
		return account == format || meta;
	}

	/** What a run ingested, for the log and the step's counts. */
	public static final class Totals {

		private long files;

		private long read;

		private long rejected;

		public long files() {
			return files;
		}

		public long read() {
			return read;
		}

		public long rejected() {
			return rejected;
		}
	}
}
