package com.truereach.quality;

/**
 * Fake share of an account's follower sample: {@code fakes} of {@code sampleSize} classified
 * fake by {@code classifier}, with a 95% confidence interval ({@code low}, {@code high}) on the share.
 */
public record SampleEstimate(int sampleSize, int fakes, double share, double low, double high, String classifier,
		String intervalMethod) {
}
