package com.truereach.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.truereach.domain.FollowerEntry.ListKind;
import com.truereach.domain.FollowerEntry;
import com.truereach.quality.FollowerListDiff.Diff;

class FollowerListDiffTest {

	private static final Instant MARCH = Instant.parse("2026-03-01T10:00:00Z");

	private static final Instant APRIL = Instant.parse("2026-04-14T03:01:49Z");

	@Test
	void joinedKeepTheirFollowDateAndLeftComeFromTheEarlierSnapshot() {
		List<FollowerEntry> earlier = List.of(follower("anna", MARCH), follower("bob", MARCH), follower("carl", null));
		List<FollowerEntry> later = List.of(follower("anna", MARCH), follower("dora", APRIL), follower("carl", null),
				follower("emil", null));

		Diff diff = FollowerListDiff.between(earlier, later);

		assertThat(diff.joined()).containsExactly(follower("dora", APRIL), follower("emil", null));
		assertThat(diff.left()).containsExactly(follower("bob", MARCH));
	}

	@Test
	void theListKindIsPartOfTheIdentityAndDuplicatesCountOnce() {
		FollowerEntry followingAnna = new FollowerEntry(ListKind.FOLLOWING, "anna", null);
		List<FollowerEntry> earlier = List.of(follower("anna", MARCH), follower("anna", MARCH));
		List<FollowerEntry> later = List.of(followingAnna, followingAnna);

		Diff diff = FollowerListDiff.between(earlier, later);

		assertThat(diff.joined()).containsExactly(followingAnna);
		assertThat(diff.left()).containsExactly(follower("anna", MARCH));
	}

	@Test
	void anUnchangedFollowerIsNeitherJoinedNorLeftEvenWhenItsDateDiffers() {
		Diff diff = FollowerListDiff.between(List.of(follower("anna", MARCH)), List.of(follower("anna", APRIL)));

		assertThat(diff.joined()).isEmpty();
		assertThat(diff.left()).isEmpty();
	}

	private static FollowerEntry follower(String name, Instant at) {
		return new FollowerEntry(ListKind.FOLLOWERS, name, at);
	}
}
