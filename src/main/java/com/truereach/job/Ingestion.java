package com.truereach.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import com.truereach.domain.Platform;
import com.truereach.history.AccountDayStore;
import com.truereach.history.AudienceStore;
import com.truereach.history.InputFileStore;
import com.truereach.history.InputReads;
import com.truereach.history.InputReads.Outcome;
import com.truereach.history.ParsedExport;
import com.truereach.history.RevenueStore;
import com.truereach.ingest.FileContext;
import com.truereach.ingest.FileParser;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.HashedSource;
import com.truereach.ingest.ParsedFile;
import com.truereach.ingest.ReadLimits;
import com.truereach.ingest.Source;

/**
 * Reading and storing of input files, one file at a time so that memory holds one file; the
 * stores decide which export is newer, so the order files come in does not matter. The ingest
 * step runs it as a partitioned chunk step (one transaction per file); the ingestion benchmark
 * runs the same pieces.
 */
public class Ingestion {

	private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

	private final InputFileStore inputFiles;

	private final AccountDayStore accountDays;

	private final AudienceStore audience;

	private final RevenueStore revenueStore;

	private final FormatRegistry registry;

	private final ReadLimits limits;

	/** How an input's content is opened to recognise it: as a file, except where a test counts what is read. */
	private final Function<Path, Source> content;

	public Ingestion(InputFileStore files, AccountDayStore days, AudienceStore audience, RevenueStore revenue,
			FormatRegistry registry) {
		this(files, days, audience, revenue, registry, ReadLimits.standard());
	}

	public Ingestion(InputFileStore files, AccountDayStore days, AudienceStore audience, RevenueStore revenue,
			FormatRegistry registry, ReadLimits limits) {
		this(files, days, audience, revenue, registry, limits, Source::of);
	}

	Ingestion(InputFileStore files, AccountDayStore days, AudienceStore audience, RevenueStore revenue,
			FormatRegistry registry, ReadLimits limits, Function<Path, Source> content) {
		this.inputFiles = files;
		this.accountDays = days;
		this.audience = audience;
		this.revenueStore = revenue;
		this.registry = registry;
		this.limits = limits;
		this.content = content;
	}

	/**
	 * An ingestion with stores of its own over {@code jdbc}, for the benchmark and the tests that
	 * run it outside the application.
	 */
	public static Ingestion over(JdbcTemplate jdbc, FormatRegistry registry) {
		AccountDayStore days = new AccountDayStore(jdbc);
		return new Ingestion(new InputFileStore(jdbc), days, new AudienceStore(jdbc, days), new RevenueStore(jdbc),
				registry);
	}

	/** One file the definition names, and whose it is: an account (with its platform) or a revenue source. */
	public record Input(String owner, Platform platform, Path path) {
	}

	/**
	 * What a file gave (a zip gives one result per entry; an unchanged input, nothing) and how long
	 * reading it took.
	 */
	public record Parsed(Input input, List<ParsedFile> files, long readNanos, Seen seen) {
	}

	/**
	 * What an input was found to be against its last read, that read, and what it is now: its
	 * fingerprint once read with every file usable (else null: the next run reads it again), or
	 * the stored one with its time now when unchanged.
	 */
	public record Seen(Outcome outcome, InputReads.LastRead last, InputReads.Fingerprint now, double rejectThreshold) {
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

	/**
	 * What the definition says about each of its files beyond whose it is: the other files of the
	 * same account and the file's {@code exportedOn}, for exports whose dates lack a year. The
	 * keys are {@link #inputs}; a partition keeps only the inputs, so the context is looked up here.
	 */
	public static Map<Input, FileContext> contexts(JobDefinition definition) {
		Map<Input, FileContext> contexts = new LinkedHashMap<>();
		for (JobDefinition.Account account : definition.accounts()) {
			for (Path path : account.files()) {
				List<Path> others = account.files().stream().filter(other -> !other.equals(path)).toList();
				contexts.put(new Input(account.id(), account.platform(), path),
						new FileContext(others, account.exportedOn().get(path)));
			}
		}
		for (JobDefinition.RevenueSource source : definition.revenue()) {
			source.files().forEach(path -> contexts.put(new Input(source.name(), null, path), FileContext.NONE));
		}
		return contexts;
	}

	/** {@link #read(Input, FileContext, double)} knowing nothing of the file beyond whose it is. */
	public Parsed read(Input input, double rejectThreshold) {
		return read(input, FileContext.NONE, rejectThreshold);
	}

	/** Reads the input, unless it is the one a run read and stored whole before. */
	public Parsed read(Input input, FileContext context, double rejectThreshold) {
		long start = System.nanoTime();
		InputReads.LastRead last = inputFiles.inputReads().lastRead(input.owner(), input.path().toString()).orElse(null);
		Outcome outcome = last == null ? Outcome.NEW : Outcome.CHANGED;
		BasicFileAttributes attributes = attributes(input.path());
		Optional<InputReads.Fingerprint> unchanged = unchanged(input.path(), attributes, last, rejectThreshold);
		if (unchanged.isPresent()) {
			return new Parsed(input, List.of(), System.nanoTime() - start,
					new Seen(Outcome.UNCHANGED, last, unchanged.get(), rejectThreshold));
		}
		List<ParsedFile> files = new FileParser(registry, rejectThreshold, limits).parse(input.path(), context);
		for (ParsedFile parsed : files) {
			parsed.listedUnder(input.owner(), input.platform());
		}
		return new Parsed(input, files, System.nanoTime() - start,
				new Seen(outcome, last, fingerprint(input.path(), attributes, files), rejectThreshold));
	}

	/**
	 * Of {@code inputs}, those an earlier run read and stored whole and that are unchanged since,
	 * recorded for run {@code runId} as passed over (see {@link #store}); the others are left to be
	 * read. One query finds every input's last read and the inputs are looked at on every core, so
	 * that a night that adds a few exports to years of them costs little more than those few.
	 */
	public List<Input> passOver(List<Input> inputs, double rejectThreshold, long runId) {
		Map<InputReads.Key, InputReads.LastRead> lastReads = inputFiles.inputReads().lastReads();
		List<InputReads.Unchanged> unchanged = inputs.parallelStream().map(input -> {
			InputReads.LastRead last = lastReads.get(new InputReads.Key(input.owner(), input.path().toString()));
			return unchanged(input.path(), attributes(input.path()), last, rejectThreshold)
				.map(now -> new InputReads.Unchanged(input.owner(), input.path().toString(), last, now.modifiedMicros()))
				.orElse(null);
		}).filter(Objects::nonNull).toList();
		inputFiles.inputReads().unchanged(runId, unchanged);
		Set<InputReads.Key> passed = new HashSet<>();
		for (InputReads.Unchanged input : unchanged) {
			logUnchanged(input.owner(), input.path(), input.last());
			passed.add(new InputReads.Key(input.owner(), input.path()));
		}
		return inputs.stream()
			.filter(input -> passed.contains(new InputReads.Key(input.owner(), input.path().toString())))
			.toList();
	}

	/**
	 * The input's fingerprint with its time now when it is the one its last read stored whole,
	 * else empty. Size, modification time and the digest of the first 64 KiB tell almost every
	 * change without reading the whole file; when only the time differs (a file touched, or copied
	 * again), the digest of the whole content decides. What this cannot see: a change after the
	 * first 64 KiB that keeps the size and the modification time (a tool that writes the file and
	 * sets its time back). Under another reject threshold the same rows may judge differently, so
	 * the input is read.
	 */
	private Optional<InputReads.Fingerprint> unchanged(Path path, BasicFileAttributes now, InputReads.LastRead last,
			double rejectThreshold) {
		if (now == null || !now.isRegularFile() || last == null || last.fingerprint() == null
				|| last.rejectThreshold() != rejectThreshold || now.size() != last.fingerprint().size()) {
			return Optional.empty();
		}
		InputReads.Fingerprint before = last.fingerprint();
		long modified = micros(now.lastModifiedTime());
		try {
			Source source = content.apply(path);
			boolean same = HashedSource.headSha256(source).equals(before.headSha256())
					&& (modified == before.modifiedMicros()
							|| HashedSource.of(source).digests().sha256().equals(before.sha256()));
			return same ? Optional.of(new InputReads.Fingerprint(before.size(), modified, before.headSha256(),
					before.sha256())) : Optional.empty();
		}
		catch (IOException ex) {
			// reading it will say what is wrong with it
			return Optional.empty();
		}
	}

	/**
	 * The input's fingerprint: its size and time as they were before it was read, the digests of
	 * what was read. A plain file's digests were taken while it was read; a zip, read entry by
	 * entry in place, is read once more for its own. Null unless every file it gave is usable.
	 */
	private static InputReads.Fingerprint fingerprint(Path path, BasicFileAttributes before, List<ParsedFile> files) {
		if (before == null || !before.isRegularFile() || !files.stream().allMatch(ParsedFile::usable)) {
			return null;
		}
		boolean plain = files.size() == 1 && files.get(0).source().name().equals(path.toString());
		try {
			HashedSource.Digests digests = HashedSource.of(plain ? files.get(0).source() : Source.of(path)).digests();
			return new InputReads.Fingerprint(before.size(), micros(before.lastModifiedTime()), digests.headSha256(),
					digests.sha256());
		}
		catch (IOException ex) {
			// gone or unreadable since: without a fingerprint it is read again next run
			return null;
		}
	}

	private static BasicFileAttributes attributes(Path path) {
		try {
			return Files.readAttributes(path, BasicFileAttributes.class);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static long micros(FileTime time) {
		return time.to(TimeUnit.MICROSECONDS);
	}

	/**
	 * Stores the usable files and records what happened to every file of the input under
	 * {@code runId}; an unchanged input's files are recorded as the run that read it left them.
	 */
	public void store(Parsed parsed, long runId) {
		Input input = parsed.input();
		Seen seen = parsed.seen();
		if (seen.outcome() == Outcome.UNCHANGED) {
			inputFiles.inputReads().unchanged(runId, List.of(new InputReads.Unchanged(input.owner(),
					input.path().toString(), seen.last(), seen.now().modifiedMicros())));
			logUnchanged(input.owner(), input.path().toString(), seen.last());
			return;
		}
		for (ParsedFile file : parsed.files()) {
			long fileId = inputFiles.fileId(ParsedFileRecords.inputFile(file));
			long replaced = file.usable() ? storeRows(input.owner(), ParsedFileRecords.export(file), fileId) : 0;
			inputFiles.recordRun(runId, fileId, input.owner(), ParsedFileRecords.summary(file), replaced);
			if (file.usable()) {
				log.info("{}: {} ({}) read {}, accepted {}, rejected {}, skipped {}, replaced {} days", input.owner(),
						file.source().name(), file.format().id(), file.read(), file.accepted(), file.rejected(),
						file.skipped(), replaced);
			}
			else {
				log.warn("{}: {} {}: {}", input.owner(), file.source().name(), file.status(), file.message());
			}
		}
		inputFiles.inputReads().read(runId, input.owner(), input.path().toString(), seen.outcome(), seen.now(),
				seen.rejectThreshold());
	}

	/**
	 * Stores what a usable file gave under {@code owner} (an account id or a revenue source name);
	 * returns the days and orders of older exports it replaces.
	 */
	long storeRows(String owner, ParsedExport export, long fileId) {
		long replaced = accountDays.store(owner, export, fileId);
		audience.store(owner, export, fileId);
		return replaced + revenueStore.store(owner, export, fileId);
	}

	private static void logUnchanged(String owner, String path, InputReads.LastRead last) {
		log.info("{}: {} unchanged since it was read on {}: not read again", owner, path,
				LocalDate.ofInstant(last.at(), ZoneId.systemDefault()));
	}
}
