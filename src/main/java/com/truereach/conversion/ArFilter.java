package com.truereach.conversion;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * An autoregressive model x[t] = phi1 x[t-1] + ... + phip x[t-p] + e[t] of a driver, used to
 * prewhiten (Box and Jenkins): filtering the driver with it leaves e, which has no autocorrelation,
 * and filtering revenue with the same coefficients keeps a lagged link between them while the
 * cross-correlation of a white series with any independent series has variance 1/n. The order p
 * is chosen by Akaike's criterion ({@code formulas/conversion.md}).
 *
 * @param coefficients phi1 .. phip (empty: the series is already white)
 */
record ArFilter(double[] coefficients) {

	/** Highest order tried: a week, so that a weekly echo the weekday means leave can be absorbed. */
	static final int MAX_ORDER = 7;

	ArFilter {
		coefficients = coefficients.clone();
	}

	int order() {
		return coefficients.length;
	}

	/**
	 * Conditional least squares for p = 0 .. {@value #MAX_ORDER} on the same days (those with the
	 * highest order's days before them known), so the fits are comparable; the highest order is
	 * lowered until there are four days per coefficient; the order with the
	 * smallest AIC = m ln(RSS / m) + 2p wins (m = days fitted).
	 *
	 * @param series mean-zero residuals, NaN where not known
	 */
	static ArFilter fitByAic(double[] series) {
		int maxOrder = MAX_ORDER;
		int[] rows = rows(series, maxOrder);
		while (maxOrder > 0 && rows.length < 4 * (maxOrder + 1)) {
			maxOrder--;
			rows = rows(series, maxOrder);
		}
		int m = rows.length;
		double[] y = new double[m];
		double rss0 = 0;
		for (int k = 0; k < m; k++) {
			y[k] = series[rows[k]];
			rss0 += y[k] * y[k];
		}
		if (m == 0 || rss0 == 0) {
			return new ArFilter(new double[0]);
		}
		double[] best = new double[0];
		double bestAic = m * Math.log(rss0 / m);
		for (int p = 1; p <= maxOrder; p++) {
			double[][] x = new double[m][p];
			for (int k = 0; k < m; k++) {
				for (int i = 1; i <= p; i++) {
					x[k][i - 1] = series[rows[k] - i];
				}
			}
			OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
			ols.setNoIntercept(true);
			ols.newSampleData(y, x);
			double rss = ols.calculateResidualSumOfSquares();
			double aic = m * Math.log(rss / m) + 2 * p;
			if (aic < bestAic) {
				bestAic = aic;
				best = ols.estimateRegressionParameters();
			}
		}
		return new ArFilter(best);
	}

	/**
	 * x[t] - phi1 x[t-1] - ... - phip x[t-p]; NaN for the first p days and wherever an input is
	 * unknown. An outlying day counts as 0 (its expected residual) in the days after it: it stays
	 * on its own day and does not echo into the next p days, where echoes of a viral day in the
	 * driver would meet echoes of its sales in revenue and look like a relation of several days.
	 */
	double[] apply(double[] series, boolean[] outliers) {
		int p = coefficients.length;
		double[] filtered = new double[series.length];
		for (int t = 0; t < series.length; t++) {
			double value = t < p ? Double.NaN : series[t];
			for (int i = 1; i <= p && !Double.isNaN(value); i++) {
				value -= outliers[t - i] ? 0 : coefficients[i - 1] * series[t - i];
			}
			filtered[t] = value;
		}
		return filtered;
	}

	private static int[] rows(double[] series, int order) {
		return java.util.stream.IntStream.range(order, series.length).filter(t -> {
			for (int i = 0; i <= order; i++) {
				if (Double.isNaN(series[t - i])) {
					return false;
				}
			}
			return true;
		}).toArray();
	}
}
