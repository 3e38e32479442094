package com.truereach.conversion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * What is left of a daily series once its weekday means and a straight-line trend are taken out:
 * the least-squares fit of value = a + b t + weekday effect (one indicator per weekday present but
 * the first) is subtracted. A trend or a weekly rhythm shared by a driver and revenue would
 * otherwise correlate them without any day-to-day link ({@code formulas/conversion.md}).
 * <p>
 * The fit leaves out the outlying days (more than {@value #OUTLIER} robust standard deviations,
 * 1.4826 x the median absolute deviation, from the median of their week); their residuals are
 * still computed. One viral day would otherwise pull its weekday's mean and the trend, and shift
 * every other day of that weekday, which in a driver and in revenue two days later looks like a
 * relation on every week.
 *
 * @param residuals value - fit, NaN where the value is not known
 * @param outliers the days left out of the fit
 */
record SeasonalTrend(double[] residuals, boolean[] outliers) {

	static final double OUTLIER = 4;

	SeasonalTrend {
		residuals = residuals.clone();
		outliers = outliers.clone();
	}

	/** The residuals with the outlying days unknown, for fitting models that one day must not dominate. */
	double[] withoutOutliers() {
		double[] values = residuals.clone();
		for (int i = 0; i < values.length; i++) {
			if (outliers[i]) {
				values[i] = Double.NaN;
			}
		}
		return values;
	}

	/**
	 * @param day0 the day of {@code values[0]}; values[i] is day day0 + i
	 * @param values NaN where not known
	 * @return null when there are too few known days to fit trend and weekdays with some days to spare
	 */
	static SeasonalTrend of(LocalDate day0, double[] values) {
		List<Integer> known = new ArrayList<>();
		boolean[] weekdays = new boolean[7];
		for (int i = 0; i < values.length; i++) {
			if (!Double.isNaN(values[i])) {
				known.add(i);
				weekdays[day0.plusDays(i).getDayOfWeek().ordinal()] = true;
			}
		}
		List<DayOfWeek> indicators = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			if (weekdays[day.ordinal()]) {
				indicators.add(day);
			}
		}
		if (!indicators.isEmpty()) {
			indicators.remove(0);
		}
		int columns = 1 + indicators.size();
		if (known.size() < columns + 1 + 7) {
			return null;
		}
		double[] y = new double[known.size()];
		double[][] x = new double[known.size()][];
		for (int k = 0; k < known.size(); k++) {
			int i = known.get(k);
			y[k] = values[i];
			x[k] = row(day0, i, indicators);
		}
		boolean[] outliers = outliers(day0, values);
		List<Integer> kept = known.stream().filter(i -> !outliers[i]).toList();
		double[] beta = kept.size() == known.size() || kept.size() < columns + 1 + 7 ? null
				: fit(kept.stream().mapToDouble(i -> values[i]).toArray(),
						kept.stream().map(i -> row(day0, i, indicators)).toArray(double[][]::new));
		if (beta == null) {
			beta = fit(y, x);
			if (beta == null) {
				return null;
			}
			return new SeasonalTrend(residuals(values, known, x, beta), new boolean[values.length]);
		}
		return new SeasonalTrend(residuals(values, known, x, beta), outliers);
	}

	/**
	 * Days further than {@value #OUTLIER} robust standard deviations from the median of the week
	 * around them (3 days either side), once their weekday's usual distance from that median is
	 * taken off (a busy Saturday is not an outlier): a single day moves neither median.
	 */
	private static boolean[] outliers(LocalDate day0, double[] values) {
		double[] away = new double[values.length];
		Arrays.fill(away, Double.NaN);
		double[] week = new double[7];
		for (int i = 0; i < values.length; i++) {
			if (!Double.isNaN(values[i])) {
				int size = 0;
				for (int j = Math.max(0, i - 3); j < Math.min(values.length, i + 4); j++) {
					if (!Double.isNaN(values[j])) {
						week[size++] = values[j];
					}
				}
				away[i] = values[i] - weekMedian(week, size);
			}
		}
		for (int w = 0; w < 7; w++) {
			int[] weekday = weekday(day0, away, w);
			double usual = new Median().evaluate(Arrays.stream(weekday).mapToDouble(i -> away[i]).toArray());
			for (int i : weekday) {
				away[i] -= usual;
			}
		}
		return outlying(away);
	}

	/**
	 * The median of the first {@code size} (1 to 7) of {@code week}, which it sorts: commons-math3's
	 * {@link Median} (its default "legacy" estimate: position p (n + 1), between two values their
	 * linear interpolation) computed the same way, number for number, without the 1,023-entry pivot
	 * table {@code Median} allocates and fills on every call, once per day of every series (a
	 * seventh of the conversion step).
	 */
	static double weekMedian(double[] week, int size) {
		Arrays.sort(week, 0, size);
		if (size == 1) {
			return week[0];
		}
		double position = 0.5 * (size + 1);
		double floor = Math.floor(position);
		int index = (int) floor;
		double lower = week[index - 1];
		double upper = week[index];
		return lower + (position - floor) * (upper - lower);
	}

	/** Indexes of the known values on weekday w (0 = the weekday of day0). */
	private static int[] weekday(LocalDate day0, double[] values, int w) {
		return IntStream.iterate(w, i -> i < values.length, i -> i + 7).filter(i -> !Double.isNaN(values[i])).toArray();
	}

	/**
	 * Per value: is it further than {@value #OUTLIER} robust standard deviations from the median of
	 * the known values? The median and the scale are taken once for the whole series (per value,
	 * they made the conversion step quadratic in the days).
	 */
	static boolean[] outlying(double[] values) {
		double[] known = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
		double median = new Median().evaluate(known);
		double scale = 1.4826 * new Median().evaluate(Arrays.stream(known).map(v -> Math.abs(v - median)).toArray());
		boolean[] outlying = new boolean[values.length];
		for (int i = 0; i < values.length; i++) {
			outlying[i] = scale > 0 && Math.abs(values[i] - median) > OUTLIER * scale;
		}
		return outlying;
	}

	private static double[] residuals(double[] values, List<Integer> known, double[][] x, double[] beta) {
		double[] residuals = new double[values.length];
		Arrays.fill(residuals, Double.NaN);
		for (int k = 0; k < known.size(); k++) {
			int i = known.get(k);
			double fitted = beta[0];
			for (int c = 0; c < x[k].length; c++) {
				fitted += beta[c + 1] * x[k][c];
			}
			residuals[i] = values[i] - fitted;
		}
		return residuals;
	}

	private static double[] row(LocalDate first, int i, List<DayOfWeek> indicators) {
		double[] row = new double[1 + indicators.size()];
		row[0] = i;
		DayOfWeek day = first.plusDays(i).getDayOfWeek();
		for (int c = 0; c < indicators.size(); c++) {
			row[c + 1] = indicators.get(c) == day ? 1 : 0;
		}
		return row;
	}

	/**
	 * Least squares with an intercept; a series that does not vary has a flat fit (QR would call it
	 * singular); null when the days kept leave a weekday or the trend undetermined.
	 */
	private static double[] fit(double[] y, double[][] x) {
		double[] beta = new double[x[0].length + 1];
		double min = Arrays.stream(y).min().orElse(0);
		double max = Arrays.stream(y).max().orElse(0);
		if (min == max) {
			beta[0] = min;
			return beta;
		}
		OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
		ols.newSampleData(y, x);
		try {
			return ols.estimateRegressionParameters();
		}
		catch (SingularMatrixException ex) {
			return null;
		}
	}
}
