package com.truereach.tooling.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The scale set's clients: every account in exactly one, of a few to a few dozen accounts, the same for the same seed. */
class ScaleClientsTest {

	@Test
	void everyAccountIsInOneClientOfThreeToFortyAccounts() {
		List<JobFile.Client> clients = generator(42).clients();

		List<String> ids = new ArrayList<>();
		clients.forEach(c -> ids.addAll(c.accounts()));
		List<String> expected = new ArrayList<>();
		for (int n = 1; n <= 2000; n++) {
			expected.add(String.format(Locale.ROOT, "s%04d", n));
		}
		assertThat(ids).containsExactlyElementsOf(expected);
		assertThat(clients.subList(0, clients.size() - 1)).allSatisfy(c -> assertThat(c.accounts()).hasSizeBetween(3, 40));
		assertThat(clients).extracting(JobFile.Client::id).doesNotHaveDuplicates().allMatch(id -> id.matches("client-\\d{3}"));
		assertThat(clients.size()).as("about 10 accounts a client").isBetween(120, 300);
		assertThat(clients.stream().filter(c -> c.accounts().size() >= 12).count()).as("a few large clients").isPositive();
		assertThat(generator(42).clients()).isEqualTo(clients);
	}

	private static ScaleGenerator generator(long seed) {
		return new ScaleGenerator(Path.of("unused"), seed, LocalDate.of(2026, 11, 24), 730, 2000);
	}
}
