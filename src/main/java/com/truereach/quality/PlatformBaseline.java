package com.truereach.quality;

import java.util.Optional;

import com.truereach.domain.Platform;

/**
 * Published engagement baselines, each with the formula it was measured with and its source
 * (docs/methods.md, "Engagement baselines"). All are per post: interactions per post divided by
 * followers, as a fraction (0.0035 = 0.35%).
 */
public enum PlatformBaseline {

	X_RIVAL_IQ_2023(Platform.X, 0.00035),
	INSTAGRAM_RIVAL_IQ_2023(Platform.INSTAGRAM, 0.0047),
	FACEBOOK_RIVAL_IQ_2023(Platform.FACEBOOK, 0.0006),
	TIKTOK_RIVAL_IQ_2023(Platform.TIKTOK, 0.0569),
	LINKEDIN_SOCIALINSIDER_2026(Platform.LINKEDIN, 0.0385);

	private final Platform platform;

	private final double rate;

	PlatformBaseline(Platform platform, double rate) {
		this.platform = platform;
		this.rate = rate;
	}

	public Platform platform() {
		return this.platform;
	}

	/** Interactions per post / followers, as a fraction. */
	public double rate() {
		return this.rate;
	}

	public String formula() {
		return (this == LINKEDIN_SOCIALINSIDER_2026) ? "engagements per post / followers, by follower count"
				: "interactions per post / followers, all-industry median of brand accounts";
	}

	public String source() {
		return (this == LINKEDIN_SOCIALINSIDER_2026) ? "Socialinsider 2026" : "Rival IQ 2023";
	}

	/**
	 * The baseline used for a platform: Rival IQ's brand medians where they exist (TrueReach
	 * analyses brand accounts), Socialinsider for LinkedIn, none for YouTube.
	 */
	public static Optional<PlatformBaseline> forPlatform(Platform platform) {
		for (PlatformBaseline baseline : values()) {
			if (baseline.platform == platform) {
				return Optional.of(baseline);
			}
		}
		return Optional.empty();
	}
}
