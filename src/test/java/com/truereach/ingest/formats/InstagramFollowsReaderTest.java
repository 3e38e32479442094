package com.truereach.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.truereach.domain.FollowerEntry.ListKind;
import com.truereach.domain.FollowerEntry;
import com.truereach.ingest.ParsedFile;

class InstagramFollowsReaderTest {

	@Test
	void readsFollowersArrayWithValueAndUnixSeconds() {
		ParsedFile file = SocialFixtures.parse("instagram/followers_1.json");

		assertThat(file.format().id()).isEqualTo("instagram-follows");
		assertThat(file.usable()).as(file.message()).isTrue();
		// 1776135709 s = 2026-04-14T03:01:49Z; 1700000000 s = 2023-11-14T22:13:20Z
		assertThat(file.followers()).containsExactly(
				new FollowerEntry(ListKind.FOLLOWERS, "anna.bakes", Instant.parse("2026-04-14T03:01:49Z")),
				new FollowerEntry(ListKind.FOLLOWERS, "tom_runs", Instant.parse("2023-11-14T22:13:20Z")));
	}

	@Test
	void readsFollowingNameFromTitleElseFromTheHref() {
		ParsedFile file = SocialFixtures.parse("instagram/following.json");

		assertThat(file.format().id()).isEqualTo("instagram-follows");
		// 1745000000 s = 2025-04-18T18:13:20Z
		assertThat(file.followers()).containsExactly(
				new FollowerEntry(ListKind.FOLLOWING, "studio.stone", Instant.parse("2025-04-18T18:13:20Z")),
				new FollowerEntry(ListKind.FOLLOWING, "no_title_here", Instant.parse("2025-04-18T18:15:00Z")));
	}

	@Test
	void readsOlderWrappedFollowers() {
		ParsedFile file = SocialFixtures.parse("instagram/followers_old_wrapped.json");

		assertThat(file.format().id()).isEqualTo("instagram-follows");
		// 1600000000 s = 2020-09-13T12:26:40Z
		assertThat(file.followers()).containsExactly(
				new FollowerEntry(ListKind.FOLLOWERS, "old.friend", Instant.parse("2020-09-13T12:26:40Z")));
	}

	@Test
	void rejectsEntriesWithoutNameOrWithABadTimestamp() {
		ParsedFile file = SocialFixtures.read(new InstagramFollowsReader(), "[{\"title\":\"\",\"string_list_data\":[{}]},"
				+ "{\"string_list_data\":[{\"value\":\"ok\",\"timestamp\":\"yesterday\"}]},"
				+ "{\"string_list_data\":[{\"value\":\"fine\"}]}]");

		assertThat(file.rejects()).extracting(r -> r.line() + " " + r.column() + " " + r.value() + " " + r.reason())
			.containsExactly("1 string_list_data {\"title\":\"\",\"string_list_data\":[{}]} no username in value, title or href",
					"2 timestamp yesterday not a Unix time in seconds");
		// no timestamp: the entry is kept without a date
		assertThat(file.followers()).containsExactly(new FollowerEntry(ListKind.FOLLOWERS, "fine", null));
	}
}
