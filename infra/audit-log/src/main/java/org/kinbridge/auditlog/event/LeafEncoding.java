package org.kinbridge.auditlog.event;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

import org.kinbridge.auditlog.merkle.Hash;
import org.kinbridge.auditlog.merkle.MerkleHashes;

/**
 * The canonical bytes of a decision event in the log, layout version 1. One event has
 * exactly one encoding whoever computes it, so an auditor recomputes the leaf from an
 * exported event without our code's JSON habits (key order, spacing, time zones) getting
 * in the way.
 * <p>
 * Layout v1, all integers big-endian:
 *
 * <pre>
 * u8      version            0x01
 * u16+n   id                 UTF-8, length-prefixed
 * u16+n   type               UTF-8, length-prefixed
 * u16+n   subject            UTF-8, length-prefixed
 * i64     time seconds       since 1970-01-01T00:00:00Z
 * i32     time nanoseconds   0..999,999,999
 * u16+n   province           UTF-8, length-prefixed
 * 32      SHA-256(data)      of the JSON data bytes as published
 * </pre>
 *
 * Strings are taken as they are (no Unicode normalisation); lengths make the split
 * between fields unambiguous. The time is the instant, so {@code +07:00} and {@code Z}
 * spellings of the same moment give the same leaf. A new layout gets a new version byte
 * and old leaves keep theirs.
 */
public final class LeafEncoding {

	public static final int VERSION = 1;

	private LeafEncoding() {
	}

	/**
	 * The leaf bytes of an event.
	 * @param event the event
	 * @return the layout v1 bytes
	 */
	public static byte[] encode(DecisionEvent event) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(VERSION);
			writeString(out, event.id(), "id");
			writeString(out, event.type(), "type");
			writeString(out, event.subject(), "subject");
			Instant time = event.time().toInstant();
			out.writeLong(time.getEpochSecond());
			out.writeInt(time.getNano());
			writeString(out, event.province(), "province");
			out.write(dataHash(event.data()).bytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * The RFC 9162 leaf hash of an event: SHA-256(0x00 || encode(event)).
	 * @param event the event
	 * @return the leaf hash
	 */
	public static Hash leafHash(DecisionEvent event) {
		return MerkleHashes.leafHash(encode(event));
	}

	/**
	 * SHA-256 of the data bytes.
	 * @param data the JSON data as published
	 * @return its digest
	 */
	public static Hash dataHash(byte[] data) {
		try {
			return new Hash(MessageDigest.getInstance("SHA-256").digest(data));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void writeString(DataOutputStream out, String value, String field) throws IOException {
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		if (utf8.length > 0xFFFF) {
			throw new IllegalArgumentException("the event's " + field + " is longer than 65535 bytes");
		}
		out.writeShort(utf8.length);
		out.write(utf8);
	}

}
