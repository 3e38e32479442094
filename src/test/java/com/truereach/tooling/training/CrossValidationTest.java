package com.truereach.tooling.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.truereach.quality.profile.Confusion;
import com.truereach.quality.profile.Fixtures;
import com.truereach.quality.profile.LabelledProfile;

class CrossValidationTest {

	private static List<LabelledProfile> rows(int humans, int fakes) {
		List<LabelledProfile> rows = new ArrayList<>();
		for (int i = 0; i < humans; i++) {
			rows.add(new LabelledProfile(Fixtures.activeHuman(), false, "h", i));
		}
		for (int i = 0; i < fakes; i++) {
			rows.add(new LabelledProfile(Fixtures.boughtFollower(), true, "f", i));
		}
		return rows;
	}

	@Test
	void foldsKeepTheClassBalance() {
		List<LabelledProfile> rows = rows(23, 17);
		int[] fold = CrossValidation.stratifiedFolds(rows, 10, 7);
		for (int f = 0; f < 10; f++) {
			int humans = 0;
			int fakes = 0;
			for (int i = 0; i < rows.size(); i++) {
				if (fold[i] == f) {
					humans += rows.get(i).fake() ? 0 : 1;
					fakes += rows.get(i).fake() ? 1 : 0;
				}
			}
			// 23 humans dealt round 10 folds: 2 or 3 each; 17 fakes: 1 or 2 each
			assertThat(humans).isBetween(2, 3);
			assertThat(fakes).isBetween(1, 2);
		}
	}

	@Test
	void theSeedFixesTheFolds() {
		List<LabelledProfile> rows = rows(30, 30);
		assertThat(CrossValidation.stratifiedFolds(rows, 5, 1)).isEqualTo(CrossValidation.stratifiedFolds(rows, 5, 1))
			.isNotEqualTo(CrossValidation.stratifiedFolds(rows, 5, 2));
	}

	@Test
	void everyRowIsScoredOnceByAClassifierThatDidNotSeeIt() {
		List<LabelledProfile> rows = rows(12, 8);
		List<Integer> trainingSizes = new ArrayList<>();
		Confusion pooled = CrossValidation.run(rows, 4, 3, training -> {
			trainingSizes.add(training.size());
			return SingleRule.FOLLOWERS_30;
		});
		// 20 rows in 4 folds of 5: each classifier is trained on the other 15
		assertThat(trainingSizes).containsExactly(15, 15, 15, 15);
		assertThat(pooled).isEqualTo(new Confusion(8, 0, 12, 0));
	}
}
