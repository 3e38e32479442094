package com.truereach.conversion;

import java.math.BigDecimal;

import com.truereach.domain.Platform;

/**
 * An account of the job, as attribution and the revenue report need it. The price is what
 * 1,000 bought followers cost in the report currency (null when the job gives none).
 */
public record AccountRef(String id, Platform platform, String handle, String displayName,
		BigDecimal pricePer1000Followers) {

	public AccountRef {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("an account needs an id");
		}
	}
}
