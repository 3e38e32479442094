package com.truereach.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Median and MAD of a window and the robust z of a value against them:
 * {@code z = (x - median) / scale}, {@code scale = max(1.4826 * MAD, sqrt(max(1, |median|)))}.
 * The square-root floor guards MAD = 0: daily counts cannot be steadier than counting (Poisson)
 * noise, so a perfectly constant window does not turn every small wobble into an infinite z.
 */
public record RobustBaseline(double median, double mad, double scale, int size) {

	/** Makes the MAD a consistent estimate of the standard deviation of normal data. */
	public static final double MAD_TO_SD = 1.4826;

	public static RobustBaseline of(Collection<Double> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("A baseline needs at least one value");
		}
		double median = median(values);
		List<Double> deviations = new ArrayList<>(values.size());
		for (double value : values) {
			deviations.add(Math.abs(value - median));
		}
		double mad = median(deviations);
		double scale = Math.max(MAD_TO_SD * mad, Math.sqrt(Math.max(1, Math.abs(median))));
		return new RobustBaseline(median, mad, scale, values.size());
	}

	public double z(double value) {
		return (value - this.median) / this.scale;
	}

	/** The middle value, or the mean of the two middle values of an even count (commons-math3). */
	public static double median(Collection<Double> values) {
		return new Median().evaluate(values.stream().mapToDouble(Double::doubleValue).toArray());
	}
}
