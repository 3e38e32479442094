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

/** Step 4: gathers the results of the run and writes the workbook; its path goes into the job's context. */
public class ReportTasklet implements Tasklet {

	public static final String REPORT_PATH = "report.path";

	private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

	private final ReportAssembler assembler;

	private final WorkbookWriter writer;

	private final RunContext run;

	public ReportTasklet(ResultStore resultStore, InputFileStore inputFiles, WorkbookWriter writer, RunContext run) {
		this.assembler = new ReportAssembler(resultStore, inputFiles);
		this.writer = writer;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		JobDefinition definition = run.definition();
		Path target = definition.output().resolve(definition.name() + "_" + run.from() + "_" + run.to() + ".xlsx");
		for (Path stale : WorkbookTemporaries.removeStale(target)) {
			log.warn("removed {}, left by an earlier run that stopped while writing this workbook", stale);
		}
		ReportModel model = assembler.assemble(run);
		writer.write(model, target);
		run.context().putString(REPORT_PATH, target.toString());
		run.context().putString(RunSummary.HEADLINES, RunSummary.headlines(model));
		log.info("wrote {}", target);
		return RepeatStatus.FINISHED;
	}
}
