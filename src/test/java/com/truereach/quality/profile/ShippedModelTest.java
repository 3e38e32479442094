package com.truereach.quality.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.truereach.domain.FollowerProfile;

class ShippedModelTest {

	private final LogisticModel model = ShippedModel.load();

	@Test
	void theResourceHasEveryFeatureWithItsStandardisationAndMetrics() {
		assertThat(model.features()).extracting(LogisticModel.Term::feature)
			.containsExactlyElementsOf(Arrays.stream(ProfileFeature.values()).map(ProfileFeature::id).toList());
		assertThat(model.features()).allSatisfy(term -> {
			assertThat(term.scale()).isPositive();
			assertThat(term.weight() * term.expectedSign()).isGreaterThanOrEqualTo(0);
		});
		assertThat(model.threshold()).isEqualTo(0.5);
		assertThat(model.training().files()).containsExactly("e13_humans.csv", "int_fakes.csv");
		assertThat(model.training().rows()).isEqualTo(2818);
		assertThat(model.metrics().get("crossValidated").mcc()).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void classifiesObviousCases() {
		assertThat(model.isFake(Fixtures.activeHuman())).isFalse();
		assertThat(model.probability(Fixtures.activeHuman())).isLessThan(0.05);
		assertThat(model.isFake(Fixtures.boughtFollower())).isTrue();
		assertThat(model.probability(Fixtures.boughtFollower())).isGreaterThan(0.95);
	}

	@Test
	void probabilityFollowsTheFormula() {
		FollowerProfile profile = Fixtures.boughtFollower();
		double logit = model.intercept();
		for (LogisticModel.Term term : model.features()) {
			double x = ProfileFeature.byId(term.feature()).value(profile);
			logit += term.weight() * (x - term.mean()) / term.scale();
		}
		assertThat(model.probability(profile)).isCloseTo(1 / (1 + Math.exp(-logit)), within(1e-12));
	}

	@Test
	void explainListsTheTopContributions() {
		String explanation = model.explain(Fixtures.boughtFollower());
		assertThat(explanation).startsWith("logistic-profile-model: fake (p(fake)=")
			.contains("top log-odds contributions: ")
			.doesNotContain("not exported");
		assertThat(explanation.substring(explanation.indexOf("contributions: ")).split("\\), ")).hasSize(3);
	}

	@Test
	void featuresThatWereNotExportedCountAtTheTrainingMean() {
		FollowerProfile nothing = Fixtures.nothingExported();
		// every z is 0 except the four flags, which are known (false): the logit is the intercept plus their terms
		double logit = model.intercept();
		for (LogisticModel.Term term : model.features()) {
			Double x = ProfileFeature.byId(term.feature()).value(nothing);
			if (x != null) {
				assertThat(x).isZero();
				logit += term.weight() * (0 - term.mean()) / term.scale();
			}
		}
		assertThat(model.probability(nothing)).isCloseTo(1 / (1 + Math.exp(-logit)), within(1e-12));
		assertThat(model.explain(nothing)).contains("not exported, counted at the training mean: [log1p_statuses");
	}
}
