package com.truereach.domain;

/**
 * Profile fields of one sampled follower, in Twitter user-object terms. Counts that a tool did
 * not export are null; flags default to false.
 */
public record FollowerProfile(String id, String name, String screenName, Long statuses, Long followers,
		Long friends, Long favourites, Long listed, String url, String location, boolean defaultProfile,
		boolean defaultProfileImage, boolean geoEnabled, boolean verified, String description) {
}
