package com.truereach.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotKeyTest {

	@Test
	void partsOfOneDownloadShareTheirKey() {
		assertThat(AudienceStore.snapshotKey("in/ig/followers_1.json"))
			.isEqualTo(AudienceStore.snapshotKey("in/ig/followers_2.json"))
			.isEqualTo("in/ig/followers.json");
		assertThat(AudienceStore.snapshotKey("archive.zip!/data/follower-part1.js"))
			.isEqualTo(AudienceStore.snapshotKey("archive.zip!/data/follower.js"));
	}

	@Test
	void downloadsInOtherFoldersOrOfOtherListsDoNot() {
		assertThat(AudienceStore.snapshotKey("in/ig/2026-03/followers_1.json"))
			.isNotEqualTo(AudienceStore.snapshotKey("in/ig/2026-06/followers_1.json"));
		assertThat(AudienceStore.snapshotKey("in/ig/following.json"))
			.isNotEqualTo(AudienceStore.snapshotKey("in/ig/followers_1.json"));
	}
}
