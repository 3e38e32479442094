package com.truereach.conversion;

import com.truereach.domain.Platform;

/** Where a visit or order went: an account (null when unattributed), its platform if known, and why. */
public record Attribution(String accountId, Platform platform, String reason) {

	public boolean attributed() {
		return accountId != null;
	}
}
