package org.kinbridge.auditlog.checkpoint;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.kinbridge.auditlog.merkle.Hash;

/**
 * What the log commits to at one moment: its origin, how many entries it holds and their
 * Merkle root, and when. Its text form is the body of a C2SP checkpoint:
 *
 * <pre>
 * kinbridge/province/91
 * 1024
 * 3k8K...base64 root...=
 * time 2026-11-29T07:50:00Z
 * </pre>
 *
 * Three lines as in C2SP tlog-checkpoint, then one extension line with the time in RFC
 * 3339 UTC, every line ending in a newline. Parsing accepts only this exact form, so one
 * checkpoint has one text and the signed text is the text that is read.
 *
 * @param origin the log
 * @param treeSize the number of entries covered
 * @param rootHash the Merkle Tree Hash of those entries
 * @param timestamp when the checkpoint was made
 */
public record Checkpoint(LogOrigin origin, long treeSize, Hash rootHash, Instant timestamp) {

	private static final String TIME_PREFIX = "time ";

	public Checkpoint {
		Objects.requireNonNull(origin, "a checkpoint needs an origin");
		if (treeSize < 0) {
			throw new IllegalArgumentException("a tree size cannot be negative");
		}
		Objects.requireNonNull(rootHash, "a checkpoint needs a root hash");
		Objects.requireNonNull(timestamp, "a checkpoint needs a time");
	}

	/**
	 * The note body that is signed.
	 * @return the four lines, each ending in a newline
	 */
	public String body() {
		return this.origin.value() + "\n" + this.treeSize + "\n" + this.rootHash.base64() + "\n" + TIME_PREFIX
				+ this.timestamp + "\n";
	}

	/**
	 * Reads a checkpoint body.
	 * @param body the text, as signed
	 * @return the checkpoint
	 * @throws IllegalArgumentException with a one-line reason when the text is not a
	 * checkpoint body in canonical form
	 */
	public static Checkpoint parseBody(String body) {
		if (!body.endsWith("\n")) {
			throw new IllegalArgumentException("checkpoint body must end with a newline");
		}
		String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
		if (lines.length != 4) {
			throw new IllegalArgumentException(
					"checkpoint body must have 4 lines (origin, size, root, time), has " + lines.length);
		}
		LogOrigin origin = new LogOrigin(lines[0]);
		long size;
		try {
			size = Long.parseLong(lines[1]);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("checkpoint tree size is not a number: '" + lines[1] + "'");
		}
		Hash root = Hash.fromBase64(lines[2]);
		if (!lines[3].startsWith(TIME_PREFIX)) {
			throw new IllegalArgumentException("checkpoint's fourth line must be 'time <RFC 3339 UTC>'");
		}
		Instant timestamp;
		try {
			timestamp = Instant.parse(lines[3].substring(TIME_PREFIX.length()));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("checkpoint time is not RFC 3339 UTC: '" + lines[3] + "'");
		}
		Checkpoint checkpoint = new Checkpoint(origin, size, root, timestamp);
		if (!checkpoint.body().equals(body)) {
			throw new IllegalArgumentException("checkpoint body is not in canonical form");
		}
		return checkpoint;
	}

}
