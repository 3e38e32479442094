package com.truereach.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineSetTest {

	@Test
	void aLineCountsOncePerSheet() {
		LineSet lines = new LineSet();

		assertThat(lines.add(0, 5)).isTrue();
		assertThat(lines.add(0, 5)).isFalse();
		assertThat(lines.add(2, 5)).as("row 5 of another sheet").isTrue();
		assertThat(lines.add(0, 1_000_000)).isTrue();

		assertThat(lines.size()).isEqualTo(3);
		assertThat(lines.contains(0, 5)).isTrue();
		assertThat(lines.contains(1, 5)).isFalse();
		assertThat(lines.contains(7, 5)).as("a sheet never seen").isFalse();
		assertThat(lines.contains(0, 6)).isFalse();
	}
}
