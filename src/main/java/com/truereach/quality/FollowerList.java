package com.truereach.quality;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.truereach.domain.FollowerEntry;

/**
 * One follower-list download of an account: its file, the day it shows and who is on it (with the
 * moment each person followed where the platform gives it, as Instagram's download does).
 */
public record FollowerList(String file, LocalDate day, List<FollowerEntry> members) {

	public FollowerList {
		members = List.copyOf(members);
	}

	/** Members per day they followed (UTC), for the members with a follow time. */
	static Map<LocalDate, Integer> perDay(List<FollowerEntry> members) {
		Map<LocalDate, Integer> perDay = new TreeMap<>();
		for (FollowerEntry entry : members) {
			if (entry.followedAt() != null) {
				perDay.merge(entry.followedAt().atZone(ZoneOffset.UTC).toLocalDate(), 1, Integer::sum);
			}
		}
		return perDay;
	}

	/** Members who followed from {@code from} to {@code to} (UTC days), or null when the list has no follow times. */
	Long followedBetween(LocalDate from, LocalDate to) {
		Map<LocalDate, Integer> perDay = perDay(this.members);
		if (perDay.isEmpty()) {
			return null;
		}
		long count = 0;
		for (Map.Entry<LocalDate, Integer> day : perDay.entrySet()) {
			if (!day.getKey().isBefore(from) && !day.getKey().isAfter(to)) {
				count += day.getValue();
			}
		}
		return count;
	}
}
