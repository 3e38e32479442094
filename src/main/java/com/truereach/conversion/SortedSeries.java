package com.truereach.conversion;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.ranking.NaturalRanking;

/**
 * A daily series' known days in the order of their values, sorted once, so that the ranks of any
 * subset of its days take one pass instead of a sort. {@link LaggedCorrelation} needs Spearman's rho
 * of 15 lags of two series, each lag a different subset of their days, twice per driver: ranking
 * every subset afresh (commons-math3's {@link NaturalRanking} sorts one boxed pair per value) was
 * the largest part of the conversion step once the series were two years long. The ranks are
 * NaturalRanking's default ones, double for double: 1..n in ascending order (Double.compare's:
 * -0.0 before 0.0), tied values sharing the mean of their ranks.
 */
final class SortedSeries {

	/** Days whose values are known, ascending by value. */
	private final int[] order;

	private final double[] values;

	/** @param values NaN where not known */
	SortedSeries(double[] values) {
		this.values = values;
		this.order = IntStream.range(0, values.length)
			.filter(t -> !Double.isNaN(values[t]))
			.boxed()
			.sorted((a, b) -> Double.compare(values[a], values[b]))
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/**
	 * The ranks of {@code values[days[k]]} among the values of {@code days}.
	 *
	 * @param days distinct days whose values are known
	 */
	double[] ranks(int[] days) {
		int[] index = new int[values.length];
		Arrays.fill(index, -1);
		for (int k = 0; k < days.length; k++) {
			index[days[k]] = k;
		}
		double[] ranks = new double[days.length];
		int[] group = new int[days.length];
		int position = 0;
		int i = 0;
		while (i < order.length) {
			// a run of equal values, the subset's members of it get one rank
			int size = 0;
			int j = i;
			while (j < order.length && Double.compare(values[order[j]], values[order[i]]) == 0) {
				if (index[order[j]] >= 0) {
					group[size++] = index[order[j]];
				}
				j++;
			}
			if (size > 0) {
				double c = position + 1;
				// the expression NaturalRanking uses for average ties, so that the doubles are the same
				double rank = size == 1 ? c : (2 * c + size - 1) / 2d;
				for (int g = 0; g < size; g++) {
					ranks[group[g]] = rank;
				}
				position += size;
			}
			i = j;
		}
		return ranks;
	}
}
