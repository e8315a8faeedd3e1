package org.kinbridge.audit.checkpoint;

import java.time.Instant;

/**
 * A signed checkpoint as stored and served.
 *
 * @param origin the log, e.g. {@code kinbridge/province/91}
 * @param treeSize the entries it covers
 * @param rootHash their Merkle root, base64
 * @param time when it was signed
 * @param note the signed note, the text an auditor keeps and the verifier reads
 */
public record StoredCheckpoint(String origin, long treeSize, String rootHash, Instant time, String note) {
}
