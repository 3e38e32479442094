package com.truereach.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.truereach.domain.FollowerEntry;

/**
 * What an account's follower list says, where the platform hands one out (Instagram's download
 * has the moment each person followed; the X archive has ids only): the day of the range on which
 * most of today's followers followed, against a usual day, and, with an earlier list, who joined
 * and who left in between. Bought followers arrive together, so a busiest day many times the
 * usual one is the list's own evidence of a purchase.
 */
public final class FollowerListFinding {

	private FollowerListFinding() {
	}

	/**
	 * @param earlier the previous list, or null when there is one list only
	 * @param gained new follows per day as the daily export counts them (may be empty): on the
	 * busiest day, those not on the list any more have left since
	 * @return a FOLLOWER_LIST flag, or empty when the list has no dates in the range and there is
	 * no earlier list to compare with
	 */
	static Optional<Flag> of(String file, Collection<FollowerEntry> latest, String earlierFile,
			Collection<FollowerEntry> earlier, Map<LocalDate, Long> gained, LocalDate from, LocalDate to) {
		Map<LocalDate, Integer> perDay = new TreeMap<>(FollowerList.perDay(List.copyOf(latest)));
		perDay.keySet().removeIf(day -> day.isBefore(from) || day.isAfter(to));
		Map<String, Number> evidence = new LinkedHashMap<>();
		evidence.put("followers on the list", latest.size());
		StringBuilder sentence = new StringBuilder("The follower list ").append(name(file)).append(" names ")
			.append(Format.count(latest.size())).append(" followers");
		LocalDate busiest = null;
		if (!perDay.isEmpty()) {
			busiest = perDay.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
			List<Double> counts = new ArrayList<>();
			from.datesUntil(to.plusDays(1)).forEach(d -> counts.add((double) perDay.getOrDefault(d, 0)));
			double usual = RobustBaseline.median(counts);
			evidence.put("followed on the busiest day", perDay.get(busiest));
			evidence.put("followed on a usual day (median)", usual);
			sentence.append("; ").append(Format.count(perDay.get(busiest))).append(" of them followed on ")
				.append(busiest).append(", the busiest day of the range (a usual day: ")
				.append(Format.count(Math.round(usual))).append(")");
			Long counted = gained.get(busiest);
			if (counted != null && counted > perDay.get(busiest)) {
				long left = counted - perDay.get(busiest);
				evidence.put("new follows that day in the daily export", counted);
				sentence.append("; the daily export counted ").append(Format.count(counted))
					.append(" new follows that day, so ").append(Format.count(left)).append(" of them have left since");
			}
		}
		if (earlier != null) {
			FollowerListDiff.Diff diff = FollowerListDiff.between(earlier, latest);
			long joined = diff.joined().size();
			long left = diff.left().size();
			evidence.put("joined since the earlier list", joined);
			evidence.put("left since the earlier list", left);
			sentence.append("; since the earlier list ").append(name(earlierFile)).append(", ")
				.append(Format.count(joined)).append(" joined and ").append(Format.count(left)).append(" left");
		}
		else if (busiest == null) {
			return Optional.empty();
		}
		return Optional.of(new Flag(FlagKind.FOLLOWER_LIST, busiest == null ? from : busiest,
				busiest == null ? to : busiest, "follower list", evidence, sentence.append('.').toString()));
	}

	/** The file's name without its folder. */
	static String name(String file) {
		int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
		return file.substring(slash + 1);
	}
}
