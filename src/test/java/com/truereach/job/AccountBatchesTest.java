package com.truereach.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

class AccountBatchesTest {

	private static final List<String> ACCOUNTS = IntStream.range(0, 45).mapToObj(i -> "a" + i).toList();

	private static ChunkContext chunk(StepExecution step) {
		return new ChunkContext(new StepContext(step));
	}

	private static StepExecution step() {
		return new StepExecution(1L, "conversionAccounts:partition0",
				new JobExecution(1L, new JobInstance(1L, "trueReach"), new JobParameters()));
	}

	@Test
	void aPartitionsAccountsGoTwentyATimeEachCallACommit() {
		StepExecution step = step();
		List<List<String>> calls = new ArrayList<>();
		List<RepeatStatus> statuses = new ArrayList<>();
		for (int call = 0; call < 3; call++) {
			List<String> batch = new ArrayList<>();
			statuses.add(AccountBatches.next(ACCOUNTS, chunk(step), batch::add));
			calls.add(batch);
		}

		assertThat(calls).extracting(List::size).containsExactly(20, 20, 5);
		assertThat(calls.get(2)).containsExactly("a40", "a41", "a42", "a43", "a44");
		assertThat(statuses).containsExactly(RepeatStatus.CONTINUABLE, RepeatStatus.CONTINUABLE, RepeatStatus.FINISHED);
	}

	@Test
	void aRestartedPartitionCarriesOnAfterItsLastCommit() {
		StepExecution failed = step();
		AccountBatches.next(ACCOUNTS, chunk(failed), id -> {
		});
		// the second batch fails: its transaction, with the context's update, is rolled back
		StepExecution restarted = step();
		restarted.setExecutionContext(new ExecutionContext(failed.getExecutionContext()));
		List<String> batch = new ArrayList<>();

		AccountBatches.next(ACCOUNTS, chunk(restarted), batch::add);

		assertThat(batch).first().isEqualTo("a20");
		assertThat(batch).hasSize(20);
	}
}
