package com.truereach.quality;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QualityScoreTest {

	@Test
	void sharesMapLinearlyToZeroAtHalf() {
		// 100 * (1 - 0.1 / 0.5) = 80; 100 * (1 - 0.25 / 0.5) = 50; 0.6 > 0.5 -> 0
		assertThat(QualityScore.shareValue(0.0)).isEqualTo(100);
		assertThat(QualityScore.shareValue(0.1)).isEqualTo(80);
		assertThat(QualityScore.shareValue(0.25)).isEqualTo(50);
		assertThat(QualityScore.shareValue(0.6)).isZero();
	}

	@Test
	void engagementAndReachRatiosAreCappedAtHundred() {
		// 0.000175 / 0.00035 = 0.5 -> 50; ratio 1.3 -> 100; ratio 0.8 -> 80
		assertThat(QualityScore.engagementVsBaseline(0.000175, PlatformBaseline.X_RIVAL_IQ_2023).value()).isEqualTo(50);
		assertThat(QualityScore.reachTrend(1.3, "reach").value()).isEqualTo(100);
		assertThat(QualityScore.reachTrend(0.8, "reach").value()).isEqualTo(80);
	}

	@Test
	void scoreIsTheWeightedMeanOfAvailableComponents() {
		ScoreComponent growth = QualityScore.growthAuthenticity(0.1, "followers");
		ScoreComponent engagement = QualityScore.engagementVsBaseline(0.000175, PlatformBaseline.X_RIVAL_IQ_2023);
		ScoreComponent reach = QualityScore.reachTrend(0.8, "reach");
		// (0.35 * 80 + 0.25 * 50 + 0.15 * 80) / 0.75 = (28 + 12.5 + 12) / 0.75 = 70
		assertThat(QualityScore.score(List.of(growth, engagement, reach))).isEqualTo(70);
		// fake share 0.2 -> 100 * (1 - 0.4) = 60; (28 + 12.5 + 12 + 0.25 * 60) / 1.0 = 67.5 -> 68
		ScoreComponent sample = QualityScore.sampleFakeShare(new SampleEstimate(200, 40, 0.2, 0.15, 0.26, "rules", "Wilson"));
		assertThat(sample.value()).isEqualTo(60);
		assertThat(QualityScore.score(List.of(growth, engagement, reach, sample))).isEqualTo(68);
		assertThat(sample.explanation()).contains("40 of 200", "20%", "15%-26%", "rules");
	}
}
