package com.truereach.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.truereach.history.InputFileStore;
import com.truereach.history.ResultStore;
import com.truereach.report.OverviewWorkbook;
import com.truereach.report.ReportModel;
import com.truereach.report.WorkbookWriter;

/**
 * Step 5: gathers the results of the run and writes the workbook, reading the accounts' reports one
 * at a time; with clients, the overview beside the clients' workbooks, which the step before wrote.
 * Its path goes into the job's context.
 */
public class ReportTasklet implements Tasklet {

	public static final String REPORT_PATH = "report.path";

	/** The job context key of the client workbooks written beside the overview, as the run summary lists them. */
	static final String CLIENT_WORKBOOKS = "report.clients";

	private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

	private final ReportAssembler assembler;

	private final WorkbookWriter writer;

	private final ResultStore store;

	private final RunContext run;

	private final RunProgress progress;

	public ReportTasklet(ResultStore store, InputFileStore inputFiles, WorkbookWriter writer, RunContext run,
			RunProgress progress) {
		this.assembler = new ReportAssembler(store, inputFiles);
		this.store = store;
		this.writer = writer;
		this.run = run;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		JobDefinition definition = run.definition();
		Path target = ClientWorkbooks.report(run);
		ClientWorkbooks.removeStaleTemporaries(target);
		ReportModel model = assembler.assemble(run);
		StoredAccountReports accounts = new StoredAccountReports(store, run, progress.accountsWritten(run.runId()));
		try {
			if (ClientWorkbooks.grouped(definition)) {
				List<ClientWorkbookTasklet.Written> clients = clients(definition);
				OverviewWorkbook.write(model, clients.stream().map(c -> line(c, definition, target)).toList(), target);
				run.context().putString(CLIENT_WORKBOOKS, RunSummary.workbooks(clients));
				for (Path gone : ClientWorkbooks.formerClients(target, definition)) {
					log.info("removed {}: its client is no longer in the definition (the last run of this range "
							+ "listed it)", gone);
				}
			}
			else {
				writer.write(model, accounts, target);
			}
		}
		finally {
			progress.reportDone(run.runId());
		}
		run.context().putString(REPORT_PATH, target.toString());
		Map<String, String> clientOf = new HashMap<>();
		if (ClientWorkbooks.grouped(definition)) {
			definition.clients().forEach(c -> c.accounts().forEach(a -> clientOf.put(a.id(), c.id())));
		}
		run.context()
			.putString(RunSummary.HEADLINES, RunSummary.headlines(accounts.headlines(), model.notes(), clientOf));
		log.info("wrote {}", target);
		return RepeatStatus.FINISHED;
	}

	/**
	 * What the client workbooks step kept of each client, in the definition's order, each workbook
	 * checked to be where the overview links to it: a worker on another machine writes it into the
	 * output folder as it sees it, which must be this one (a shared folder).
	 */
	private List<ClientWorkbookTasklet.Written> clients(JobDefinition definition) {
		List<ClientWorkbookTasklet.Written> clients = new ArrayList<>();
		for (JobDefinition.Client client : definition.clients()) {
			ClientWorkbookTasklet.Written written = store.result(run.runId(), ClientWorkbookTasklet.STEP, client.id(),
					ClientWorkbookTasklet.Written.class);
			if (written == null) {
				throw new IllegalStateException("no workbook of client " + client.id() + " was written for run "
						+ run.runId());
			}
			if (!Files.isRegularFile(Path.of(written.path()))) {
				throw new IllegalStateException("the workbook of client " + client.id() + " is not at "
						+ written.path() + ", where its partition wrote it: with workers on other machines the "
						+ "definition's output folder must be one shared folder, at the same path everywhere");
			}
			clients.add(written);
		}
		return clients;
	}

	private static OverviewWorkbook.ClientLine line(ClientWorkbookTasklet.Written written, JobDefinition definition,
			Path overview) {
		JobDefinition.Client client = definition.clients()
			.stream()
			.filter(c -> c.id().equals(written.client()))
			.findFirst()
			.orElseThrow();
		return new OverviewWorkbook.ClientLine(client.id(), client.name(),
				ClientWorkbooks.client(overview, client.id()).getFileName().toString(),
				client.accounts()
					.stream()
					.map(a -> new OverviewWorkbook.AccountLine(a.id(),
							a.displayName() == null || a.displayName().isBlank() ? a.id() : a.displayName(),
							a.platform().label()))
					.toList(),
				written.totals());
	}
}
