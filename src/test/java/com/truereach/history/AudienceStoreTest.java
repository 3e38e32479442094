package com.truereach.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.truereach.domain.AccountDay;
import com.truereach.domain.FollowerEntry;
import com.truereach.domain.FollowerEntry.ListKind;
import com.truereach.domain.FollowerProfile;
import com.truereach.domain.Metric;
import com.truereach.domain.PostMetrics;

/** Posts, follower lists and sample profiles, stored from records and read back. */
class AudienceStoreTest {

	static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

	static final LocalDate MAR_10 = LocalDate.of(2026, 3, 10);

	MemoryHistory history;

	AccountDayStore days;

	AudienceStore store;

	@BeforeEach
	void open() {
		history = new MemoryHistory("audience");
		days = new AccountDayStore(history.jdbc);
		store = new AudienceStore(history.jdbc, days);
	}

	@AfterEach
	void close() {
		history.close();
	}

	static PostMetrics post(String id, String published, Map<Metric, Long> metrics) {
		return new PostMetrics(id, LocalDateTime.parse(published), "text of " + id, metrics);
	}

	static FollowerEntry follower(String id, String followedAt) {
		return new FollowerEntry(ListKind.FOLLOWERS, id, followedAt == null ? null : Instant.parse(followedAt));
	}

	static FollowerProfile profile(String id, String name) {
		return new FollowerProfile(id, name, name, 10L, 20L, 30L, 0L, 0L, null, null, false, false, false, false, "");
	}

	/** The account's exports reach March 10: no list or sample of it can be of a later day. */
	void exportedUntilMarch10(String account) {
		days.store(account, Exports.days("ig-insights", new AccountDay(MAR_10, Map.of(Metric.FOLLOWERS, 100L))),
				history.file(account + "-insights.csv", MAR_10, MAR_10, "2026-03-11T00:00:00Z"));
	}

	@Test
	void aPostExportedAgainReplacesTheStoredOneAndPostDaysAddUpItsClicks() {
		store.store("x", Exports.posts(post("1", "2026-03-01T09:00:00", Map.of(Metric.LINK_CLICKS, 5L)),
				post("2", "2026-03-01T18:00:00", Map.of(Metric.IMPRESSIONS, 40L)),
				post("3", "2026-03-02T10:00:00", Map.of(Metric.LINK_CLICKS, 7L))),
				history.file("posts-1.csv", MAR_1, MAR_1.plusDays(1), "2026-03-03T00:00:00Z"));
		store.store("x", Exports.posts(post("3", "2026-03-02T10:00:00", Map.of(Metric.LINK_CLICKS, 9L)),
				post("4", "2026-03-03T08:00:00", Map.of(Metric.LINK_CLICKS, 1L)),
				post("4", "2026-03-03T08:00:00", Map.of(Metric.LINK_CLICKS, 2L))),
				history.file("posts-2.csv", MAR_1.plusDays(1), MAR_1.plusDays(2), "2026-03-04T00:00:00Z"));

		assertThat(store.postDays("x", MAR_1, MAR_1.plusDays(2))).isEqualTo(Map.of(MAR_1,
				new AudienceStore.PostDay(2, 5L), MAR_1.plusDays(1), new AudienceStore.PostDay(1, 9L),
				MAR_1.plusDays(2), new AudienceStore.PostDay(1, 2L)));
		assertThat(store.postDays("x", MAR_1.plusDays(1), MAR_1.plusDays(1))).as("only the days asked for")
			.containsOnlyKeys(MAR_1.plusDays(1));
		assertThat(history.jdbc.queryForObject("SELECT COUNT(*) FROM tr_post", Long.class)).isEqualTo(4);
	}

	@Test
	void thePartsOfOneDownloadAreOneSnapshotNotOfADayAfterTheLastExportedDay() {
		exportedUntilMarch10("ig");
		// saved on March 20, ten days after the last exported day
		long part1 = history.file("in/ig/followers_1.json", null, null, "2026-03-20T00:00:00Z");
		long part2 = history.file("in/ig/followers_2.json", null, null, "2026-03-20T00:00:00Z");
		long april = history.file("in/ig/2026-04/followers_1.json", null, null, "2026-04-02T00:00:00Z");
		store.store("ig", Exports.followers(follower("u1", "2026-03-05T10:00:00Z"), follower("u2", null)), part1);
		store.store("ig", Exports.followers(follower("u3", "2026-03-08T00:00:00Z")), part2);
		store.store("ig", Exports.followers(follower("u1", "2026-03-05T10:00:00Z"),
				follower("u4", "2026-03-12T00:00:00Z")), april);
		store.store("ig", Exports.followers(follower("u3", "2026-03-08T00:00:00Z")), part2);

		assertThat(store.followerSnapshots("ig", ListKind.FOLLOWERS)).containsExactly(
				new AudienceStore.FollowerSnapshot("in/ig/followers_1.json (2 parts)", MAR_10,
						List.of(follower("u1", "2026-03-05T10:00:00Z"), follower("u2", null),
								follower("u3", "2026-03-08T00:00:00Z"))),
				new AudienceStore.FollowerSnapshot("in/ig/2026-04/followers_1.json", LocalDate.of(2026, 3, 12),
						List.of(follower("u1", "2026-03-05T10:00:00Z"),
								follower("u4", "2026-03-12T00:00:00Z"))));
		assertThat(store.followerSnapshots("ig", ListKind.FOLLOWING)).isEmpty();
	}

	@Test
	void aProfileExportedAgainReplacesTheStoredOneAndTheSampleIsOfTheDayItWasSaved() {
		exportedUntilMarch10("ig");
		store.store("ig", Exports.profiles(profile("2", "bea"), profile("1", "al")),
				history.file("sample-1.csv", null, null, "2026-03-05T12:00:00Z"));
		store.store("ig", Exports.profiles(profile("1", "alan")),
				history.file("sample-2.csv", null, null, "2026-03-20T00:00:00Z"));
		store.store("new", Exports.profiles(profile("9", "zed")),
				history.file("sample-3.csv", null, null, "2026-03-20T00:00:00Z"));

		assertThat(store.profiles("ig")).extracting(FollowerProfile::id, FollowerProfile::name)
			.containsExactly(tuple("1", "alan"),
					tuple("2", "bea"));
		assertThat(store.sampleDay("ig")).as("saved March 20, but the exports end March 10").isEqualTo(MAR_10);
		assertThat(store.sampleDay("new")).as("no export bounds it").isEqualTo(LocalDate.of(2026, 3, 20));
		assertThat(store.sampleDay("none")).isNull();
		assertThat(store.profiles("none")).isEmpty();
	}
}
