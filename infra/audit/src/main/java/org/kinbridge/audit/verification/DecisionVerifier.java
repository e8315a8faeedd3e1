package org.kinbridge.audit.verification;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinbridge.audit.checkpoint.Checkpoints;
import org.kinbridge.audit.checkpoint.StoredCheckpoint;
import org.kinbridge.audit.events.StoredEvent;
import org.kinbridge.audit.ledger.ProvinceLogs;
import org.kinbridge.audit.verification.Verification.EntryVerification;
import org.kinbridge.auditlog.checkpoint.InvalidSignatureException;
import org.kinbridge.auditlog.checkpoint.SignedCheckpoint;
import org.kinbridge.auditlog.event.LeafEncoding;
import org.kinbridge.auditlog.log.AuditLog;
import org.kinbridge.auditlog.merkle.Hash;
import org.kinbridge.auditlog.merkle.InvalidProofException;

/**
 * Proves each decision of a history against its province's latest checkpoint: the
 * checkpoint's signature is checked with the public key, the leaf is recomputed from the
 * event as stored, and the inclusion proof from the log rebuilt from storage must lead to
 * the signed root.
 */
public class DecisionVerifier {

	private final ProvinceLogs logs;

	private final Checkpoints checkpoints;

	private final PublicKey publicKey;

	public DecisionVerifier(ProvinceLogs logs, Checkpoints checkpoints, PublicKey publicKey) {
		this.logs = logs;
		this.checkpoints = checkpoints;
		this.publicKey = publicKey;
	}

	/**
	 * @param province the history's province, whose checkpoint the answer shows
	 * @param events the history's events; only decisions are checked
	 * @return the verdict
	 */
	public Verification verify(String province, List<StoredEvent> events) {
		Map<String, ProvinceState> states = new HashMap<>();
		List<EntryVerification> entries = new ArrayList<>();
		for (StoredEvent event : events) {
			if (event.decision()) {
				ProvinceState state = states.computeIfAbsent(event.province(), this::state);
				entries.add(state.check(event));
			}
		}
		StoredCheckpoint shown = (province != null) ? states.computeIfAbsent(province, this::state).checkpoint : null;
		boolean verified = entries.stream().allMatch(EntryVerification::included);
		return new Verification(verified, shown, entries);
	}

	private ProvinceState state(String province) {
		Optional<StoredCheckpoint> latest = this.checkpoints.latest(province);
		String problem = null;
		AuditLog log = null;
		if (latest.isEmpty()) {
			problem = "no signed checkpoint of province " + province + " yet";
		}
		else {
			try {
				SignedCheckpoint.parse(latest.get().note()).verify(this.publicKey);
			}
			catch (InvalidSignatureException | IllegalArgumentException ex) {
				problem = "the latest checkpoint does not verify: " + ex.getMessage();
			}
			try {
				log = this.logs.reopen(province);
			}
			catch (IllegalStateException ex) {
				problem = ex.getMessage();
			}
		}
		return new ProvinceState(latest.orElse(null), log, problem);
	}

	private record ProvinceState(StoredCheckpoint checkpoint, AuditLog log, String problem) {

		EntryVerification check(StoredEvent event) {
			if (event.leafIndex() == null) {
				return new EntryVerification(event.eventId(), null, false, "not yet appended to the log");
			}
			if (this.problem != null) {
				return new EntryVerification(event.eventId(), event.leafIndex(), false, this.problem);
			}
			long size = this.checkpoint.treeSize();
			if (event.leafIndex() >= size) {
				return new EntryVerification(event.eventId(), event.leafIndex(), false,
						"not yet covered by a signed checkpoint (it covers " + size + " entries)");
			}
			if (this.log.size() < size) {
				return new EntryVerification(event.eventId(), event.leafIndex(), false, "the stored log has "
						+ this.log.size() + " entries but the checkpoint covers " + size + ": entries were removed");
			}
			try {
				Hash leaf = LeafEncoding.leafHash(event.toDecisionEvent());
				this.log.inclusionProof(event.leafIndex(), size)
					.verify(leaf, Hash.fromBase64(this.checkpoint.rootHash()));
				return new EntryVerification(event.eventId(), event.leafIndex(), true, null);
			}
			catch (InvalidProofException | IllegalArgumentException ex) {
				return new EntryVerification(event.eventId(), event.leafIndex(), false,
						"the stored event or log no longer matches the signed checkpoint: " + ex.getMessage());
			}
		}

	}

}
