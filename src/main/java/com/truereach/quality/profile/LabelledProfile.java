package com.truereach.quality.profile;

import com.truereach.domain.FollowerProfile;

/** A profile whose class a person checked, with the file and line it came from. */
public record LabelledProfile(FollowerProfile profile, boolean fake, String file, long line) {
}
