package com.truereach.job;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.truereach.history.InputFileStore;
import com.truereach.history.ResultStore;
import com.truereach.report.ReportModel;
import com.truereach.report.WorkbookTemporaries;
import com.truereach.report.WorkbookWriter;

/**
 * Step 5: gathers the results of the run and writes the workbook, reading the accounts' reports one
 * at a time; its path goes into the job's context.
 */
public class ReportTasklet implements Tasklet {

	public static final String REPORT_PATH = "report.path";

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
		Path target = definition.output().resolve(definition.name() + "_" + run.from() + "_" + run.to() + ".xlsx");
		for (Path stale : WorkbookTemporaries.removeStale(target)) {
			log.warn("removed {}, left by an earlier run that stopped while writing this workbook", stale);
		}
		ReportModel model = assembler.assemble(run);
		StoredAccountReports accounts = new StoredAccountReports(store, run, progress.accountsWritten(run.runId()));
		try {
			writer.write(model, accounts, target);
		}
		finally {
			progress.reportDone(run.runId());
		}
		run.context().putString(REPORT_PATH, target.toString());
		run.context().putString(RunSummary.HEADLINES, RunSummary.headlines(accounts.headlines(), model.notes()));
		log.info("wrote {}", target);
		return RepeatStatus.FINISHED;
	}
}
