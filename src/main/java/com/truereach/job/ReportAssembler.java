package com.truereach.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.truereach.conversion.AccountConversion;
import com.truereach.conversion.EpisodeImpact;
import com.truereach.conversion.EpisodeImpacts;
import com.truereach.conversion.LaggedCorrelation;
import com.truereach.conversion.RevenueDay;
import com.truereach.conversion.RevenueOverview;
import com.truereach.conversion.Unattributed;
import com.truereach.domain.Platform;
import com.truereach.history.FollowerHistory;
import com.truereach.history.HistoryDay;
import com.truereach.history.InputFileStore;
import com.truereach.history.ResultStore;
import com.truereach.ingest.FormatRegistry;
import com.truereach.ingest.formats.StandardFormats;
import com.truereach.quality.AccountQuality;
import com.truereach.quality.Flag;
import com.truereach.quality.FlagKind;
import com.truereach.quality.QualityDay;
import com.truereach.quality.SampleEstimate;
import com.truereach.report.ReportModel;

/** Gathers what the steps of a run kept into the model the workbook shows. */
final class ReportAssembler {

	static final int MAX_REJECTS = 100_000;

	private static final FormatRegistry FORMATS = StandardFormats.registry();

	private final ResultStore resultStore;

	private final InputFileStore inputFiles;

	ReportAssembler(ResultStore resultStore, InputFileStore inputFiles) {
		this.resultStore = resultStore;
		this.inputFiles = inputFiles;
	}

	ReportModel assemble(RunContext run) {
		JobDefinition definition = run.definition();
		Map<String, CleanlinessResult> cleanliness = resultStore.results(run.runId(), CleanlinessTasklet.STEP,
				CleanlinessResult.class);
		ConversionResults conversion = new ConversionResults(resultStore, run.runId());
		RevenueOverview revenue = conversion.overview();
		List<ReportModel.AccountReport> accounts = new ArrayList<>();
		for (JobDefinition.Account account : definition.accounts()) {
			accounts.add(account(run, account, cleanliness.get(account.id()), conversion.account(account.id()),
					conversion.impacts(account.id())));
		}
		FileSetChange changed = FileSetChange.in(run.context());
		List<ReportModel.InputFile> files = new ArrayList<>(inputFiles.fileRuns(run.runId())
			.stream()
			.map(f -> new ReportModel.InputFile(f.path(), f.owner(), formatName(f.format()), platformName(f.platform()),
					f.first(), f.last(), f.status(), changed.message(f.path(), f.message()), f.read(), f.accepted(),
					f.rejected(), f.summaryRows(), f.replaced(), f.skipped()))
			.toList());
		List<ReportModel.RejectLine> rejects = inputFiles.rejects(run.runId(), MAX_REJECTS)
			.stream()
			.map(r -> new ReportModel.RejectLine(r.file(), r.line(), r.column(), r.value(), r.reason()))
			.toList();
		long rejectsTotal = files.stream().mapToLong(ReportModel.InputFile::rejected).sum();
		List<String> notes = new ArrayList<>(notes(files));
		if (!changed.isEmpty()) {
			notes.add(changed.describe() + " See the Data quality sheet.");
			changed.removed()
				.forEach(f -> files.add(new ReportModel.InputFile(f.path(), f.owner(), null, null, null, null, "REMOVED",
						"listed when this run first started, no longer listed when it resumed: not read by the resume",
						0, 0, 0, 0, 0)));
		}
		notes.addAll(revenue.notes());
		return new ReportModel(runInfo(run, definition), accounts, unattributed(revenue.unattributed()), files,
				rejects, rejectsTotal, Glossary.entries(), notes);
	}

	private ReportModel.AccountReport account(RunContext run, JobDefinition.Account account, CleanlinessResult result,
			AccountConversion conversion, EpisodeImpacts impacts) {
		FollowerHistory history = result.history();
		AccountQuality quality = result.quality();
		Map<LocalDate, QualityDay> qualityDays = new HashMap<>();
		quality.days().forEach(d -> qualityDays.put(d.day(), d));
		List<HistoryDay> days = history.between(run.from(), run.to());
		Long start = followersBefore(history, run.from());
		Long end = days.isEmpty() ? null : days.get(days.size() - 1).followers();
		Long cleanEnd = days.isEmpty() ? null : clean(qualityDays.get(run.to()));
		Long cleanStart = cleanBefore(qualityDays, run.from(), start);
		Map<LocalDate, RevenueDay> revenue = new HashMap<>();
		conversion.daily().forEach(d -> revenue.put(d.day(), d));
		List<ReportModel.Day> lines = days.stream().map(d -> {
			QualityDay q = qualityDays.get(d.day());
			RevenueDay r = revenue.get(d.day());
			return new ReportModel.Day(d.day(), d.followers(), clean(q), d.gained(), d.lost(), d.net(), d.posts(),
					d.engagements(), d.reach(), d.impressions(), d.linkClicks(),
					r == null ? BigDecimal.ZERO : r.revenue(), r == null ? 0 : r.orders(), q != null && q.flagged(),
					q == null ? null : q.suspectBought(), q == null ? null : q.suspectFake(),
					q == null ? null : q.suspectInactive());
		}).toList();
		SampleEstimate sample = result.sample();
		List<ReportModel.Flag> flags = new ArrayList<>(quality.flags()
			.stream()
			.map(f -> new ReportModel.Flag(f.kind().name(), f.from(), f.to(), f.sentence()))
			.toList());
		ReportModel.Flag bounds = boundsFlag(history, run.from(), run.to(), start, end, cleanStart, cleanEnd);
		if (bounds != null) {
			flags.add(0, bounds);
		}
		List<ReportModel.ScoreComponent> components = quality.components()
			.stream()
			.map(c -> new ReportModel.ScoreComponent(c.name(), c.value(), c.weight(), c.explanation()))
			.toList();
		List<ReportModel.Impact> impactRows = impacts(impacts);
		List<ReportModel.Episode> episodes = quality.flags()
			.stream()
			.filter(f -> f.kind() == FlagKind.BOUGHT_FOLLOWERS)
			.map(f -> episode(f, account.pricePer1000Followers(), run.definition().currency(),
					impactRows.stream().filter(i -> f.from().equals(i.from())).findFirst().orElse(null)))
			.toList();
		return new ReportModel.AccountReport(account.id(), account.platform().label(), account.handle(),
				account.displayName(), history.totals().name(), start, end, difference(start, end), cleanStart, cleanEnd,
				difference(cleanStart, cleanEnd), sample == null ? null : sample.share(),
				sample == null ? null : sample.low(), sample == null ? null : sample.high(),
				sample == null ? null : sample.sampleSize(), quality.score(), components, engagementRate(days),
				conversion.revenue(), conversion.currency(), conversion.orders(), toDouble(conversion.conversionRate()),
				conversion.conversionFormula(), conversion.revenuePer1000Reported(), conversion.revenuePer1000Clean(),
				conversion.revenuePerEngagedUser(), conversion.verdict(), correlations(conversion),
				conversion.fakeSpend(), flags, lines, otherCurrencies(conversion), impactRows, episodes);
	}

	private static List<ReportModel.OtherCurrency> otherCurrencies(AccountConversion conversion) {
		return conversion.otherCurrencies()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> new ReportModel.OtherCurrency(e.getKey(), e.getValue(),
					conversion.otherCurrencyOrders().getOrDefault(e.getKey(), 0L)))
			.toList();
	}

	private static List<ReportModel.Impact> impacts(EpisodeImpacts impacts) {
		return impacts.episodes().stream().map(r -> {
			EpisodeImpact.Episode e = r.episode();
			return new ReportModel.Impact(e.kind() == EpisodeImpact.Kind.BOUGHT ? "bought followers" : "follower spike",
					e.from(), e.to(), e.followers(), e.cost(), e.costCurrency(), r.currency(), r.observed(),
					r.expected(), r.low(), r.high(), r.lift(), r.liftLow(), r.liftHigh(), r.sentence(), r.basis());
		}).toList();
	}


	/**
	 * A bought-follower episode from its flag's evidence, with its cost at the definition's price and
	 * the sentence of its revenue impact (null when there is none).
	 */
	static ReportModel.Episode episode(Flag flag, BigDecimal pricePer1000, String priceCurrency,
			ReportModel.Impact impact) {
		long bought = evidence(flag, "bought");
		BigDecimal cost = pricePer1000 == null ? null
				: pricePer1000.multiply(BigDecimal.valueOf(bought)).movePointLeft(3);
		return new ReportModel.Episode(flag.from(), flag.to(), bought, evidence(flag, "lostSince"), cost,
				priceCurrency, impact);
	}

	private static long evidence(Flag flag, String key) {
		Number value = flag.evidence().get(key);
		return value == null ? 0 : value.longValue();
	}

	/** A format's name as a person says it: its description up to the first colon ("X Premium account overview"). */
	static String formatName(String id) {
		if (id == null) {
			return null;
		}
		return FORMATS.byId(id).map(r -> {
			String description = r.description();
			int colon = description.indexOf(':');
			return colon > 0 ? description.substring(0, colon).strip() : description;
		}).orElse(id);
	}

	/** A platform's name as it is written ("TikTok"), or the text as it is when it names none. */
	static String platformName(String text) {
		if (text == null || text.isBlank()) {
			return text;
		}
		try {
			return Platform.parse(text).label();
		}
		catch (IllegalArgumentException unknown) {
			return text;
		}
	}

	private static List<ReportModel.Correlation> correlations(AccountConversion conversion) {
		List<ReportModel.Correlation> rows = new ArrayList<>();
		for (LaggedCorrelation.Result result : List.of(conversion.rawGainsVsRevenue(),
				conversion.cleanGainsVsRevenue(), conversion.engagementVsRevenue())) {
			if (result == null) {
				continue;
			}
			for (LaggedCorrelation.Lag lag : result.lags()) {
				rows.add(correlation(result.driver(), lag, lag.pearsonP()));
			}
			// the verdict's own numbers: the p shown is the one it tests, across all lags
			for (LaggedCorrelation.Lag lag : result.adjusted()) {
				rows.add(correlation(result.driver() + ", adjusted (weekday, trend, AR(" + result.arOrder()
						+ ")); p across lags", lag, lag.pAcrossLags()));
			}
		}
		return rows;
	}

	private static ReportModel.Correlation correlation(String series, LaggedCorrelation.Lag lag, Double p) {
		return new ReportModel.Correlation(series, lag.lag(), lag.n(), lag.pearson(), p, lag.spearman(),
				lag.spearmanP());
	}

	private static ReportModel.Unattributed unattributed(Unattributed unattributed) {
		return new ReportModel.Unattributed(unattributed.totalByCurrency(), unattributed.orders(),
				unattributed.topSources()
					.stream()
					.map(s -> new ReportModel.SourceLine(s.source(), "", "", s.reason(), s.currency(), s.amount(),
							s.orders()))
					.toList());
	}

	private static Double toDouble(BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

	/**
	 * Interactions per follower per day over the range: sum of engagements / sum of the day's
	 * follower totals, over the days where both are known.
	 */
	static Double engagementRate(List<HistoryDay> days) {
		long engagements = 0;
		long followerDays = 0;
		for (HistoryDay day : days) {
			if (day.engagements() != null && day.followers() != null && day.followers() > 0) {
				engagements += day.engagements();
				followerDays += day.followers();
			}
		}
		return followerDays == 0 ? null : (double) engagements / followerDays;
	}

	/** Followers at the start of the range: the total at the end of the day before it, so that growth counts every day of the range. */
	static Long followersBefore(FollowerHistory history, LocalDate from) {
		for (HistoryDay day : history.days()) {
			if (day.day().equals(from.minusDays(1))) {
				return day.followers();
			}
			if (day.day().equals(from)) {
				return day.followers() == null ? null : day.followers() - day.net();
			}
		}
		return null;
	}

	static final String BOUNDS = ReportModel.Flag.FOLLOWER_BOUNDS;

	/**
	 * Where the daily changes are gross follows only (Meta exports no unfollows), the totals
	 * carried from a known one are bounds, and the growth over the range adds follows without
	 * subtracting unfollows: at most the true growth unless both ends are known. Says so with the
	 * figures, or null when every figure is exact.
	 */
	static ReportModel.Flag boundsFlag(FollowerHistory history, LocalDate from, LocalDate to, Long start, Long end,
			Long cleanStart, Long cleanEnd) {
		if (!history.grossFollowsOnly() || history.totals() == FollowerHistory.Totals.RELATIVE || start == null
				|| end == null) {
			return null;
		}
		FollowerHistory.Bound startBound = history.bound(from.minusDays(1));
		FollowerHistory.Bound endBound = history.bound(to);
		if (startBound == FollowerHistory.Bound.EXACT && endBound == FollowerHistory.Bound.EXACT) {
			return null;
		}
		List<String> figures = new ArrayList<>();
		figures.add("followers at start " + bounded(startBound, start));
		figures.add("followers at end " + bounded(endBound, end));
		figures.add("growth (reported) " + bounded(FollowerHistory.Bound.AT_MOST, end - start));
		if (cleanStart != null && cleanEnd != null) {
			figures.add("clean followers at start " + bounded(startBound, cleanStart));
			figures.add("growth (clean) " + bounded(FollowerHistory.Bound.AT_MOST, cleanEnd - cleanStart));
		}
		String pins = String.join(", ", history.pins().stream().map(LocalDate::toString).toList());
		return new ReportModel.Flag(BOUNDS, from, to, "The export counts new follows but no unfollows, so totals carried "
				+ "from the known total" + (history.pins().size() == 1 ? " of " : "s of ") + pins
				+ " (an exported total, a follower list or the definition's anchor) are bounds: " + String.join(", ", figures)
				+ ".");
	}

	private static String bounded(FollowerHistory.Bound bound, long value) {
		String figure = String.format(Locale.ROOT, "%,d", value);
		return switch (bound) {
			case EXACT -> figure;
			case AT_LEAST -> "at least " + figure;
			case AT_MOST -> "at most " + figure;
		};
	}

	/** Clean followers at the start of the range: the first day's suspect share applied to the start total. */
	private static Long cleanBefore(Map<LocalDate, QualityDay> days, LocalDate from, Long start) {
		QualityDay first = days.get(from);
		if (first == null || start == null || first.reported() == null || first.clean() == null
				|| first.reported() == 0) {
			return null;
		}
		long suspect = first.reported() - first.clean();
		return Math.max(0, start - suspect);
	}

	private static Long clean(QualityDay day) {
		return day == null ? null : day.clean();
	}

	private static Long difference(Long start, Long end) {
		return start == null || end == null ? null : end - start;
	}

	private static List<String> notes(List<ReportModel.InputFile> files) {
		List<String> notes = new ArrayList<>();
		long unusable = files.stream().filter(f -> !"OK".equals(f.status()) && !"UNCHANGED".equals(f.status())).count();
		if (unusable > 0) {
			notes.add(unusable + " input file(s) could not be used; see the Data quality sheet.");
		}
		return notes;
	}

	private static ReportModel.Run runInfo(RunContext run, JobDefinition definition) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("definition", run.parameters().definition().toString());
		parameters.put("from", run.from().toString());
		parameters.put("to", run.to().toString());
		if (run.parameters().asOf() != null) {
			parameters.put("asOf", run.parameters().asOf().toString());
		}
		parameters.put("revision", Long.toString(run.parameters().revision()));
		parameters.put("run id", Long.toString(run.runId()));
		return new ReportModel.Run(definition.name(), definition.file().toString(), read(definition.file()),
				run.from(), run.to(), parameters, version(), Instant.now(), definition.currency());
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String version() {
		String version = ReportAssembler.class.getPackage().getImplementationVersion();
		return "TrueReach " + (version == null ? "0.1.0" : version);
	}

}
