package com.truereach.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Deals the definition's accounts out to the partitions of a per-account step, in turn, so that
 * each partition gets a like share. Spring Batch gives a restarted partition the context of its
 * last execution, so a failed partition restarts alone with the very accounts it had.
 */
class AccountPartitioner implements Partitioner {

	/** A partition's account ids, in its execution context. */
	static final String ACCOUNTS = "accounts";

	private final RunContext run;

	AccountPartitioner(RunContext run) {
		this.run = run;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<JobDefinition.Account> accounts = run.definition().accounts();
		int partitions = Math.max(1, Math.min(gridSize, accounts.size()));
		List<ArrayList<String>> dealt = new ArrayList<>();
		for (int p = 0; p < partitions; p++) {
			dealt.add(new ArrayList<>());
		}
		for (int i = 0; i < accounts.size(); i++) {
			dealt.get(i % partitions).add(accounts.get(i).id());
		}
		Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
		for (int p = 0; p < partitions; p++) {
			ExecutionContext context = new ExecutionContext();
			context.put(ACCOUNTS, dealt.get(p));
			contexts.put("partition" + p, context);
		}
		return contexts;
	}
}
