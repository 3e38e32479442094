package com.truereach.conversion;

import java.util.Random;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ArFilterTest {

	@Test
	void findsTheOrderAndCoefficientOfAnAr1SeriesAndWhitensIt() {
		// x[t] = 0.7 x[t-1] + e[t], 400 days
		Random rng = new Random(3);
		double[] x = new double[400];
		for (int t = 1; t < x.length; t++) {
			x[t] = 0.7 * x[t - 1] + rng.nextGaussian();
		}
		ArFilter ar = ArFilter.fitByAic(x);

		assertThat(ar.order()).isEqualTo(1);
		assertThat(ar.coefficients()[0]).isCloseTo(0.7, within(0.06));
		double[] white = ar.apply(x, new boolean[x.length]);
		assertThat(white[0]).isNaN();
		assertThat(lag1(x)).isGreaterThan(0.6);
		assertThat(Math.abs(lag1(white))).isLessThan(0.1);
	}

	@Test
	void noiseNeedsNoModelAndAnOutlierDoesNotEcho() {
		Random rng = new Random(4);
		double[] x = new double[200];
		for (int t = 0; t < x.length; t++) {
			x[t] = rng.nextGaussian();
		}
		// AIC may take a small order for noise; what it takes must be close to no filter at all
		assertThat(java.util.Arrays.stream(ArFilter.fitByAic(x).coefficients()).map(Math::abs).max().orElse(0)).isLessThan(0.2);

		ArFilter half = new ArFilter(new double[] { 0.5 });
		double[] spike = new double[10];
		spike[4] = 100;
		boolean[] outliers = new boolean[10];
		// 100 on day 4 echoes as -50 on day 5 unless day 4 is an outlier
		assertThat(half.apply(spike, new boolean[10])[5]).isEqualTo(-50);
		outliers[4] = true;
		double[] filtered = half.apply(spike, outliers);
		assertThat(filtered[4]).isEqualTo(100);
		assertThat(filtered[5]).isZero();
	}

	private static double lag1(double[] x) {
		int n = x.length;
		double[] a = new double[n - 2];
		double[] b = new double[n - 2];
		for (int t = 1; t < n - 1; t++) {
			a[t - 1] = x[t];
			b[t - 1] = x[t + 1];
		}
		return new PearsonsCorrelation().correlation(a, b);
	}
}
