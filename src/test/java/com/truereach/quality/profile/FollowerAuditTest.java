package com.truereach.quality.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.truereach.domain.FollowerProfile;
import com.truereach.quality.SampleEstimate;
import com.truereach.tooling.training.SingleRule;

class FollowerAuditTest {

	@Test
	void wilsonIntervalOfTenInFifty() {
		// p = 0.2, z^2 = 3.841459, z^2/n = 0.076829; centre (0.2 + 0.038415) / 1.076829 = 0.221405;
		// half 1.959964 / 1.076829 * sqrt(0.2*0.8/50 + 3.841459/10000) = 1.820130 * 0.059868 = 0.108967
		double[] interval = FollowerAudit.wilson(10, 50);
		assertThat(interval[0]).isCloseTo(0.1124, within(5e-5));
		assertThat(interval[1]).isCloseTo(0.3304, within(5e-5));
	}

	@Test
	void wilsonIntervalOfNoneInTwentyStartsAtZero() {
		// k = 0: high = (z^2/n) / (1 + z^2/n) = 0.192073 / 1.192073 = 0.161126
		double[] interval = FollowerAudit.wilson(0, 20);
		assertThat(interval[0]).isZero();
		assertThat(interval[1]).isCloseTo(0.161126, within(1e-6));
	}

	@Test
	void estimateCountsTheClassifiersFakesInTheSample() {
		List<FollowerProfile> sample = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			sample.add(Fixtures.boughtFollower());
		}
		for (int i = 0; i < 40; i++) {
			sample.add(Fixtures.activeHuman());
		}
		SampleEstimate estimate = FollowerAudit.estimate(sample, SingleRule.FOLLOWERS_30);
		assertThat(estimate.sampleSize()).isEqualTo(50);
		assertThat(estimate.fakes()).isEqualTo(10);
		assertThat(estimate.share()).isEqualTo(0.2);
		assertThat(estimate.low()).isCloseTo(0.1124, within(5e-5));
		assertThat(estimate.high()).isCloseTo(0.3304, within(5e-5));
		assertThat(estimate.classifier()).isEqualTo("followers>=30");
		assertThat(estimate.intervalMethod()).isEqualTo("Wilson score interval, 95%");
	}

	@Test
	void anEmptySampleHasNoShare() {
		assertThatThrownBy(() -> FollowerAudit.estimate(List.of(), SingleRule.FOLLOWERS_30))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("empty");
	}
}
