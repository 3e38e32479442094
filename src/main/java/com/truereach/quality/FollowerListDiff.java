package com.truereach.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.truereach.domain.FollowerEntry;

/**
 * Who joined and who left a follower (or following) list between two snapshots of it, such as
 * two Instagram downloads or two X archives. An entry is identified by its list and id; an id
 * in both snapshots is unchanged, whatever its {@code followedAt}. Pure: no I/O, no Spring.
 */
public final class FollowerListDiff {

	private FollowerListDiff() {
	}

	/**
	 * {@code joined} are the entries of {@code later} missing from {@code earlier}, as the later
	 * snapshot gives them (so with the follow date where the export has one); {@code left} are
	 * the entries of {@code earlier} missing from {@code later}. Both keep their snapshot's order;
	 * an id listed twice in one snapshot counts once.
	 */
	public static Diff between(Collection<FollowerEntry> earlier, Collection<FollowerEntry> later) {
		Map<Key, FollowerEntry> before = index(earlier);
		Map<Key, FollowerEntry> after = index(later);
		List<FollowerEntry> joined = new ArrayList<>();
		after.forEach((key, entry) -> {
			if (!before.containsKey(key)) {
				joined.add(entry);
			}
		});
		List<FollowerEntry> left = new ArrayList<>();
		before.forEach((key, entry) -> {
			if (!after.containsKey(key)) {
				left.add(entry);
			}
		});
		return new Diff(joined, left);
	}

	private static Map<Key, FollowerEntry> index(Collection<FollowerEntry> entries) {
		Map<Key, FollowerEntry> index = new LinkedHashMap<>();
		for (FollowerEntry entry : entries) {
			index.putIfAbsent(new Key(entry.list(), entry.followerId()), entry);
		}
		return index;
	}

	private record Key(FollowerEntry.ListKind list, String id) {

		Key {
			Objects.requireNonNull(id, "follower id");
		}
	}

	/** The change between two snapshots. */
	public record Diff(List<FollowerEntry> joined, List<FollowerEntry> left) {

		public Diff {
			joined = List.copyOf(joined);
			left = List.copyOf(left);
		}
	}
}
