package org.kinbridge.auditlog.log;

import org.junit.jupiter.api.Test;
import org.kinbridge.auditlog.AuditFixtures;
import org.kinbridge.auditlog.checkpoint.LogOrigin;
import org.kinbridge.auditlog.checkpoint.SignedCheckpoint;
import org.kinbridge.auditlog.event.DecisionEvent;
import org.kinbridge.auditlog.event.LeafEncoding;
import org.kinbridge.auditlog.merkle.MerkleTree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditLogTest {

	@Test
	void appendedEventsBecomeLeavesInOrder() {
		AuditLog log = AuditFixtures.logOf(AuditFixtures.events(5));

		assertThat(log.size()).isEqualTo(5);
		assertThat(log.leafHash(2)).isEqualTo(LeafEncoding.leafHash(AuditFixtures.event(2)));
		assertThat(log.root()).isEqualTo(MerkleTree.of(log.leafHashes()).root());
	}

	@Test
	void reopeningALogOverItsStorageGivesTheSameRootsAndProofs() {
		InMemoryLogStorage storage = new InMemoryLogStorage();
		AuditLog log = new AuditLog(AuditFixtures.PROVINCE_91, storage);
		AuditFixtures.events(21).forEach(log::append);

		AuditLog reopened = new AuditLog(AuditFixtures.PROVINCE_91, storage);

		assertThat(reopened.root(13)).isEqualTo(log.root(13));
		assertThat(reopened.consistencyProof(5, 21)).isEqualTo(log.consistencyProof(5, 21));
	}

	@Test
	void refusesAnEventOfAnotherProvince() {
		AuditLog log = new AuditLog(LogOrigin.forProvince("79"), new InMemoryLogStorage());
		DecisionEvent event = AuditFixtures.event(1);

		assertThatThrownBy(() -> log.append(event)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("event evt-1 of province 91 does not belong in kinbridge/province/79");
	}

	@Test
	void storageRefusesALeafForASlotThatIsAlreadyTaken() {
		InMemoryLogStorage storage = new InMemoryLogStorage();
		AuditLog first = new AuditLog(AuditFixtures.PROVINCE_91, storage);
		AuditLog second = new AuditLog(AuditFixtures.PROVINCE_91, storage);
		first.append(AuditFixtures.event(0));

		assertThatThrownBy(() -> second.append(AuditFixtures.event(1))).isInstanceOf(IllegalStateException.class)
			.hasMessage("leaf 0 cannot be appended to a log of 1 leaves");
		assertThat(second.size()).isZero();
	}

	@Test
	void checkpointSignsTheCurrentSizeAndRootAtTheClocksSecond() {
		AuditLog log = AuditFixtures.logOf(AuditFixtures.events(3));

		SignedCheckpoint checkpoint = log.checkpoint(AuditFixtures.CLOCK, AuditFixtures.signer());

		assertThat(checkpoint.checkpoint().treeSize()).isEqualTo(3);
		assertThat(checkpoint.checkpoint().rootHash()).isEqualTo(log.root());
		assertThat(checkpoint.checkpoint().timestamp()).isEqualTo(AuditFixtures.CLOCK.instant());
		assertThatCode(() -> checkpoint.verify(AuditFixtures.keys().getPublic())).doesNotThrowAnyException();
	}

	@Test
	void provinceCodesHaveTwoDigits() {
		assertThat(LogOrigin.forProvince("91").value()).isEqualTo("kinbridge/province/91");
		assertThatThrownBy(() -> LogOrigin.forProvince("9/1")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("a province code has two digits, got '9/1'");
	}

}
