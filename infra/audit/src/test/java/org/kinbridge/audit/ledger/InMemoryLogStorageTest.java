package org.kinbridge.audit.ledger;

import org.kinbridge.auditlog.checkpoint.LogOrigin;
import org.kinbridge.auditlog.log.InMemoryLogStorage;
import org.kinbridge.auditlog.log.LogStorage;

/** The reference storage meets the contract the MongoDB storage is held to. */
class InMemoryLogStorageTest extends LogStorageContract {

	@Override
	protected LogStorage storage(LogOrigin origin) {
		return new InMemoryLogStorage();
	}

}
