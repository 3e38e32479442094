package com.truereach.conversion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Does a daily driver (follower gains, interactions) go with revenue some days later? For every
 * lag 0..{@value #MAX_LAG} days the pairs (x on day t, revenue on day t + lag) are formed from the
 * days where both are known, and Pearson's r, Spearman's rho, their two-sided p-values and a 95%
 * confidence interval for r are computed:
 * <ul>
 * <li>Pearson r = sum((x - mean x)(y - mean y)) / sqrt(sum((x - mean x)^2) sum((y - mean y)^2));</li>
 * <li>p from t = r sqrt((n - 2) / (1 - r^2)) with n - 2 degrees of freedom (Student's t);</li>
 * <li>95% interval by Fisher's z: tanh(atanh(r) -/+ 1.959964 / sqrt(n - 3));</li>
 * <li>Spearman rho = Pearson r of the ranks (tied values get the mean of their ranks), p by the
 * same t approximation.</li>
 * </ul>
 * A lag with fewer than {@value #MIN_N} pairs is "too little data" and gets no statistics; a
 * series that does not vary gets none either (r is undefined). The best lag is the one with the
 * largest |r| among lags whose Pearson p is under {@value #ALPHA} divided by the 15 lags tried
 * (Bonferroni): by chance alone one of 15 independent tests falls under 0.05 about half the time
 * (1 - 0.95^15 = 0.54), so an uncorrected best lag would often be noise. Each lag's own p-value is
 * shown uncorrected.
 */
public final class LaggedCorrelation {

	public static final int MAX_LAG = 14;

	public static final int MIN_N = 10;

	public static final double ALPHA = 0.05;

	private static final double Z_975 = 1.959963984540054;

	private LaggedCorrelation() {
	}

	/** One lag: pairs used and the statistics (null when too little data or no variation). */
	public record Lag(int lag, int n, Double pearson, Double pearsonP, Double pearsonLow, Double pearsonHigh,
			Double spearman, Double spearmanP) {

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

	/** All lags of one driver, the best lag (null when none is significant) and a plain-words summary. */
	public record Result(String driver, List<Lag> lags, Lag best, String summary) {

		public boolean tooLittleData() {
			return lags.stream().allMatch(Lag::tooLittleData);
		}
	}

	/**
	 * @param driver what x is, in words ("engagement")
	 * @param x the driver per day; days without a value are left out
	 * @param y revenue per day; every day of the range should be present (zero on days without sales)
	 */
	public static Result compute(String driver, Map<LocalDate, ? extends Number> x, Map<LocalDate, ? extends Number> y) {
		List<Lag> lags = new ArrayList<>();
		for (int lag = 0; lag <= MAX_LAG; lag++) {
			List<double[]> pairs = new ArrayList<>();
			for (Map.Entry<LocalDate, ? extends Number> e : x.entrySet()) {
				Number later = y.get(e.getKey().plusDays(lag));
				if (e.getValue() != null && later != null) {
					pairs.add(new double[] { e.getValue().doubleValue(), later.doubleValue() });
				}
			}
			lags.add(lag(lag, pairs));
		}
		Lag best = lags.stream()
			.filter(Lag::significantAcrossLags)
			.max(Comparator.comparingDouble((Lag l) -> Math.abs(l.pearson())).thenComparing(l -> -l.lag()))
			.orElse(null);
		return new Result(driver, List.copyOf(lags), best, summary(lags, best));
	}

	private static Lag lag(int lag, List<double[]> pairs) {
		int n = pairs.size();
		if (n < MIN_N) {
			return new Lag(lag, n, null, null, null, null, null, null);
		}
		double[] a = pairs.stream().mapToDouble(p -> p[0]).toArray();
		double[] b = pairs.stream().mapToDouble(p -> p[1]).toArray();
		double r = pearson(a, b);
		if (Double.isNaN(r)) {
			return new Lag(lag, n, null, null, null, null, null, null);
		}
		double rho = pearson(ranks(a), ranks(b));
		double[] ci = fisherInterval(r, n);
		return new Lag(lag, n, r, pValue(r, n), ci[0], ci[1], rho, pValue(rho, n));
	}

	/** Pearson's r, two-pass; NaN when either series does not vary. */
	static double pearson(double[] a, double[] b) {
		double meanA = Arrays.stream(a).average().orElse(Double.NaN);
		double meanB = Arrays.stream(b).average().orElse(Double.NaN);
		double sab = 0;
		double saa = 0;
		double sbb = 0;
		for (int i = 0; i < a.length; i++) {
			double da = a[i] - meanA;
			double db = b[i] - meanB;
			sab += da * db;
			saa += da * da;
			sbb += db * db;
		}
		if (saa == 0 || sbb == 0) {
			return Double.NaN;
		}
		return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
	}

	/** 1-based ranks; tied values share the mean of the ranks they span. */
	static double[] ranks(double[] values) {
		Integer[] order = new Integer[values.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
		double[] ranks = new double[values.length];
		int i = 0;
		while (i < order.length) {
			int j = i;
			while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
				j++;
			}
			double mean = (i + j) / 2.0 + 1;
			for (int k = i; k <= j; k++) {
				ranks[order[k]] = mean;
			}
			i = j + 1;
		}
		return ranks;
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

	/** "leads revenue by 2 days (r = 0.41, p < 0.01)", "shows no relation to revenue", "has too little data...". */
	static String summary(List<Lag> lags, Lag best) {
		if (lags.stream().allMatch(Lag::tooLittleData)) {
			int most = lags.stream().mapToInt(Lag::n).max().orElse(0);
			return "has too little data to judge (" + most + " paired days, " + MIN_N + " needed)";
		}
		if (lags.stream().allMatch(l -> l.pearson() == null)) {
			return "cannot be related to revenue: it or revenue does not vary over the range";
		}
		if (best == null) {
			return "shows no relation to revenue (no lag from 0 to " + MAX_LAG + " days with p < " + ALPHA + " / "
					+ (MAX_LAG + 1) + ")";
		}
		String stats = "r = " + String.format(Locale.ROOT, "%.2f", best.pearson()) + ", " + p(best.pearsonP());
		if (best.pearson() < 0) {
			return best.lag() == 0 ? "moves against revenue on the same day (" + stats + ")"
					: "is followed by lower revenue " + days(best.lag()) + " later (" + stats + ")";
		}
		return best.lag() == 0 ? "moves with revenue on the same day (" + stats + ")"
				: "leads revenue by " + days(best.lag()) + " (" + stats + ")";
	}

	private static String days(int lag) {
		return lag == 1 ? "1 day" : lag + " days";
	}

	/** p < 0.001, p < 0.01, else p = 0.034. */
	static String p(double p) {
		if (p < 0.001) {
			return "p < 0.001";
		}
		if (p < 0.01) {
			return "p < 0.01";
		}
		return "p = " + String.format(Locale.ROOT, "%.3f", p);
	}
}
