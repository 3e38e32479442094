package com.truereach.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotKeyTest {

	@Test
	void partsOfOneDownloadShareTheirKey() {
		assertThat(HistoryStore.snapshotKey("in/ig/followers_1.json"))
			.isEqualTo(HistoryStore.snapshotKey("in/ig/followers_2.json"))
			.isEqualTo("in/ig/followers.json");
		assertThat(HistoryStore.snapshotKey("archive.zip!/data/follower-part1.js"))
			.isEqualTo(HistoryStore.snapshotKey("archive.zip!/data/follower.js"));
	}

	@Test
	void downloadsInOtherFoldersOrOfOtherListsDoNot() {
		assertThat(HistoryStore.snapshotKey("in/ig/2026-03/followers_1.json"))
			.isNotEqualTo(HistoryStore.snapshotKey("in/ig/2026-06/followers_1.json"));
		assertThat(HistoryStore.snapshotKey("in/ig/following.json"))
			.isNotEqualTo(HistoryStore.snapshotKey("in/ig/followers_1.json"));
	}
}
