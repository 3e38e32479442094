package com.truereach.tooling;

import picocli.CommandLine;

import com.truereach.tooling.benchmark.BenchmarkIngestCommand;
import com.truereach.tooling.benchmark.BenchmarkJobCommand;
import com.truereach.tooling.benchmark.BenchmarkReportCommand;
import com.truereach.tooling.generate.GenerateCommand;
import com.truereach.tooling.training.AuditEvalCommand;
import com.truereach.tooling.training.TrainModelCommand;

/**
 * The commands that serve the people who build TrueReach rather than its users: the demo and
 * scale data generator, the benchmarks and the fake-follower model's training and evaluation.
 * They depend on the product; the product never depends on them.
 */
public final class Tooling {

	private Tooling() {
	}

	public static CommandLine addTo(CommandLine commandLine) {
		commandLine.addSubcommand("audit-eval", new AuditEvalCommand());
		commandLine.addSubcommand("train-model", new TrainModelCommand());
		commandLine.addSubcommand("generate", new GenerateCommand());
		commandLine.addSubcommand("benchmark-ingest", new BenchmarkIngestCommand());
		commandLine.addSubcommand("benchmark-report", new BenchmarkReportCommand());
		commandLine.addSubcommand("benchmark-job", new BenchmarkJobCommand());
		return commandLine;
	}
}
