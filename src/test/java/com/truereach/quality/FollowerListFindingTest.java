package com.truereach.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.truereach.domain.FollowerEntry.ListKind;
import com.truereach.domain.FollowerEntry;

class FollowerListFindingTest {

	static final LocalDate FROM = LocalDate.of(2026, 3, 1);

	static final LocalDate TO = LocalDate.of(2026, 3, 5);

	@Test
	void namesTheBusiestFollowDayAgainstAUsualDay() {
		List<FollowerEntry> list = new ArrayList<>();
		// 2 follows a day on 1, 2, 4 and 5 March, 40 on 3 March, 3 before the range and 2 without a date
		for (int day = 1; day <= 5; day++) {
			int follows = day == 3 ? 40 : 2;
			for (int i = 0; i < follows; i++) {
				list.add(entry("d" + day + "-" + i, "2026-03-0" + day + "T10:00:00Z"));
			}
		}
		for (int i = 0; i < 3; i++) {
			list.add(entry("old" + i, "2025-12-24T10:00:00Z"));
		}
		list.add(entry("nodate1", null));
		list.add(entry("nodate2", null));

		// the daily export counted 50 new follows on 3 March: 10 of them are not on the list any more
		Flag flag = FollowerListFinding
			.of("input/ig/followers_1.json", list, null, null, Map.of(LocalDate.of(2026, 3, 3), 50L), FROM, TO)
			.orElseThrow();

		assertThat(flag.kind()).isEqualTo(FlagKind.FOLLOWER_LIST);
		assertThat(flag.from()).isEqualTo(LocalDate.of(2026, 3, 3));
		// 48 in the range + 3 before + 2 undated = 53; daily counts 2, 2, 40, 2, 2: median 2
		assertThat(flag.sentence()).isEqualTo("The follower list followers_1.json names 53 followers; 40 of them"
				+ " followed on 2026-03-03, the busiest day of the range (a usual day: 2); the daily export counted 50"
				+ " new follows that day, so 10 of them have left since.");
		assertThat(flag.evidence()).containsEntry("followed on the busiest day", 40);
	}

	@Test
	void withAnEarlierListCountsWhoJoinedAndWhoLeft() {
		List<FollowerEntry> earlier = List.of(entry("a", null), entry("b", null), entry("c", null));
		List<FollowerEntry> latest = List.of(entry("b", null), entry("c", null), entry("d", null), entry("e", null));

		Flag flag = FollowerListFinding.of("follower-part0.js", latest, "follower.js", earlier, Map.of(), FROM, TO)
			.orElseThrow();

		assertThat(flag.sentence()).isEqualTo(
				"The follower list follower-part0.js names 4 followers; since the earlier list follower.js, 2 joined and 1 left.");
	}

	@Test
	void oneListWithoutDatesSaysNothing() {
		Optional<Flag> flag = FollowerListFinding.of("follower.js", List.of(entry("a", null)), null, null, Map.of(), FROM,
				TO);

		assertThat(flag).isEmpty();
	}

	private static FollowerEntry entry(String id, String followedAt) {
		return new FollowerEntry(ListKind.FOLLOWERS, id, followedAt == null ? null : Instant.parse(followedAt));
	}
}
