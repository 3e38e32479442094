package com.truereach.tooling.training;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import com.truereach.quality.profile.Confusion;
import com.truereach.quality.profile.LogisticModel;
import com.truereach.quality.profile.ShippedModel;
import com.truereach.tooling.training.LabelledProfileReader.LabelledSet;

/**
 * {@code truereach train-model --out FILE FILES...}: fits the fake-follower model on labelled
 * profiles and writes it as JSON with its cross-validated and training-set metrics. The same
 * files give the same bytes.
 */
@Command(name = "train-model", mixinStandardHelpOptions = true,
		description = "Trains the fake-follower logistic model on labelled profile CSV files and writes it as JSON "
				+ "(e.g. src/main/resources/model/fake-follower-model.json).")
public final class TrainModelCommand implements Callable<Integer> {

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model JSON")
	private Path out;

	@Mixin
	private LabelledFiles input;

	@Override
	public Integer call() throws Exception {
		LabelledSet set = input.read();
		LogisticTrainer trainer = new LogisticTrainer();
		LogisticModel model = trainer.fit(set.profiles());
		Confusion crossValidated = CrossValidation.run(set.profiles(), AuditEvaluation.FOLDS, AuditEvaluation.SEED,
				trainer::fit);
		Map<String, Confusion.Scores> metrics = new LinkedHashMap<>();
		metrics.put("crossValidated", crossValidated.scores("stratified " + AuditEvaluation.FOLDS
				+ "-fold cross-validation, seed " + AuditEvaluation.SEED + ", re-trained on each fold's training part"));
		metrics.put("trainingRows", Confusion.of(model, set.profiles())
			.scores("the final model on its own training rows (optimistic)"));
		model = model.withMetrics(metrics);
		ShippedModel.write(model, out);
		input.out()
			.printf(Locale.ROOT, "wrote %s: %d features, cross-validated MCC %.4f%n", out, model.features().size(),
					crossValidated.mcc());
		return 0;
	}
}
