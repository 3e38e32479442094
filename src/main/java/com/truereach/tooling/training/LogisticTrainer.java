package com.truereach.tooling.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.truereach.quality.profile.LabelledProfile;
import com.truereach.quality.profile.LogisticModel;
import com.truereach.quality.profile.ProfileFeature;

/**
 * Fits {@link LogisticModel} by full-batch gradient descent on the mean log-loss plus
 * (l2 / 2) * |w|^2, on features standardised with the training rows' mean and population
 * standard deviation. After every step a weight that crossed to the wrong side of its
 * feature's expected sign is set to zero (projected gradient). No randomness: the same rows in
 * the same order give the same model, bit for bit.
 */
public final class LogisticTrainer {

	public static final double L2 = 0.01;

	public static final double LEARNING_RATE = 0.5;

	public static final int ITERATIONS = 3000;

	public static final String MODEL_NAME = "logistic-profile-model";

	private final double l2;

	private final double learningRate;

	private final int iterations;

	public LogisticTrainer() {
		this(L2, LEARNING_RATE, ITERATIONS);
	}

	public LogisticTrainer(double l2, double learningRate, int iterations) {
		this.l2 = l2;
		this.learningRate = learningRate;
		this.iterations = iterations;
	}

	public LogisticModel fit(List<LabelledProfile> rows) {
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("no labelled profiles to train on");
		}
		ProfileFeature[] features = ProfileFeature.values();
		int n = rows.size();
		int d = features.length;
		Double[][] raw = new Double[n][d];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < d; j++) {
				raw[i][j] = features[j].value(rows.get(i).profile());
			}
		}
		double[] mean = new double[d];
		double[] scale = new double[d];
		for (int j = 0; j < d; j++) {
			standardisation(raw, j, mean, scale);
		}
		double[][] z = new double[n][d];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < d; j++) {
				z[i][j] = raw[i][j] == null ? 0 : (raw[i][j] - mean[j]) / scale[j];
			}
			y[i] = rows.get(i).fake() ? 1 : 0;
		}
		double[] w = new double[d];
		double b = 0;
		double[] gradient = new double[d];
		for (int step = 0; step < iterations; step++) {
			Arrays.fill(gradient, 0);
			double gradientB = 0;
			for (int i = 0; i < n; i++) {
				double logit = b;
				for (int j = 0; j < d; j++) {
					logit += w[j] * z[i][j];
				}
				double error = 1 / (1 + Math.exp(-logit)) - y[i];
				for (int j = 0; j < d; j++) {
					gradient[j] += error * z[i][j];
				}
				gradientB += error;
			}
			for (int j = 0; j < d; j++) {
				w[j] -= learningRate * (gradient[j] / n + l2 * w[j]);
				if (w[j] * features[j].expectedSign() < 0) {
					w[j] = 0;
				}
			}
			b -= learningRate * gradientB / n;
		}
		List<LogisticModel.Term> terms = new ArrayList<>();
		for (int j = 0; j < d; j++) {
			terms.add(new LogisticModel.Term(features[j].id(), features[j].description(), features[j].expectedSign(),
					round(mean[j]), round(scale[j]), round(w[j])));
		}
		long fakes = rows.stream().filter(LabelledProfile::fake).count();
		List<String> files = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(LogisticTrainer::fileName).toList()));
		LogisticModel.Training training = new LogisticModel.Training(files, n, (int) fakes, (int) (n - fakes),
				"full-batch gradient descent, L2, sign-constrained weights", l2, learningRate, iterations);
		return new LogisticModel(MODEL_NAME, LogisticModel.FORMULA, terms, round(b), 0.5, training, Map.of());
	}

	/** Mean and population standard deviation over the rows that have the feature; scale 1 when constant. */
	private static void standardisation(Double[][] raw, int j, double[] mean, double[] scale) {
		double sum = 0;
		int count = 0;
		for (Double[] row : raw) {
			if (row[j] != null) {
				sum += row[j];
				count++;
			}
		}
		mean[j] = count == 0 ? 0 : sum / count;
		double squares = 0;
		for (Double[] row : raw) {
			if (row[j] != null) {
				squares += (row[j] - mean[j]) * (row[j] - mean[j]);
			}
		}
		double sd = count == 0 ? 0 : Math.sqrt(squares / count);
		// a constant feature leaves rounding noise, not spread: below the resource's six decimals it is constant
		scale[j] = sd < 1e-6 ? 1 : sd;
	}

	/** The file name without its directory, so that the resource does not depend on where the data sat. */
	private static String fileName(LabelledProfile row) {
		Path name = Path.of(row.file()).getFileName();
		return name == null ? row.file() : name.toString();
	}

	/** Six decimals keep the resource readable; the rounding moves p(fake) by far less than 0.001. */
	private static double round(double value) {
		return Math.round(value * 1e6) / 1e6;
	}
}
