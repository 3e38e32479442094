package com.truereach.domain;

import java.util.Locale;

/** Where a record comes from: a social platform or a revenue source. */
public enum Platform {
	X(true), INSTAGRAM(true), FACEBOOK(true), LINKEDIN(true), TIKTOK(true), YOUTUBE(true), STRIPE(false),
	SHOPIFY(false), GA4(false), ORDERS(false);

	private final boolean social;

	Platform(boolean social) {
		this.social = social;
	}

	public boolean isSocial() {
		return social;
	}

	public String label() {
		return switch (this) {
			case X -> "X";
			case GA4 -> "GA4";
			case LINKEDIN -> "LinkedIn";
			case TIKTOK -> "TikTok";
			case YOUTUBE -> "YouTube";
			case ORDERS -> "Orders CSV";
			default -> name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
		};
	}

	/** Parses the spelling used in job definitions ({@code x}, {@code twitter}, {@code instagram}...). */
	public static Platform parse(String text) {
		String key = text.trim().toUpperCase(Locale.ROOT);
		if (key.equals("TWITTER")) {
			return X;
		}
		return Platform.valueOf(key);
	}
}
