package com.truereach.tooling.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded randomness for the generator. Every stream is derived from the seed and a fixed label,
 * so adding a file or an account never shifts the numbers of another one.
 */
final class Noise {

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private Noise() {
	}

	static SplittableRandom rng(long seed, String label) {
		long h = 1125899906842597L;
		for (int i = 0; i < label.length(); i++) {
			h = 31 * h + label.charAt(i);
		}
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ h);
	}

	static int poisson(SplittableRandom r, double mean) {
		if (mean <= 0) {
			return 0;
		}
		if (mean > 40) {
			return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
		}
		double limit = Math.exp(-mean);
		double product = r.nextDouble();
		int n = 0;
		while (product > limit) {
			product *= r.nextDouble();
			n++;
		}
		return n;
	}

	/** A multiplicative noise factor with mean 1. */
	static double logNormal(SplittableRandom r, double sigma) {
		return Math.exp(sigma * r.nextGaussian() - sigma * sigma / 2);
	}

	static <T> T pick(SplittableRandom r, List<T> items) {
		return items.get(r.nextInt(items.size()));
	}

	/** Picks from {@code items} with the given weights (same length). */
	static <T> T pick(SplittableRandom r, List<T> items, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double x = r.nextDouble() * total;
		for (int i = 0; i < items.size(); i++) {
			x -= weights[i];
			if (x < 0) {
				return items.get(i);
			}
		}
		return items.get(items.size() - 1);
	}

	static String token(SplittableRandom r, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHANUMERIC.charAt(r.nextInt(ALPHANUMERIC.length())));
		}
		return text.toString();
	}

	static String digits(SplittableRandom r, int length) {
		StringBuilder text = new StringBuilder(length);
		text.append((char) ('1' + r.nextInt(9)));
		for (int i = 1; i < length; i++) {
			text.append((char) ('0' + r.nextInt(10)));
		}
		return text.toString();
	}

	/** Audience activity by weekday: busier mid-week, quieter on Saturday. */
	static double weekday(LocalDate day) {
		return switch (day.getDayOfWeek()) {
			case MONDAY -> 1.02;
			case TUESDAY, WEDNESDAY -> 1.10;
			case THURSDAY -> 1.06;
			case FRIDAY -> 0.96;
			case SATURDAY -> 0.84;
			case SUNDAY -> 0.92;
		};
	}

	static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}
}
