package org.kinbridge.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinbridge.auditlog.checkpoint.LogOrigin;
import org.kinbridge.auditlog.log.AuditLog;
import org.kinbridge.auditlog.log.InMemoryLogStorage;
import org.kinbridge.auditlog.log.LogStorage;
import org.kinbridge.auditlog.merkle.Hash;
import org.kinbridge.auditlog.merkle.MerkleHashes;

/**
 * What every {@link LogStorage} must do, as {@link InMemoryLogStorage} does it: keep
 * leaves in order, refuse a slot that is taken or skipped, and give back exactly the
 * range asked for. Each storage's test runs these against its own kind.
 */
abstract class LogStorageContract {

	protected static final LogOrigin ORIGIN = LogOrigin.forProvince("91");

	/**
	 * @param origin the log
	 * @return an empty storage of that log
	 */
	protected abstract LogStorage storage(LogOrigin origin);

	protected static Hash leaf(int n) {
		return MerkleHashes.leafHash(("leaf-" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void aNewStorageIsEmpty() {
		assertThat(storage(ORIGIN).size()).isZero();
		assertThat(storage(ORIGIN).leafHashes(0, 0)).isEmpty();
	}

	@Test
	void keepsLeavesInTheOrderTheyWereAppended() {
		LogStorage storage = storage(ORIGIN);
		List<Hash> leaves = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			storage.append(i, leaf(i));
			leaves.add(leaf(i));
		}

		assertThat(storage.size()).isEqualTo(7);
		assertThat(storage.leafHashes(0, 7)).containsExactlyElementsOf(leaves);
		assertThat(storage.leafHashes(2, 5)).containsExactlyElementsOf(leaves.subList(2, 5));
	}

	@Test
	void refusesALeafForASlotThatIsAlreadyTaken() {
		LogStorage storage = storage(ORIGIN);
		storage.append(0, leaf(0));
		storage.append(1, leaf(1));

		assertThatThrownBy(() -> storage.append(1, leaf(9))).isInstanceOf(IllegalStateException.class);
		assertThat(storage.leafHashes(0, 2)).containsExactly(leaf(0), leaf(1));
	}

	@Test
	void refusesALeafThatWouldLeaveAGap() {
		LogStorage storage = storage(ORIGIN);
		storage.append(0, leaf(0));

		assertThatThrownBy(() -> storage.append(2, leaf(2))).isInstanceOf(IllegalStateException.class);
		assertThat(storage.size()).isEqualTo(1);
	}

	@Test
	void refusesARangeBeyondTheLog() {
		LogStorage storage = storage(ORIGIN);
		storage.append(0, leaf(0));

		assertThatThrownBy(() -> storage.leafHashes(0, 2)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> storage.leafHashes(1, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aReopenedLogHasTheSameRootAsTheOneThatWroteIt() {
		LogStorage storage = storage(ORIGIN);
		AuditLog written = new AuditLog(ORIGIN, storage);
		for (int i = 0; i < 13; i++) {
			written.appendLeafHash(leaf(i));
		}

		AuditLog reopened = new AuditLog(ORIGIN, storage);

		assertThat(reopened.size()).isEqualTo(13);
		assertThat(reopened.root()).isEqualTo(written.root());
		assertThat(reopened.consistencyProof(5, 13)).isEqualTo(written.consistencyProof(5, 13));
	}

}
