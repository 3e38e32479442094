package com.truereach.tooling.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import com.truereach.quality.profile.Confusion;
import com.truereach.quality.profile.LabelledProfile;
import com.truereach.quality.profile.ProfileClassifier;

/**
 * Stratified k-fold cross-validation: each class is shuffled with a fixed seed and dealt round
 * the folds, so every fold keeps the class balance; the classifier is trained on the other
 * folds and scored only on the rows it never saw.
 */
public final class CrossValidation {

	private CrossValidation() {
	}

	/** The fold (0..k-1) of every row, in row order. */
	public static int[] stratifiedFolds(List<LabelledProfile> rows, int k, long seed) {
		if (k < 2) {
			throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + k);
		}
		int[] fold = new int[rows.size()];
		Random random = new Random(seed);
		for (boolean fake : new boolean[] { false, true }) {
			List<Integer> members = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).fake() == fake) {
					members.add(i);
				}
			}
			Collections.shuffle(members, random);
			for (int position = 0; position < members.size(); position++) {
				fold[members.get(position)] = position % k;
			}
		}
		return fold;
	}

	/** The pooled confusion over all folds, each scored by a classifier trained without it. */
	public static Confusion run(List<LabelledProfile> rows, int k, long seed,
			Function<List<LabelledProfile>, ? extends ProfileClassifier> train) {
		int[] fold = stratifiedFolds(rows, k, seed);
		Confusion pooled = Confusion.EMPTY;
		for (int f = 0; f < k; f++) {
			List<LabelledProfile> training = new ArrayList<>();
			List<LabelledProfile> held = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				(fold[i] == f ? held : training).add(rows.get(i));
			}
			if (held.isEmpty()) {
				continue;
			}
			pooled = pooled.plus(Confusion.of(train.apply(training), held));
		}
		return pooled;
	}
}
