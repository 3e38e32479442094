package com.truereach.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One job execution as {@code runs}, {@code runs show} and the run summary tell it. Files and
 * rows are those of the run (the job instance, across its restarts), as the workbook's Data
 * quality sheet counts them; {@code newFiles} are those no earlier run had stored. {@code failedStep} is
 * the first step that failed (a partition's failure also fails the step that hands it out, which
 * is the one named).
 */
public record RunRecord(long id, long run, String status, String exitCode, String definition, String request,
		LocalDate from, LocalDate to, long revision, LocalDateTime start, LocalDateTime end, Long durationSeconds,
		long files, long filesNotUsed, long newFiles, long rowsRead, long rowsAccepted, long rowsRejected,
		String report, String failure, String failedStep, String owner, List<Step> steps, List<FileCount> fileCounts) {

	/** One step (or ingest partition) of the execution. */
	public record Step(String name, String status, long read, long written, long skipped, LocalDateTime start,
			Long durationMillis, String failure) {
	}

	/** What the run made of one input file. */
	public record FileCount(String path, String owner, String format, String status, long read, long accepted,
			long rejected, long daysReplaced) {
	}
}
