package com.truereach.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.truereach.history.InputFileStore;
import com.truereach.history.ResultStore;
import com.truereach.report.ClientTotals;
import com.truereach.report.ReportModel;
import com.truereach.report.WorkbookWriter;

/**
 * One partition of the client workbooks: the workbook of one client, its accounts read one at a
 * time from the account reports the conversion step kept, so that memory holds one client's headlines and
 * one account's days. What the overview needs of it (the file and the totals) is kept as the
 * client's result of this step.
 */
public class ClientWorkbookTasklet implements Tasklet {

	static final String STEP = "clientWorkbooks";

	private static final Logger log = LoggerFactory.getLogger(ClientWorkbookTasklet.class);

	/** What the overview reads of a client's workbook: where it is, which accounts it has, and their totals. */
	record Written(String client, String name, String path, List<String> accounts, ClientTotals totals) {
	}

	private final ResultStore store;

	private final ReportAssembler assembler;

	private final WorkbookWriter writer;

	private final RunContext run;

	private final RunProgress progress;

	private final String clientId;

	public ClientWorkbookTasklet(ResultStore store, InputFileStore inputFiles, WorkbookWriter writer, RunContext run,
			RunProgress progress, String clientId) {
		this.store = store;
		this.assembler = new ReportAssembler(store, inputFiles);
		this.writer = writer;
		this.run = run;
		this.progress = progress;
		this.clientId = clientId;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		JobDefinition.Client client = run.definition()
			.clients()
			.stream()
			.filter(c -> c.id().equals(clientId))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the definition has no client '" + clientId
					+ "' any more: it changed since this run started; re-run the range"));
		Path overview = ClientWorkbooks.report(run);
		Path target = ClientWorkbooks.client(overview, client.id());
		ClientWorkbooks.removeStaleTemporaries(target);
		ReportModel model = assembler.assemble(run, client, overview.getFileName().toString());
		StoredAccountReports accounts = new StoredAccountReports(store, run, client,
				progress.accountsWritten(run.runId()));
		writer.writeClient(model, accounts, run.definition().accounts().size(), target);
		ClientTotals totals = ClientTotals
			.of(accounts.headlines().stream().map(ReportModel.Headline::account).toList());
		store.saveResult(run.runId(), STEP, client.id(), new Written(client.id(), client.name(), target.toString(),
				client.accounts().stream().map(JobDefinition.Account::id).toList(), totals));
		contribution.incrementReadCount();
		contribution.incrementWriteCount(1);
		log.info("wrote {} ({} accounts of client {})", target, client.accounts().size(), client.id());
		return RepeatStatus.FINISHED;
	}
}
