package com.truereach.domain;

/** Campaign tags and referrer of a visit or order; absent values are empty strings. */
public record Utm(String source, String medium, String campaign, String content, String referrer) {

	public static final Utm NONE = new Utm("", "", "", "", "");

	public Utm {
		source = clean(source);
		medium = clean(medium);
		campaign = clean(campaign);
		content = clean(content);
		referrer = clean(referrer);
	}

	public boolean isEmpty() {
		return source.isEmpty() && medium.isEmpty() && campaign.isEmpty() && content.isEmpty() && referrer.isEmpty();
	}

	private static String clean(String value) {
		return value == null ? "" : value.trim();
	}
}
