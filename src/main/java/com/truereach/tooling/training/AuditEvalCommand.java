package com.truereach.tooling.training;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import com.truereach.quality.profile.ShippedModel;
import com.truereach.tooling.training.LabelledProfileReader.LabelledSet;

/**
 * {@code truereach audit-eval FILE...}: how well the published rule sets and the shipped model
 * tell fake followers from humans on labelled profile files. The last line is
 * {@code mcc=<value>}, the model's cross-validated MCC.
 */
@Command(name = "audit-eval", mixinStandardHelpOptions = true,
		description = { "Scores the follower rule sets (Cresci et al. 2015 single rules, Camisani-Calzolari, "
				+ "Socialbakers) and the shipped model on labelled profile CSV files (Twitter user-object columns "
				+ "plus label=human|fake): accuracy, precision, recall, F1, MCC, positive class = fake.",
				"The model is scored by stratified 10-fold cross-validation (fixed seed) and, separately, as shipped." })
public final class AuditEvalCommand implements Callable<Integer> {

	@Mixin
	private LabelledFiles input;

	@Override
	public Integer call() throws Exception {
		LabelledSet set = input.read();
		AuditEvaluation.Report report = AuditEvaluation.run(set.profiles(), ShippedModel.load(), new LogisticTrainer());
		PrintWriter out = input.out();
		out.print(report.table());
		out.printf(Locale.ROOT, "mcc=%.4f%n", report.crossValidatedMcc());
		out.flush();
		return 0;
	}
}
