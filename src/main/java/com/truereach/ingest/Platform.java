package com.truereach.ingest;

import java.util.Locale;

/** Where a record comes from: a social platform or a revenue source. */
public enum Platform {
	X, INSTAGRAM, FACEBOOK, LINKEDIN, TIKTOK, YOUTUBE, STRIPE, SHOPIFY, GA4, ORDERS;

	public boolean isSocial() {
		return ordinal() <= YOUTUBE.ordinal();
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
