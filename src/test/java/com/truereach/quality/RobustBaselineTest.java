package com.truereach.quality;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RobustBaselineTest {

	@Test
	void medianMadAndZOfASteadyWindow() {
		// sorted 8 9 10 10 10 11 12 30 -> median (10 + 10) / 2 = 10
		// |x - 10| sorted 0 0 0 1 1 2 2 20 -> MAD (1 + 1) / 2 = 1
		// scale = max(1.4826 * 1, sqrt(10) = 3.16228) = 3.16228; z(26) = 16 / 3.16228 = 5.0596
		RobustBaseline baseline = RobustBaseline.of(List.of(10.0, 12.0, 8.0, 10.0, 11.0, 9.0, 10.0, 30.0));
		assertThat(baseline.median()).isEqualTo(10.0);
		assertThat(baseline.mad()).isEqualTo(1.0);
		assertThat(baseline.scale()).isCloseTo(3.16228, within(1e-5));
		assertThat(baseline.z(26)).isCloseTo(5.0596, within(1e-4));
	}

	@Test
	void madDominatesOnAVolatileWindow() {
		// median 300, |x - 300| = 200 100 0 100 200 -> MAD 100; scale = max(148.26, sqrt(300) = 17.3) = 148.26
		// z(1000) = 700 / 148.26 = 4.7214
		RobustBaseline baseline = RobustBaseline.of(List.of(100.0, 200.0, 300.0, 400.0, 500.0));
		assertThat(baseline.scale()).isCloseTo(148.26, within(1e-9));
		assertThat(baseline.z(1000)).isCloseTo(4.7214, within(1e-4));
	}

	@Test
	void constantWindowFallsBackToCountingNoise() {
		// MAD = 0 -> scale = sqrt(50) = 7.0711; z(100) = 50 / 7.0711 = 7.0711; z(0) of an all-zero window: 0 / 1
		assertThat(RobustBaseline.of(List.of(50.0, 50.0, 50.0)).z(100)).isCloseTo(7.0711, within(1e-4));
		assertThat(RobustBaseline.of(List.of(0.0, 0.0)).z(3)).isEqualTo(3.0);
	}
}
