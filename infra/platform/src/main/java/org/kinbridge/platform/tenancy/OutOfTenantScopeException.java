package org.kinbridge.platform.tenancy;

import org.kinbridge.platform.web.NotFoundException;

/**
 * The caller asked for an object outside their province or commune. It is answered
 * exactly like an object that does not exist, so that nobody learns what another tenant
 * holds.
 */
public class OutOfTenantScopeException extends NotFoundException {

	public OutOfTenantScopeException(String message) {
		super(message);
	}

}
