package com.truereach.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per client, for the client workbooks: the grid size bounds how many are written
 * at once, not how they are cut. The clients with the most accounts come first, so that the
 * partitions taken in turn by the cores (or workers) end at about the same time; a failed client's
 * workbook is written again alone on restart, the others' stay done.
 */
class ClientPartitioner implements Partitioner {

	/** A partition's client id, in its execution context. */
	static final String CLIENT = "client";

	private final RunContext run;

	ClientPartitioner(RunContext run) {
		this.run = run;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<JobDefinition.Client> clients = new ArrayList<>(run.definition().clients());
		clients.sort(Comparator.comparingInt((JobDefinition.Client c) -> c.accounts().size()).reversed());
		Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
		for (JobDefinition.Client client : clients) {
			ExecutionContext context = new ExecutionContext();
			context.putString(CLIENT, client.id());
			contexts.put("client-" + client.id(), context);
		}
		return contexts;
	}
}
