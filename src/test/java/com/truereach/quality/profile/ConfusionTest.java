package com.truereach.quality.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.truereach.tooling.training.SingleRule;

class ConfusionTest {

	@Test
	void metricsOfATinyConfusionMatrix() {
		Confusion c = new Confusion(3, 1, 4, 2);
		// accuracy (3+4)/10; precision 3/(3+1); recall 3/(3+2); F1 2*3/(2*3+1+2) = 6/9
		assertThat(c.accuracy()).isEqualTo(0.7);
		assertThat(c.precision()).isEqualTo(0.75);
		assertThat(c.recall()).isEqualTo(0.6);
		assertThat(c.f1()).isCloseTo(0.666667, within(1e-6));
		// MCC (3*4 - 1*2) / sqrt((3+1)(3+2)(4+1)(4+2)) = 10 / sqrt(600) = 0.408248
		assertThat(c.mcc()).isCloseTo(0.408248, within(1e-6));
	}

	@Test
	void aPerfectAndAnInvertedClassifierHaveMccPlusAndMinusOne() {
		assertThat(new Confusion(5, 0, 7, 0).mcc()).isEqualTo(1.0);
		assertThat(new Confusion(0, 7, 0, 5).mcc()).isEqualTo(-1.0);
	}

	@Test
	void aClassifierThatNeverSaysFakeHasNoPrecisionAndMccZero() {
		Confusion c = new Confusion(0, 0, 6, 4);
		assertThat(c.precision()).isNaN();
		assertThat(c.recall()).isZero();
		assertThat(c.mcc()).isZero();
	}

	@Test
	void countsVerdictsAgainstLabels() {
		ProfileClassifier fewFollowers = SingleRule.FOLLOWERS_30;
		List<LabelledProfile> rows = List.of(new LabelledProfile(Fixtures.boughtFollower(), true, "f", 2),
				new LabelledProfile(Fixtures.activeHuman(), false, "f", 3),
				new LabelledProfile(Fixtures.counts(100L, 10L, 50L, 0L), false, "f", 4),
				new LabelledProfile(Fixtures.counts(100L, 300L, 50L, 0L), true, "f", 5));
		// fake with 4 followers: TP; human with 820: TN; human with 10: FP; fake with 300: FN
		assertThat(Confusion.of(fewFollowers, rows)).isEqualTo(new Confusion(1, 1, 1, 1));
		assertThat(Confusion.of(fewFollowers, rows).scores("x").mcc()).isZero();
	}
}
