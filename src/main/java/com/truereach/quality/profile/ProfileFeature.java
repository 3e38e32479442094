package com.truereach.quality.profile;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.truereach.domain.FollowerProfile;

/**
 * The inputs of the shipped model, each computed from profile fields only. A value is null
 * when the fields it needs were not exported; the model then uses the training mean, so the
 * feature says nothing either way. {@code expectedSign} is the direction every published rule
 * agrees on (+1 points to fake, -1 to human); training keeps each weight on that side or at
 * zero, so that a quirk of the two training groups (the humans being Italian, the fakes all
 * from one vendor) cannot teach the model that, say, having a location is a sign of a fake.
 * Language, time zone, dates and profile colours are deliberately absent, and so is any word
 * of the bio: they separate the training groups by accident.
 */
public enum ProfileFeature {

	LOG_STATUSES("log1p_statuses", "ln(1 + statuses)", -1, p -> log1p(p.statuses())),

	LOG_FOLLOWERS("log1p_followers", "ln(1 + followers)", -1, p -> log1p(p.followers())),

	LOG_FRIENDS("log1p_friends", "ln(1 + friends)", 1, p -> log1p(p.friends())),

	LOG_FAVOURITES("log1p_favourites", "ln(1 + favourites)", -1, p -> log1p(p.favourites())),

	LOG_LISTED("log1p_listed", "ln(1 + listed)", -1, p -> log1p(p.listed())),

	LOG_FRIENDS_PER_FOLLOWER_SQUARED("log1p_friends_per_followers_squared",
			"ln(1 + friends / (1 + followers)^2), Cresci's best cheap feature", 1,
			p -> p.friends() == null || p.followers() == null ? null
					: Math.log1p(p.friends() / Math.pow(1.0 + p.followers(), 2))),

	HAS_URL("has_url", "1 if the profile has a URL", -1, p -> flag(Profiles.present(p.url()))),

	HAS_DESCRIPTION("has_description", "1 if the profile has a bio", -1,
			p -> flag(Profiles.present(p.description()))),

	HAS_LOCATION("has_location", "1 if the profile has a location", -1, p -> flag(Profiles.present(p.location()))),

	DEFAULT_PROFILE("default_profile", "1 if the theme was never changed", 1, p -> flag(p.defaultProfile())),

	DEFAULT_PROFILE_IMAGE("default_profile_image", "1 if the avatar is the default egg", 1,
			p -> flag(p.defaultProfileImage())),

	VERIFIED("verified", "1 if verified", -1, p -> flag(p.verified())),

	LOG_DESCRIPTION_LENGTH("log1p_description_length", "ln(1 + characters of the bio)", -1,
			p -> p.description() == null ? null : Math.log1p(p.description().strip().length())),

	SCREEN_NAME_DIGITS("screen_name_digit_share", "share of digits in the screen name", 1,
			p -> digitShare(p.screenName())),

	NAME_DIGITS("name_digit_share", "share of digits in the display name", 1, p -> digitShare(p.name()));

	private static final Map<String, ProfileFeature> BY_ID = Arrays.stream(values())
		.collect(Collectors.toMap(ProfileFeature::id, f -> f));

	private final String id;

	private final String description;

	private final int expectedSign;

	private final Function<FollowerProfile, Double> value;

	ProfileFeature(String id, String description, int expectedSign, Function<FollowerProfile, Double> value) {
		this.id = id;
		this.description = description;
		this.expectedSign = expectedSign;
		this.value = value;
	}

	/** The name used in the model file. */
	public String id() {
		return id;
	}

	public String description() {
		return description;
	}

	public int expectedSign() {
		return expectedSign;
	}

	/** The raw (unstandardised) value, or null when the profile does not carry what it needs. */
	public Double value(FollowerProfile profile) {
		return value.apply(profile);
	}

	public static ProfileFeature byId(String id) {
		ProfileFeature feature = BY_ID.get(id);
		if (feature == null) {
			throw new IllegalArgumentException("unknown profile feature '" + id + "'; known: " + BY_ID.keySet());
		}
		return feature;
	}

	private static Double log1p(Long count) {
		return count == null ? null : Math.log1p(Math.max(count, 0));
	}

	private static Double flag(Boolean value) {
		return value == null ? null : value ? 1.0 : 0.0;
	}

	private static Double digitShare(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip();
		long digits = trimmed.codePoints().filter(Character::isDigit).count();
		return (double) digits / trimmed.codePointCount(0, trimmed.length());
	}
}
