package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.truereach.domain.Platform;

/** One partition per client, the clients with most accounts first, whatever the grid size. */
class ClientPartitionerTest {

	@Test
	void aPartitionPerClientTheLargestFirst() {
		JobDefinition.Account a = account("a");
		JobDefinition.Account b = account("b");
		JobDefinition.Account c = account("c");
		JobDefinition.Account d = account("d");
		List<JobDefinition.Client> clients = List.of(new JobDefinition.Client("small", "Small", List.of(a)),
				new JobDefinition.Client("large", "Large", List.of(b, c, d)));
		JobDefinition definition = new JobDefinition("agency", Path.of("jobs/agency.yml"), null, Path.of("reports"), 0.05,
				"USD", Map.of(), List.of(a, b, c, d), List.of(), List.of(), null, clients);
		RunContext run = new RunContext(RunParameters.range(Path.of("jobs/agency.yml"), LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 31)), definition, 1, new ExecutionContext());

		Map<String, ExecutionContext> partitions = new ClientPartitioner(run).partition(1);

		assertThat(partitions.keySet()).containsExactly("client-large", "client-small");
		assertThat(partitions.get("client-small").getString(ClientPartitioner.CLIENT)).isEqualTo("small");
		assertThat(new ClientPartitioner(run).partition(8)).hasSize(2);
	}

	private static JobDefinition.Account account(String id) {
		return new JobDefinition.Account(id, Platform.X, "@" + id, id, List.of(), null, null, Map.of());
	}
}
