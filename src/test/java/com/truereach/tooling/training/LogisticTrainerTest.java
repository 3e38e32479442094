package com.truereach.tooling.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.truereach.domain.FollowerProfile;
import com.truereach.quality.profile.LabelledProfile;
import com.truereach.quality.profile.LogisticModel;
import com.truereach.quality.profile.ProfileFeature;

class LogisticTrainerTest {

	/**
	 * Twenty humans and twenty fakes that differ in activity; the fakes all have a location and
	 * the humans none, a quirk that points the wrong way for every published rule.
	 */
	private static List<LabelledProfile> quirkyGroups() {
		List<LabelledProfile> rows = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			rows.add(new LabelledProfile(new FollowerProfile("h" + i, "Human " + i, "human" + i, 500L + 40 * i,
					80L + 5 * i, 120L + 3 * i, 50L + i, (long) (i % 4), "", "", false, false, false, false, "bio"),
					false, "humans.csv", i + 2));
			rows.add(new LabelledProfile(new FollowerProfile("f" + i, "Fake " + i, "fake" + i, 5L + i, 3L + i % 7,
					400L + 10 * i, 0L, 0L, "", "Lagos", true, false, false, false, "bio"), true, "fakes.csv", i + 2));
		}
		return rows;
	}

	@Test
	void learnsTheRealSignalButNotAQuirkAgainstTheExpectedSign() {
		LogisticModel model = new LogisticTrainer().fit(quirkyGroups());
		assertThat(weight(model, ProfileFeature.HAS_LOCATION)).isZero();
		assertThat(weight(model, ProfileFeature.LOG_STATUSES)).isNegative();
		assertThat(weight(model, ProfileFeature.LOG_FRIENDS_PER_FOLLOWER_SQUARED)).isPositive();
		assertThat(quirkyGroups()).allSatisfy(row -> assertThat(model.isFake(row.profile())).isEqualTo(row.fake()));
	}

	@Test
	void withoutTheSignConstraintTheQuirkWouldBeLearned() {
		// the same data through plain gradient descent: had the constraint not been there the location
		// weight would be positive; checked here by its gradient at w = 0, which is what the projection stops
		List<LabelledProfile> rows = quirkyGroups();
		double gradient = 0;
		for (LabelledProfile row : rows) {
			double x = ProfileFeature.HAS_LOCATION.value(row.profile());
			// at w = 0, b = 0 every p is 0.5; d(loss)/dw = mean((p - y) * z), z = (x - 0.5) / 0.5
			gradient += (0.5 - (row.fake() ? 1 : 0)) * (x - 0.5) / 0.5;
		}
		assertThat(gradient / rows.size()).isNegative();
	}

	@Test
	void theSameRowsGiveTheSameModel() {
		assertThat(new LogisticTrainer().fit(quirkyGroups())).isEqualTo(new LogisticTrainer().fit(quirkyGroups()));
	}

	@Test
	void standardisationUsesMeanAndPopulationDeviation() {
		LogisticModel model = new LogisticTrainer(0.01, 0.5, 1).fit(quirkyGroups());
		LogisticModel.Term url = term(model, ProfileFeature.HAS_URL);
		// no profile has a URL: a constant feature keeps scale 1 and never moves the score
		assertThat(url.mean()).isZero();
		assertThat(url.scale()).isEqualTo(1.0);
		LogisticModel.Term location = term(model, ProfileFeature.HAS_LOCATION);
		// half the rows have a location: mean 0.5, population deviation 0.5
		assertThat(location.mean()).isEqualTo(0.5);
		assertThat(location.scale()).isEqualTo(0.5);
		assertThat(model.training().files()).containsExactly("humans.csv", "fakes.csv");
		assertThat(model.training().fakes()).isEqualTo(20);
	}

	@Test
	void refusesToTrainOnNothing() {
		assertThatThrownBy(() -> new LogisticTrainer().fit(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	private static double weight(LogisticModel model, ProfileFeature feature) {
		return term(model, feature).weight();
	}

	private static LogisticModel.Term term(LogisticModel model, ProfileFeature feature) {
		return model.features().stream().filter(t -> t.feature().equals(feature.id())).findFirst().orElseThrow();
	}
}
