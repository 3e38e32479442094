package com.truereach.job;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A per-account partition's accounts a few at a time, one transaction each: a tasklet step commits
 * after each call of its tasklet, and a partition that saved all its accounts' results in one
 * transaction held every one of them in the database's memory until its end (on the 2,000-account
 * backfill H2 ran out of a 512 MB heap). How far the partition got is kept in its execution
 * context, saved with each commit, so a restarted partition carries on after its last commit.
 */
final class AccountBatches {

	/** Accounts per transaction. */
	static final int SIZE = 20;

	private static final String NEXT = "accounts.next";

	private AccountBatches() {
	}

	/**
	 * Hands the next accounts of {@code accounts} to {@code each}.
	 *
	 * @return whether the tasklet has accounts left, to be called again
	 */
	static RepeatStatus next(List<String> accounts, ChunkContext chunk, Consumer<String> each) {
		ExecutionContext context = chunk.getStepContext().getStepExecution().getExecutionContext();
		int from = context.getInt(NEXT, 0);
		int to = Math.min(accounts.size(), from + SIZE);
		accounts.subList(from, to).forEach(each);
		context.putInt(NEXT, to);
		return RepeatStatus.continueIf(to < accounts.size());
	}
}
