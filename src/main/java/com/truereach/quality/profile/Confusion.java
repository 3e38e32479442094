package com.truereach.quality.profile;

import java.util.List;

/**
 * Counts of a classifier's verdicts against labels, positive class = fake. A ratio whose
 * denominator is zero is NaN (precision of a classifier that never says fake), except MCC,
 * which is 0 then by the usual convention: such a classifier knows nothing.
 */
public record Confusion(int tp, int fp, int tn, int fn) {

	public static final Confusion EMPTY = new Confusion(0, 0, 0, 0);

	public static Confusion of(ProfileClassifier classifier, List<LabelledProfile> rows) {
		Confusion confusion = EMPTY;
		for (LabelledProfile row : rows) {
			confusion = confusion.plus(classifier.isFake(row.profile()), row.fake());
		}
		return confusion;
	}

	public Confusion plus(boolean predictedFake, boolean fake) {
		return new Confusion(tp + (predictedFake && fake ? 1 : 0), fp + (predictedFake && !fake ? 1 : 0),
				tn + (!predictedFake && !fake ? 1 : 0), fn + (!predictedFake && fake ? 1 : 0));
	}

	public Confusion plus(Confusion other) {
		return new Confusion(tp + other.tp, fp + other.fp, tn + other.tn, fn + other.fn);
	}

	public int total() {
		return tp + fp + tn + fn;
	}

	public double accuracy() {
		return ratio(tp + tn, total());
	}

	public double precision() {
		return ratio(tp, tp + fp);
	}

	public double recall() {
		return ratio(tp, tp + fn);
	}

	public double f1() {
		return ratio(2.0 * tp, 2.0 * tp + fp + fn);
	}

	/** (TP*TN - FP*FN) / sqrt((TP+FP)(TP+FN)(TN+FP)(TN+FN)). */
	public double mcc() {
		double denominator = Math.sqrt((double) (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
		return denominator == 0 ? 0 : ((double) tp * tn - (double) fp * fn) / denominator;
	}

	public Scores scores(String evaluation) {
		return new Scores(evaluation, tp, fp, tn, fn, round(accuracy()), round(precision()), round(recall()),
				round(f1()), round(mcc()));
	}

	private static double ratio(double numerator, double denominator) {
		return denominator == 0 ? Double.NaN : numerator / denominator;
	}

	private static double round(double value) {
		return Double.isNaN(value) ? value : Math.round(value * 10000) / 10000.0;
	}

	/** Rounded metrics as stored in the model file. */
	public record Scores(String evaluation, int tp, int fp, int tn, int fn, double accuracy, double precision,
			double recall, double f1, double mcc) {
	}
}
