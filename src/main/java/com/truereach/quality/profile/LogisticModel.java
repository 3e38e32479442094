package com.truereach.quality.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.truereach.domain.FollowerProfile;

/**
 * Logistic regression on standardised profile features, in the shape of its JSON resource:
 * p(fake) = 1 / (1 + exp(-(intercept + sum_i weight_i * (x_i - mean_i) / scale_i))), fake when
 * p >= threshold. A feature the profile does not carry counts as its training mean (z = 0).
 */
public record LogisticModel(String name, String formula, List<Term> features, double intercept, double threshold,
		Training training, Map<String, Confusion.Scores> metrics) implements ProfileClassifier {

	public static final String FORMULA = "p(fake) = 1 / (1 + exp(-(intercept + sum_i weight_i * (x_i - mean_i) / scale_i)));"
			+ " fake when p >= threshold; a feature that was not exported has z_i = 0";

	private static final int EXPLAINED_FEATURES = 3;

	public LogisticModel {
		features = List.copyOf(features);
		metrics = metrics == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
		for (Term term : features) {
			ProfileFeature.byId(term.feature());
			if (!(term.scale() > 0)) {
				throw new IllegalArgumentException("feature '" + term.feature() + "' has scale " + term.scale()
						+ "; a standardisation scale must be positive");
			}
		}
	}

	/** One input: its standardisation and weight; {@code expectedSign} is the side training kept it on. */
	public record Term(String feature, String description, int expectedSign, double mean, double scale,
			double weight) {

		double z(FollowerProfile profile) {
			Double x = ProfileFeature.byId(feature).value(profile);
			return x == null ? 0 : (x - mean) / scale;
		}
	}

	/** What the model was fitted on and how. */
	public record Training(List<String> files, int rows, int fakes, int humans, String method, double l2,
			double learningRate, int iterations) {
	}

	public LogisticModel withTraining(Training training) {
		return new LogisticModel(name, formula, features, intercept, threshold, training, metrics);
	}

	public LogisticModel withMetrics(Map<String, Confusion.Scores> metrics) {
		return new LogisticModel(name, formula, features, intercept, threshold, training, metrics);
	}

	public double probability(FollowerProfile profile) {
		double logit = intercept;
		for (Term term : features) {
			logit += term.weight() * term.z(profile);
		}
		return 1 / (1 + Math.exp(-logit));
	}

	@Override
	public boolean isFake(FollowerProfile profile) {
		return probability(profile) >= threshold;
	}

	/** The verdict, p(fake), and the features that pushed hardest, each with its value and log-odds contribution. */
	@Override
	public String explain(FollowerProfile profile) {
		double p = probability(profile);
		List<String> missing = new ArrayList<>();
		List<Term> contributing = new ArrayList<>();
		for (Term term : features) {
			if (ProfileFeature.byId(term.feature()).value(profile) == null) {
				missing.add(term.feature());
			}
			else if (term.weight() != 0) {
				contributing.add(term);
			}
		}
		contributing.sort(Comparator.comparingDouble((Term t) -> -Math.abs(t.weight() * t.z(profile))));
		List<String> top = new ArrayList<>();
		for (Term term : contributing.subList(0, Math.min(EXPLAINED_FEATURES, contributing.size()))) {
			double x = ProfileFeature.byId(term.feature()).value(profile);
			top.add(String.format(Locale.ROOT, "%s=%.3g (%+.2f)", term.feature(), x, term.weight() * term.z(profile)));
		}
		return String.format(Locale.ROOT, "%s: %s (p(fake)=%.3f); top log-odds contributions: %s%s", name,
				p >= threshold ? "fake" : "human", p, String.join(", ", top),
				missing.isEmpty() ? "" : "; not exported, counted at the training mean: " + missing);
	}
}
