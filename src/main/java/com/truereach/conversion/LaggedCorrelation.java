package com.truereach.conversion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Does a daily driver (follower gains, interactions) go with revenue some days later? Two tables
 * of lags 0..{@value #MAX_LAG} are computed, with Pearson's r, Spearman's rho (tied values share
 * their mean rank), their two-sided p-values (Student's t with n - 2 degrees of freedom) and a 95%
 * interval for r by Fisher's z:
 * <ul>
 * <li>{@code lags}: the series as they are, for the analyst to see;</li>
 * <li>{@code adjusted}: both series with their weekday means and linear trend removed
 * ({@link SeasonalTrend}), then prewhitened with an autoregressive model of the driver
 * ({@link ArFilter}), with a p across lags by permutation ({@link LagPermutation}). Daily series
 * trend and echo themselves; as independent pairs they look related far more often than 5% of the
 * time when they are not. The verdict rests on this table only.</li>
 * </ul>
 * A relation is claimed at the lag with the largest |r| among adjusted lags with p across lags
 * under {@value #ALPHA} (divided by the number of drivers the verdict judges), and only when it is
 * not carried by a few days: without the {@value #INFLUENTIAL} pairs that support it most, r must
 * keep its sign with p under {@value #ALPHA}, and Spearman's rho on the same pairs must agree (same
 * sign, p under {@value #ALPHA}). Otherwise the verdict names the days it rests on. Formulas:
 * {@code formulas/conversion.md}; why: docs/methods.md, "Followers and revenue".
 */
public final class LaggedCorrelation {

	public static final int MAX_LAG = 14;

	/** Pairs a lag needs for statistics. */
	public static final int MIN_N = 10;

	/** Days with both series known that a verdict needs: four weeks, so every weekday is seen four times. */
	public static final int MIN_DAYS = 28;

	public static final double ALPHA = 0.05;

	/** Shuffles of the permutation test when it does not stop early ({@link LagPermutation}). */
	public static final int SHUFFLES = LagPermutation.PERMUTATIONS;

	/** Shuffles reaching the strongest lag after which the permutation test stops ({@link LagPermutation}). */
	public static final int EXCEEDANCES = LagPermutation.EXCEEDANCES;

	/** How many of the most supporting days a relation must survive without. */
	public static final int INFLUENTIAL = 3;

	/** Influential days closer together than this are named as "days around" one of them. */
	private static final int CLUSTER_DAYS = 7;

	private static final double Z_975 = new NormalDistribution().inverseCumulativeProbability(0.975);

	private LaggedCorrelation() {
	}

	/**
	 * One lag: pairs used and the statistics (null when too little data or no variation);
	 * {@code pAcrossLags}, on adjusted lags only, is the permutation p that allows for every lag
	 * having been tried ({@link LagPermutation}).
	 */
	public record Lag(int lag, int n, Double pearson, Double pearsonP, Double pearsonLow, Double pearsonHigh,
			Double spearman, Double spearmanP, Double pAcrossLags) {

		Lag withPAcrossLags(double p) {
			return new Lag(lag, n, pearson, pearsonP, pearsonLow, pearsonHigh, spearman, spearmanP,
					Double.isNaN(p) ? null : p);
		}

		public boolean tooLittleData() {
			return n < MIN_N;
		}

		public boolean significant() {
			return pearsonP != null && pearsonP < ALPHA;
		}

		/** Significant after the Bonferroni correction for trying every lag from 0 to {@value #MAX_LAG}. */
		public boolean significantAcrossLags() {
			return pearsonP != null && pearsonP < ALPHA / (MAX_LAG + 1);
		}
	}

	/** What the adjusted table says. */
	public enum Finding {
		TOO_LITTLE_DATA, NO_VARIATION, NO_RELATION, RESTS_ON_FEW_DAYS, RELATION
	}

	/**
	 * All lags of one driver as the series are and adjusted, the order of the prewhitening model,
	 * the shuffles the p across lags come from ({@link LagPermutation}: {@value LagPermutation#PERMUTATIONS},
	 * fewer when they stopped early, 0 without an adjusted table), the finding, the adjusted lag a relation is claimed at (null unless {@code RELATION}), the
	 * days an apparent relation rests on (only for {@code RESTS_ON_FEW_DAYS}) and the finding in
	 * plain words, without statistics.
	 */
	public record Result(String driver, List<Lag> lags, List<Lag> adjusted, int arOrder, int shuffles, Finding finding,
			Lag best, List<LocalDate> restsOn, String summary) {

		public Result {
			lags = List.copyOf(lags);
			adjusted = List.copyOf(adjusted);
			restsOn = List.copyOf(restsOn);
		}

		/** The same result for another driver with the very same days and values. */
		Result as(String otherDriver) {
			return new Result(otherDriver, lags, adjusted, arOrder, shuffles, finding, best, restsOn, summary);
		}

		public boolean tooLittleData() {
			return finding == Finding.TOO_LITTLE_DATA;
		}

		public boolean claimsRelation() {
			return finding == Finding.RELATION;
		}
	}

	/**
	 * @param driver what x is, in words ("engagement")
	 * @param x the driver per day; days without a value are left out
	 * @param y revenue per day; every day of the range should be present (zero on days without sales)
	 */
	public static Result compute(String driver, Map<LocalDate, ? extends Number> x, Map<LocalDate, ? extends Number> y) {
		return compute(driver, x, y, 1);
	}

	/**
	 * @param drivers how many drivers one verdict judges against the same revenue: a relation needs
	 * p across lags under {@value #ALPHA} / drivers (Bonferroni over the drivers), so that the whole
	 * verdict, not each of its parts, claims a relation that is not there at most {@value #ALPHA} of
	 * the time
	 */
	public static Result compute(String driver, Map<LocalDate, ? extends Number> x, Map<LocalDate, ? extends Number> y,
			int drivers) {
		return compute(driver, x, new Revenue(y), drivers);
	}

	/**
	 * Revenue per day and what each driver's analysis takes from it alone (its days as an array,
	 * its weekday and trend fit), worked out once for all the drivers judged against it.
	 */
	public static final class Revenue {

		private final Map<LocalDate, ? extends Number> days;

		private LocalDate first;

		private LocalDate last;

		private double[] values;

		private SeasonalTrend trend;

		/** @param days revenue per day; every day of the range should be present (zero on days without sales) */
		public Revenue(Map<LocalDate, ? extends Number> days) {
			this.days = days;
		}

		private double[] values(LocalDate from, LocalDate to) {
			if (!from.equals(first) || !to.equals(last)) {
				first = from;
				last = to;
				values = LaggedCorrelation.values(days, from, to);
				trend = null;
			}
			return values;
		}

		private SeasonalTrend trend() {
			if (trend == null) {
				trend = SeasonalTrend.of(first, values);
			}
			return trend;
		}
	}

	/** As {@link #compute(String, Map, Map, int)}, with the revenue prepared once for several drivers. */
	public static Result compute(String driver, Map<LocalDate, ? extends Number> x, Revenue y, int drivers) {
		LocalDate first = Stream.concat(x.keySet().stream(), y.days.keySet().stream())
			.min(Comparator.naturalOrder())
			.orElse(LocalDate.EPOCH);
		LocalDate last = Stream.concat(x.keySet().stream(), y.days.keySet().stream())
			.max(Comparator.naturalOrder())
			.orElse(first.minusDays(1));
		double[] xs = values(x, first, last);
		double[] ys = y.values(first, last);
		List<Lag> lags = table(xs, ys);
		int paired = pairedDays(xs, ys, 0).length;
		if (paired < MIN_DAYS) {
			return new Result(driver, lags, List.of(), 0, 0, Finding.TOO_LITTLE_DATA, null, List.of(),
					"has too little data to judge (" + paired + " paired days, " + MIN_DAYS + " needed)");
		}
		SeasonalTrend sx = SeasonalTrend.of(first, xs);
		SeasonalTrend sy = y.trend();
		double[] rx = sx.residuals();
		double[] ry = sy.residuals();
		if (!variesBeyondFit(rx, xs) || !variesBeyondFit(ry, ys)) {
			return new Result(driver, lags, List.of(), 0, 0, Finding.NO_VARIATION, null, List.of(),
					"cannot be related to revenue: it or revenue does not vary beyond a steady trend and weekday pattern");
		}
		ArFilter ar = ArFilter.fitByAic(sx.withoutOutliers());
		double[] fx = ar.apply(rx, sx.outliers());
		double[] fy = ar.apply(ry, sy.outliers());
		List<Lag> unpermuted = table(fx, fy);
		LagPermutation.Result permutation = LagPermutation.pAcrossLags(fx, fy,
				unpermuted.stream().mapToDouble(l -> l.pearson() == null ? Double.NaN : Math.abs(l.pearson())).toArray());
		List<Lag> adjusted = unpermuted.stream().map(l -> l.withPAcrossLags(permutation.p()[l.lag()])).toList();
		int shuffles = permutation.shuffles();
		List<Lag> candidates = adjusted.stream()
			.filter(l -> l.pAcrossLags() != null && l.pAcrossLags() < ALPHA / drivers)
			.sorted(Comparator.comparingDouble((Lag l) -> -Math.abs(l.pearson())).thenComparingInt(Lag::lag))
			.toList();
		if (candidates.isEmpty()) {
			return new Result(driver, lags, adjusted, ar.order(), shuffles, Finding.NO_RELATION, null, List.of(),
					"shows no relation to revenue");
		}
		for (Lag candidate : candidates) {
			boolean[] outlying = outlying(pairs(fx, fy, candidate.lag()), candidate.lag(), sx.outliers(), sy.outliers());
			if (robust(pairs(fx, fy, candidate.lag()), candidate.pearson(), outlying, ALPHA / drivers / (MAX_LAG + 1))) {
				return new Result(driver, lags, adjusted, ar.order(), shuffles, Finding.RELATION, candidate, List.of(),
						relation(candidate));
			}
		}
		Lag strongest = candidates.get(0);
		List<LocalDate> days = Arrays.stream(influential(pairs(fx, fy, strongest.lag()), strongest.pearson()))
			.mapToObj(t -> first.plusDays(t))
			.toList();
		return new Result(driver, lags, adjusted, ar.order(), shuffles, Finding.RESTS_ON_FEW_DAYS, null, days,
				"shows no lasting relation to revenue: an apparent one rests on " + days(days));
	}

	/** Per lag L = 0 .. {@value #MAX_LAG}: the pairs (x on day t, y on day t + L) with both known. */
	private static List<Lag> table(double[] xs, double[] ys) {
		SortedSeries sortedX = new SortedSeries(xs);
		SortedSeries sortedY = new SortedSeries(ys);
		List<Lag> lags = new ArrayList<>();
		for (int lag = 0; lag <= MAX_LAG; lag++) {
			lags.add(lag(lag, xs, ys, sortedX, sortedY));
		}
		return lags;
	}

	/** {t, x[t], y[t + lag]} for every t where both are known. */
	private static double[][] pairs(double[] xs, double[] ys, int lag) {
		return IntStream.range(0, Math.max(0, xs.length - lag))
			.filter(t -> !Double.isNaN(xs[t]) && !Double.isNaN(ys[t + lag]))
			.mapToObj(t -> new double[] { t, xs[t], ys[t + lag] })
			.toArray(double[][]::new);
	}

	/** The days t where x[t] and y[t + lag] are both known. */
	private static int[] pairedDays(double[] xs, double[] ys, int lag) {
		int[] days = new int[Math.max(0, xs.length - lag)];
		int n = 0;
		for (int t = 0; t < days.length; t++) {
			if (!Double.isNaN(xs[t]) && !Double.isNaN(ys[t + lag])) {
				days[n++] = t;
			}
		}
		return Arrays.copyOf(days, n);
	}

	private static double[] column(double[][] pairs, int column) {
		return Arrays.stream(pairs).mapToDouble(p -> p[column]).toArray();
	}

	/**
	 * Spearman's rho is Pearson's r of the ranks, as commons-math3's {@code SpearmansCorrelation}
	 * computes it; the ranks come from the series sorted once ({@link SortedSeries}).
	 */
	private static Lag lag(int lag, double[] xs, double[] ys, SortedSeries x, SortedSeries y) {
		int[] days = pairedDays(xs, ys, lag);
		int n = days.length;
		double[] a = new double[n];
		double[] b = new double[n];
		int[] later = new int[n];
		for (int i = 0; i < n; i++) {
			later[i] = days[i] + lag;
			a[i] = xs[days[i]];
			b[i] = ys[later[i]];
		}
		if (n < MIN_N || !varies(a) || !varies(b)) {
			return new Lag(lag, n, null, null, null, null, null, null, null);
		}
		double r = pearson(a, b);
		double rho = pearson(x.ranks(days), y.ranks(later));
		double[] ci = fisherInterval(r, n);
		return new Lag(lag, n, r, pValue(r, n), ci[0], ci[1], rho, pValue(rho, n), null);
	}

	/** Not every value the same. */
	private static boolean varies(double[] values) {
		for (double v : values) {
			if (v != values[0]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Pearson's r of two series that vary, by the two-pass formula (the means first, then the sums
	 * of products of deviations), which loses no digits to large means; kept within [-1, 1].
	 */
	static double pearson(double[] a, double[] b) {
		int n = a.length;
		double sumA = 0;
		double sumB = 0;
		for (int i = 0; i < n; i++) {
			sumA += a[i];
			sumB += b[i];
		}
		double meanA = sumA / n;
		double meanB = sumB / n;
		double aa = 0;
		double bb = 0;
		double ab = 0;
		for (int i = 0; i < n; i++) {
			double da = a[i] - meanA;
			double db = b[i] - meanB;
			aa += da * da;
			bb += db * db;
			ab += da * db;
		}
		return Math.max(-1, Math.min(1, ab / Math.sqrt(aa * bb)));
	}

	/** Two-sided p of a correlation under no relation: t = r sqrt((n-2)/(1-r^2)), df = n - 2. */
	static double pValue(double r, int n) {
		double oneMinus = 1 - r * r;
		if (oneMinus <= 0) {
			return 0;
		}
		double t = Math.abs(r) * Math.sqrt((n - 2) / oneMinus);
		return 2 * new TDistribution(null, n - 2).cumulativeProbability(-t);
	}

	/** 95% interval of r by Fisher's z transform. */
	static double[] fisherInterval(double r, int n) {
		double z = 0.5 * Math.log((1 + r) / (1 - r));
		double half = Z_975 / Math.sqrt(n - 3);
		return new double[] { Math.tanh(z - half), Math.tanh(z + half) };
	}

	/**
	 * A relation holds when it keeps its sign and p < {@value #ALPHA} without the
	 * {@value #INFLUENTIAL} pairs that support it most, and Spearman's rho on all the pairs has the
	 * same sign with p < {@value #ALPHA}.
	 */
	private static boolean robust(double[][] pairs, double r, boolean[] outlying, double alpha) {
		double[] a = column(pairs, 1);
		double[] b = column(pairs, 2);
		double rho = new SpearmansCorrelation().correlation(a, b);
		if (Math.signum(rho) != Math.signum(r) || pValue(rho, a.length) >= alpha) {
			return false;
		}
		List<Integer> supporting = Arrays.stream(mostSupporting(a, b, r)).boxed().toList();
		int[] kept = IntStream.range(0, a.length).filter(i -> !supporting.contains(i) && !outlying[i]).toArray();
		double[] keptA = Arrays.stream(kept).mapToDouble(i -> a[i]).toArray();
		double[] keptB = Arrays.stream(kept).mapToDouble(i -> b[i]).toArray();
		if (keptA.length < MIN_N || !varies(keptA) || !varies(keptB)) {
			return false;
		}
		double without = pearson(keptA, keptB);
		return Math.signum(without) == Math.signum(r) && pValue(without, keptA.length) < alpha;
	}

	/**
	 * Per pair: is its driver day or its revenue day an outlier, in the series as fitted
	 * ({@link SeasonalTrend}) or once prewhitened (further than {@value SeasonalTrend#OUTLIER}
	 * robust standard deviations from the median: the tail of a viral week)?
	 */
	private static boolean[] outlying(double[][] pairs, int lag, boolean[] driver, boolean[] revenue) {
		boolean[] a = SeasonalTrend.outlying(column(pairs, 1));
		boolean[] b = SeasonalTrend.outlying(column(pairs, 2));
		boolean[] outlying = new boolean[pairs.length];
		for (int i = 0; i < pairs.length; i++) {
			int t = (int) pairs[i][0];
			outlying[i] = driver[t] || revenue[t + lag] || a[i] || b[i];
		}
		return outlying;
	}

	/** The days (t) of the {@value #INFLUENTIAL} pairs that support r most, most supporting first. */
	private static int[] influential(double[][] pairs, double r) {
		return Arrays.stream(mostSupporting(column(pairs, 1), column(pairs, 2), r))
			.map(i -> (int) pairs[i][0])
			.toArray();
	}

	/**
	 * Indexes of the {@value #INFLUENTIAL} pairs with the largest product of standardised values in
	 * the direction of r: r is the mean of these products, so they are the pairs it rests on.
	 */
	private static int[] mostSupporting(double[] a, double[] b, double r) {
		double meanA = StatUtils.mean(a);
		double meanB = StatUtils.mean(b);
		double sdA = Math.sqrt(StatUtils.variance(a));
		double sdB = Math.sqrt(StatUtils.variance(b));
		double sign = Math.signum(r);
		return IntStream.range(0, a.length)
			.boxed()
			.sorted(Comparator.comparingDouble(i -> -sign * (a[i] - meanA) / sdA * (b[i] - meanB) / sdB))
			.limit(INFLUENTIAL)
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/** "3 days around 2026-09-15" when they lie within a week, else "3 days: 2026-08-01, 2026-09-15 and 2026-10-10". */
	private static String days(List<LocalDate> days) {
		List<LocalDate> sorted = days.stream().sorted().toList();
		String count = sorted.size() == 1 ? "1 day" : sorted.size() + " days";
		if (ChronoUnit.DAYS.between(sorted.get(0), sorted.get(sorted.size() - 1)) < CLUSTER_DAYS) {
			return count + " around " + days.get(0);
		}
		List<String> named = sorted.stream().map(LocalDate::toString).toList();
		return count + ": " + String.join(", ", named.subList(0, named.size() - 1)) + " and "
				+ named.get(named.size() - 1);
	}

	/** "leads revenue by 2 days", "moves with revenue on the same day", "is followed by lower revenue 3 days later". */
	private static String relation(Lag best) {
		String after = best.lag() == 1 ? "1 day" : best.lag() + " days";
		if (best.pearson() < 0) {
			return best.lag() == 0 ? "moves against revenue on the same day"
					: "is followed by lower revenue " + after + " later";
		}
		return best.lag() == 0 ? "moves with revenue on the same day" : "leads revenue by " + after;
	}

	/** A series that is all trend and weekday leaves residuals at rounding level. */
	private static boolean variesBeyondFit(double[] residuals, double[] values) {
		double left = Arrays.stream(residuals).filter(v -> !Double.isNaN(v)).map(v -> v * v).sum();
		double total = Arrays.stream(values).filter(v -> !Double.isNaN(v)).map(v -> v * v).sum();
		return left > 1e-12 * total;
	}

	private static double[] values(Map<LocalDate, ? extends Number> series, LocalDate first, LocalDate last) {
		double[] values = new double[(int) ChronoUnit.DAYS.between(first, last) + 1];
		Arrays.fill(values, Double.NaN);
		series.forEach((day, value) -> {
			if (value != null) {
				values[(int) ChronoUnit.DAYS.between(first, day)] = value.doubleValue();
			}
		});
		return values;
	}
}
