package com.truereach.ingest;

import java.time.Instant;

/** One member of a follower (or following) list snapshot; {@code followedAt} is null where the export has no date. */
public record FollowerEntry(String followerId, Instant followedAt) {
}
