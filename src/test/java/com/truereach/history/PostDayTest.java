package com.truereach.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostDayTest {

	@Test
	void postsAddUpAndClicksCountWhereAnyPostReportsThem() {
		AudienceStore.PostDay clicked = new AudienceStore.PostDay(1, 12L);
		AudienceStore.PostDay unknown = new AudienceStore.PostDay(1, null);

		assertThat(unknown.plus(clicked)).isEqualTo(new AudienceStore.PostDay(2, 12L));
		assertThat(clicked.plus(unknown)).isEqualTo(new AudienceStore.PostDay(2, 12L));
		assertThat(clicked.plus(clicked)).isEqualTo(new AudienceStore.PostDay(2, 24L));
		assertThat(unknown.plus(unknown)).isEqualTo(new AudienceStore.PostDay(2, null));
	}
}
