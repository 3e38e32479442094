package com.truereach.conversion;

import java.util.Arrays;

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

	/** Days whose values are known, ascending by value; equal values in the order of their days. */
	private final int[] order;

	/** Per position of {@link #order}, the position after the run of values equal to its value. */
	private final int[] runEnd;

	private final int length;

	/** @param values NaN where not known */
	SortedSeries(double[] values) {
		this.length = values.length;
		long[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).mapToLong(SortedSeries::key).toArray();
		Arrays.sort(sorted);
		// each day goes to the first free place of the run of its value, so equal values keep the order of their days
		int[] next = new int[sorted.length];
		order = new int[sorted.length];
		for (int t = 0; t < values.length; t++) {
			if (!Double.isNaN(values[t])) {
				int first = firstAtLeast(sorted, key(values[t]));
				order[first + next[first]++] = t;
			}
		}
		runEnd = new int[sorted.length];
		for (int i = sorted.length - 1; i >= 0; i--) {
			runEnd[i] = i + 1 < sorted.length && sorted[i] == sorted[i + 1] ? runEnd[i + 1] : i + 1;
		}
	}

	/**
	 * A long whose order is Double.compare's order of the values (-0.0 before 0.0), as the ranks
	 * need: a negative double's bits, which grow as it falls, are turned round.
	 */
	private static long key(double value) {
		long bits = Double.doubleToRawLongBits(value);
		return bits ^ ((bits >> 63) & Long.MAX_VALUE);
	}

	/** The first position of {@code sorted} not below {@code key}. */
	private static int firstAtLeast(long[] sorted, long key) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] < key) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/**
	 * The ranks of {@code values[days[k]]} among the values of {@code days}.
	 *
	 * @param days distinct days whose values are known
	 */
	double[] ranks(int[] days) {
		int[] index = new int[length];
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
			for (int j = i; j < runEnd[i]; j++) {
				if (index[order[j]] >= 0) {
					group[size++] = index[order[j]];
				}
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
			i = runEnd[i];
		}
		return ranks;
	}
}
