package com.truereach.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostDayTest {

	@Test
	void postsAddUpAndClicksCountWhereAnyPostReportsThem() {
		HistoryStore.PostDay clicked = new HistoryStore.PostDay(1, 12L);
		HistoryStore.PostDay unknown = new HistoryStore.PostDay(1, null);

		assertThat(unknown.plus(clicked)).isEqualTo(new HistoryStore.PostDay(2, 12L));
		assertThat(clicked.plus(unknown)).isEqualTo(new HistoryStore.PostDay(2, 12L));
		assertThat(clicked.plus(clicked)).isEqualTo(new HistoryStore.PostDay(2, 24L));
		assertThat(unknown.plus(unknown)).isEqualTo(new HistoryStore.PostDay(2, null));
	}
}
