package com.truereach.conversion;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Did a growth episode (followers bought, a spike) bring revenue? The account's revenue in the
 * {@value #AFTER_DAYS} days from the episode's first day is compared with a counterfactual: what
 * those days would have brought had the revenue gone on as before, predicted by an ordinary least
 * squares regression fitted on the days before the episode (at most {@value #MAX_BEFORE_DAYS}, at
 * least {@value #MIN_BEFORE_DAYS}) with an intercept, a linear trend, six day-of-week indicators and,
 * where it varies, the revenue of everything else in the same currency (other accounts and
 * unattributed) as a control. It is the regression part of Brodersen et al. (2015) without the
 * Bayesian state: {@code formulas/conversion.md} "Revenue impact of a growth episode" gives the
 * formulas and why the interval holds parameter uncertainty, residual noise and, where the
 * residuals show it, their lag-1 autocorrelation.
 */
public final class EpisodeImpact {

	public static final int AFTER_DAYS = 28;

	/** Six weeks: six observations of each weekday for the 8 or 9 coefficients. */
	public static final int MIN_BEFORE_DAYS = 42;

	/** Thirteen weeks: long enough for the weekday pattern, short enough for a straight trend. */
	public static final int MAX_BEFORE_DAYS = 91;

	private static final double LEVEL = 0.95;

	/** Beyond this the AR(1) inflation would be a guess on a near random walk. */
	private static final double MAX_RHO = 0.9;

	private EpisodeImpact() {
	}

	/**
	 * A flagged episode: {@code kind} in words ("bought followers"), its days, the followers it
	 * brought (null when not estimated) and what they cost (null when the definition gives no price).
	 */
	public record Episode(Kind kind, LocalDate from, LocalDate to, Long followers, BigDecimal cost,
			String costCurrency) {

		/**
		 * Followers bought on {@code from .. to}: they cost {@code pricePer1000} x {@code followers} / 1,000
		 * in {@code currency} (the report currency), unknown without a price or a count.
		 */
		public static Episode bought(LocalDate from, LocalDate to, Long followers, BigDecimal pricePer1000,
				String currency) {
			BigDecimal cost = followers == null || pricePer1000 == null ? null
					: pricePer1000.multiply(BigDecimal.valueOf(followers)).movePointLeft(3);
			return new Episode(Kind.BOUGHT, from, to, followers, cost, currency == null ? "" : currency);
		}

		/** An organic spike of {@code gain} followers (null when not estimated): it cost nothing. */
		public static Episode spike(LocalDate from, LocalDate to, Long gain, String currency) {
			return new Episode(Kind.SPIKE, from, to, gain, null, currency == null ? "" : currency);
		}
	}

	/** What made the episode. */
	public enum Kind {
		BOUGHT, SPIKE
	}

	/**
	 * The estimate, or the reason there is none ({@code reason} not null, numbers null). Sums are
	 * over {@code afterFrom .. afterTo}; {@code low .. high} is the 95% prediction interval of the
	 * expected sum, {@code liftLow .. liftHigh} that of observed - expected. {@code rho} is the lag-1
	 * autocorrelation of the fit's residuals; {@code autocorrelated} says whether the interval was
	 * widened for it.
	 */
	public record Result(Episode episode, String currency, LocalDate beforeFrom, LocalDate beforeTo,
			LocalDate afterFrom, LocalDate afterTo, Double observed, Double expected, Double low, Double high,
			Double lift, Double liftLow, Double liftHigh, Integer beforeDays, Boolean control, Double rho,
			Boolean autocorrelated, String reason, String sentence) {

		public boolean estimated() {
			return reason == null;
		}

		/** What the estimate rests on, for the analyst who must defend it; null when there is none. */
		public String basis() {
			if (!estimated()) {
				return null;
			}
			return String.format(Locale.ROOT,
					"fitted on %d days before (%s to %s) with trend and weekday%s; residual lag-1 autocorrelation %.2f%s",
					beforeDays, beforeFrom, beforeTo,
					control ? " and the rest of the " + (currency.isEmpty() ? "" : currency + " ") + "revenue as control" : "",
					rho, autocorrelated ? ", the interval widened for it (AR(1))" : ", none to allow for");
		}
	}

	/**
	 * @param revenue the account's net revenue per day; a day without an entry inside
	 *     {@code known} had none
	 * @param others everything else's net revenue per day in the same currency (empty when there is none)
	 * @param knownFrom the first day revenue is known for (the earliest stored revenue day)
	 * @param knownTo the last day that may be used (the end of the report range)
	 * @param earlier first days of the account's earlier episodes: the days before the episode
	 *     start after the latest one's {@value #AFTER_DAYS} days, so one episode is not the
	 *     other's baseline
	 */
	public static Result estimate(Episode episode, String currency, Map<LocalDate, Double> revenue,
			Map<LocalDate, Double> others, LocalDate knownFrom, LocalDate knownTo, List<LocalDate> earlier) {
		LocalDate afterFrom = episode.from();
		LocalDate afterTo = afterFrom.plusDays(AFTER_DAYS - 1);
		LocalDate beforeTo = afterFrom.minusDays(1);
		LocalDate beforeFrom = afterFrom.minusDays(MAX_BEFORE_DAYS);
		if (knownFrom.isAfter(beforeFrom)) {
			beforeFrom = knownFrom;
		}
		for (LocalDate start : earlier) {
			LocalDate clear = start.plusDays(AFTER_DAYS);
			if (start.isBefore(afterFrom) && clear.isAfter(beforeFrom)) {
				beforeFrom = clear;
			}
		}
		int before = (int) Math.max(0, ChronoUnit.DAYS.between(beforeFrom, afterFrom));
		if (afterTo.isAfter(knownTo)) {
			long held = Math.max(0, ChronoUnit.DAYS.between(afterFrom, knownTo) + 1);
			return refused(episode, currency, beforeFrom, beforeTo, afterFrom, afterTo, before,
					"the range ends on " + knownTo + ", " + held + " day" + (held == 1 ? "" : "s")
							+ " into the episode; its revenue impact needs the " + AFTER_DAYS + " days to " + afterTo);
		}
		if (before < MIN_BEFORE_DAYS) {
			return refused(episode, currency, beforeFrom, beforeTo, afterFrom, afterTo, before,
					"only " + before + " day" + (before == 1 ? "" : "s") + " of revenue before the episode"
							+ (before > 0 ? " (from " + beforeFrom + ")" : "") + "; its revenue impact needs at least "
							+ MIN_BEFORE_DAYS + " to learn the usual revenue from");
		}
		double[] y = new double[before];
		double[] control = new double[before];
		double[] controlAfter = new double[AFTER_DAYS];
		for (int i = 0; i < before; i++) {
			LocalDate day = beforeFrom.plusDays(i);
			y[i] = revenue.getOrDefault(day, 0.0);
			control[i] = others.getOrDefault(day, 0.0);
		}
		double observed = 0;
		for (int j = 0; j < AFTER_DAYS; j++) {
			LocalDate day = afterFrom.plusDays(j);
			observed += revenue.getOrDefault(day, 0.0);
			controlAfter[j] = others.getOrDefault(day, 0.0);
		}
		boolean useControl = varies(control);
		Fit fit;
		try {
			fit = Fit.of(y, beforeFrom, useControl ? control : null);
		}
		catch (SingularMatrixException ex) {
			return refused(episode, currency, beforeFrom, beforeTo, afterFrom, afterTo, before,
					"the revenue before the episode cannot be fitted (its weekday, trend and control columns are not independent)");
		}
		double[] a = fit.afterSum(afterFrom, useControl ? controlAfter : null);
		double expected = dot(a, fit.beta);
		double rho = unbiased(fit.residualAutocorrelation(), before);
		boolean autocorrelated = rho > 0;
		double r = autocorrelated ? Math.min(rho, MAX_RHO) : 0;
		double parameterPart = quadratic(fit.inverse, a) * (1 + r) / (1 - r);
		double noisePart = sumVariance(AFTER_DAYS, r);
		double sd = Math.sqrt(fit.sigma2 * (parameterPart + noisePart));
		double t = new TDistribution(fit.degrees).inverseCumulativeProbability(0.5 + LEVEL / 2);
		double low = expected - t * sd;
		double high = expected + t * sd;
		double lift = observed - expected;
		Result partial = new Result(episode, currency, beforeFrom, beforeTo, afterFrom, afterTo, observed, expected, low,
				high, lift, observed - high, observed - low, before, useControl, rho, autocorrelated, null, null);
		return withSentence(partial, ImpactSentence.of(partial));
	}

	/**
	 * The lag-1 autocorrelation of a series of {@code n} with its bias taken out: a sample's r
	 * falls short of the true rho by about (1 + 3 rho) / n (Kendall 1954), so rho = (r + 1 / n) / (1 - 3 / n).
	 */
	static double unbiased(double r, int n) {
		return (r + 1.0 / n) / (1 - 3.0 / n);
	}

	/**
	 * Variance of a sum of {@code h} consecutive AR(1) errors in units of their marginal variance:
	 * h + 2 sum_{k=1}^{h-1} (h - k) r^k; h when r = 0.
	 */
	static double sumVariance(int h, double r) {
		double sum = h;
		double power = 1;
		for (int k = 1; k < h; k++) {
			power *= r;
			sum += 2 * (h - k) * power;
		}
		return sum;
	}

	private static Result withSentence(Result r, String sentence) {
		return new Result(r.episode(), r.currency(), r.beforeFrom(), r.beforeTo(), r.afterFrom(), r.afterTo(),
				r.observed(), r.expected(), r.low(), r.high(), r.lift(), r.liftLow(), r.liftHigh(), r.beforeDays(),
				r.control(), r.rho(), r.autocorrelated(), r.reason(), sentence);
	}

	private static Result refused(Episode episode, String currency, LocalDate beforeFrom, LocalDate beforeTo,
			LocalDate afterFrom, LocalDate afterTo, int before, String reason) {
		Result partial = new Result(episode, currency, beforeFrom, beforeTo, afterFrom, afterTo, null, null, null, null,
				null, null, null, before, null, null, null, reason, null);
		return withSentence(partial, ImpactSentence.of(partial));
	}

	private static boolean varies(double[] values) {
		for (double v : values) {
			if (v != values[0]) {
				return true;
			}
		}
		return false;
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private static double quadratic(RealMatrix m, double[] a) {
		return dot(a, m.operate(a));
	}

	/** The regression on the days before: coefficients, (X'X)^-1, residual variance and residuals. */
	private static final class Fit {

		final double[] beta;

		final RealMatrix inverse;

		final double sigma2;

		final double[] residuals;

		final int degrees;

		final LocalDate origin;

		private Fit(double[] beta, RealMatrix inverse, double sigma2, double[] residuals, int degrees,
				LocalDate origin) {
			this.beta = beta;
			this.inverse = inverse;
			this.sigma2 = sigma2;
			this.residuals = residuals;
			this.degrees = degrees;
			this.origin = origin;
		}

		static Fit of(double[] y, LocalDate origin, double[] control) {
			double[][] x = new double[y.length][];
			for (int i = 0; i < y.length; i++) {
				x[i] = row(origin, origin.plusDays(i), control == null ? null : control[i]);
			}
			OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
			ols.newSampleData(y, x);
			double[] residuals = ols.estimateResiduals();
			int parameters = x[0].length + 1;
			return new Fit(ols.estimateRegressionParameters(),
					MatrixUtils.createRealMatrix(ols.estimateRegressionParametersVariance()), ols.estimateErrorVariance(),
					residuals, y.length - parameters, origin);
		}

		/** Intercept, trend in weeks since the first day before, Tuesday..Sunday indicators, control. */
		static double[] row(LocalDate origin, LocalDate day, Double control) {
			double[] row = new double[control == null ? 7 : 8];
			row[0] = ChronoUnit.DAYS.between(origin, day) / 7.0;
			DayOfWeek weekday = day.getDayOfWeek();
			if (weekday != DayOfWeek.MONDAY) {
				row[weekday.getValue() - 1] = 1;
			}
			if (control != null) {
				row[7] = control;
			}
			return row;
		}

		/** The sum of the design rows of the days after, with the intercept first as OLS puts it. */
		double[] afterSum(LocalDate afterFrom, double[] controlAfter) {
			double[] sum = new double[beta.length];
			for (int j = 0; j < AFTER_DAYS; j++) {
				double[] row = row(origin, afterFrom.plusDays(j), controlAfter == null ? null : controlAfter[j]);
				sum[0] += 1;
				for (int k = 0; k < row.length; k++) {
					sum[k + 1] += row[k];
				}
			}
			return sum;
		}

		/** sum e_t e_(t-1) / sum e_t^2; 0 when the fit is exact. */
		double residualAutocorrelation() {
			double lagged = 0;
			double squares = 0;
			for (int i = 0; i < residuals.length; i++) {
				squares += residuals[i] * residuals[i];
				if (i > 0) {
					lagged += residuals[i] * residuals[i - 1];
				}
			}
			return squares == 0 ? 0 : lagged / squares;
		}
	}
}
