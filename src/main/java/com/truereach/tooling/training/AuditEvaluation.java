package com.truereach.tooling.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.truereach.quality.profile.Confusion;
import com.truereach.quality.profile.LabelledProfile;
import com.truereach.quality.profile.LogisticModel;
import com.truereach.quality.profile.ProfileClassifier;

/**
 * Scores every rule set and the shipped model on labelled profiles. The rules have nothing to
 * learn and are scored on all rows; the model is scored twice: re-trained by stratified
 * k-fold cross-validation (never scored on its own training rows: the honest figure) and, as
 * shipped, on all rows (optimistic when these rows are its training data).
 */
public final class AuditEvaluation {

	public static final int FOLDS = 10;

	public static final long SEED = 20150913L;

	public static final String CROSS_VALIDATED = "10-fold CV";

	private AuditEvaluation() {
	}

	public record Line(String classifier, String evaluation, Confusion confusion) {
	}

	public record Report(List<Line> lines, Confusion crossValidated) {

		public double crossValidatedMcc() {
			return crossValidated.mcc();
		}

		public String table() {
			return AuditEvaluation.table(lines);
		}
	}

	/** The table, one classifier a line, columns aligned. */
	public static String table(List<Line> lines) {
		String[] header = { "classifier", "scored on", "n", "TP", "FP", "TN", "FN", "accuracy", "precision", "recall",
				"F1", "MCC" };
		List<String[]> cells = new ArrayList<>();
		cells.add(header);
		for (Line line : lines) {
			Confusion c = line.confusion();
			cells.add(new String[] { line.classifier(), line.evaluation(), Integer.toString(c.total()),
					Integer.toString(c.tp()), Integer.toString(c.fp()), Integer.toString(c.tn()),
					Integer.toString(c.fn()), number(c.accuracy()), number(c.precision()), number(c.recall()),
					number(c.f1()), number(c.mcc()) });
		}
		int[] width = new int[header.length];
		for (String[] row : cells) {
			for (int i = 0; i < row.length; i++) {
				width[i] = Math.max(width[i], row[i].length());
			}
		}
		StringBuilder out = new StringBuilder();
		for (String[] row : cells) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < row.length; i++) {
				String format = i < 2 ? "%-" + width[i] + "s" : "%" + width[i] + "s";
				text.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, format, row[i]));
			}
			out.append(text.toString().stripTrailing()).append('\n');
		}
		return out.toString();
	}

	private static String number(double value) {
		return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
	}

	/** The published rule sets, in the order of Cresci et al.'s tables. */
	public static List<ProfileClassifier> baselines() {
		List<ProfileClassifier> baselines = new ArrayList<>(SingleRule.all());
		baselines.add(new CamisaniCalzolari());
		baselines.add(new Socialbakers());
		return baselines;
	}

	public static Report run(List<LabelledProfile> rows, LogisticModel shipped, LogisticTrainer trainer) {
		List<Line> lines = new ArrayList<>();
		for (ProfileClassifier baseline : baselines()) {
			lines.add(new Line(baseline.name(), "all rows", Confusion.of(baseline, rows)));
		}
		Confusion crossValidated = CrossValidation.run(rows, FOLDS, SEED, trainer::fit);
		lines.add(new Line(shipped.name() + " (re-trained)", CROSS_VALIDATED, crossValidated));
		lines.add(new Line(shipped.name() + " (shipped)", "all rows", Confusion.of(shipped, rows)));
		return new Report(List.copyOf(lines), crossValidated);
	}
}
