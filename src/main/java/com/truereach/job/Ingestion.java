package com.truereach.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.truereach.domain.Platform;
import com.truereach.history.HistoryStore;
import com.truereach.ingest.FileParser;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.ReadLimits;

/**
 * Reading and storing of input files, one file at a time so that memory holds one file; the
 * store decides which export is newer, so the order files come in does not matter. The ingest
 * step runs it as a partitioned chunk step (one transaction per file); the ingestion benchmark
 * runs the same pieces.
 */
public class Ingestion {

	private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

	private final HistoryStore store;

	private final FormatRegistry registry;

	private final ReadLimits limits;

	public Ingestion(HistoryStore store, FormatRegistry registry) {
		this(store, registry, ReadLimits.standard());
	}

	public Ingestion(HistoryStore store, FormatRegistry registry, ReadLimits limits) {
		this.store = store;
		this.registry = registry;
		this.limits = limits;
	}

	/** One file the definition names, and whose it is: an account (with its platform) or a revenue source. */
	public record Input(String owner, Platform platform, Path path) {
	}

	/** What a file gave (a zip gives one result per entry) and how long reading it took. */
	public record Parsed(Input input, List<ParsedFile> files, long readNanos) {
	}

	/** Every file of the definition, accounts first, in the definition's order. */
	public static List<Input> inputs(JobDefinition definition) {
		List<Input> inputs = new ArrayList<>();
		for (JobDefinition.Account account : definition.accounts()) {
			account.files().forEach(path -> inputs.add(new Input(account.id(), account.platform(), path)));
		}
		for (JobDefinition.RevenueSource source : definition.revenue()) {
			source.files().forEach(path -> inputs.add(new Input(source.name(), null, path)));
		}
		return inputs;
	}

	/**
	 * The inputs dealt out to {@code partitions} partitions. All files of one owner stay in one
	 * partition, because deciding which of two exports of the same account is newer must not race
	 * with storing the other. Owners are dealt out by the bytes of their files, largest first, each
	 * to the partition with the fewest bytes so far: one big shop export must not leave the other
	 * cores idle at the end. Within a partition, files keep the order of {@code inputs}.
	 */
	public static List<List<Input>> deal(List<Input> inputs, int partitions) {
		Map<String, Long> bytes = new LinkedHashMap<>();
		for (Input input : inputs) {
			bytes.merge(input.owner(), size(input.path()), Long::sum);
		}
		List<String> owners = new ArrayList<>(bytes.keySet());
		owners.sort(Comparator.comparing(bytes::get).reversed());
		long[] load = new long[partitions];
		Map<String, Integer> assigned = new HashMap<>();
		for (String owner : owners) {
			int least = 0;
			for (int p = 1; p < partitions; p++) {
				least = load[p] < load[least] ? p : least;
			}
			load[least] += bytes.get(owner);
			assigned.put(owner, least);
		}
		List<List<Input>> dealt = new ArrayList<>();
		for (int p = 0; p < partitions; p++) {
			dealt.add(new ArrayList<>());
		}
		inputs.forEach(input -> dealt.get(assigned.get(input.owner())).add(input));
		return dealt;
	}

	/** A file that cannot be measured counts as empty here; reading it will say what is wrong. */
	private static long size(Path path) {
		try {
			return Files.size(path);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	public Parsed read(Input input, double rejectThreshold) {
		long start = System.nanoTime();
		List<ParsedFile> files = new FileParser(registry, rejectThreshold, limits).parse(input.path());
		for (ParsedFile parsed : files) {
			checkBelongs(input, parsed);
		}
		return new Parsed(input, files, System.nanoTime() - start);
	}

	/** Stores the usable files and records what happened to every file of the input under {@code runId}. */
	public void store(Parsed parsed, long runId) {
		Input input = parsed.input();
		for (ParsedFile file : parsed.files()) {
			long fileId = store.fileId(file);
			long replaced = file.usable() ? store.store(input.owner(), file, fileId) : 0;
			store.recordRun(runId, fileId, input.owner(), file, replaced);
			if (file.usable()) {
				log.info("{}: {} ({}) read {}, accepted {}, rejected {}, replaced {} days", input.owner(),
						file.source().name(), file.format().id(), file.read(), file.accepted(), file.rejected(),
						replaced);
			}
			else {
				log.warn("{}: {} {}: {}", input.owner(), file.source().name(), file.status(), file.message());
			}
		}
	}

	/** A file listed under the wrong owner is not used: its rows would land where nobody reads them. */
	private static void checkBelongs(Input input, ParsedFile parsed) {
		if (!parsed.usable() || parsed.format() == null) {
			return;
		}
		Platform platform = input.platform();
		Platform format = parsed.format().platform();
		boolean onlyProfiles = !parsed.profiles().isEmpty() && parsed.profiles().size() == parsed.accepted();
		if (platform == null && format.isSocial()) {
			parsed.fail(ParsedFile.Status.FAILED, "a " + format.label() + " export is listed as a revenue source; not used");
		}
		else if (platform != null && !format.isSocial()) {
			parsed.fail(ParsedFile.Status.FAILED,
					"a " + format.label() + " revenue export is listed under account " + input.owner() + "; not used");
		}
		else if (platform != null && !onlyProfiles && !samePlatform(platform, format)) {
			parsed.fail(ParsedFile.Status.FAILED, "a " + format.label() + " export is listed under " + platform.label()
					+ " account " + input.owner() + "; not used");
		}
	}

	/** Meta's insights and post exports serve Instagram and Facebook alike; the definition says which. */
	private static boolean samePlatform(Platform account, Platform format) {
		boolean meta = (account == Platform.INSTAGRAM || account == Platform.FACEBOOK)
				&& (format == Platform.INSTAGRAM || format == Platform.FACEBOOK);
		return account == format || meta;
	}
}
