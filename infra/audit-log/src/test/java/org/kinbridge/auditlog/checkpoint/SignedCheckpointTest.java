package org.kinbridge.auditlog.checkpoint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.auditlog.AuditFixtures;
import org.kinbridge.auditlog.merkle.MerkleHashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedCheckpointTest {

	private static final Checkpoint CHECKPOINT = new Checkpoint(AuditFixtures.PROVINCE_91, 1024,
			MerkleHashes.leafHash(new byte[] { 7 }), Instant.parse("2026-11-29T07:50:00Z"));

	@Test
	void textIsBodyEmptyLineAndEmDashSignatureLine() {
		String text = AuditFixtures.signer().sign(CHECKPOINT).text();

		assertThat(text).startsWith("kinbridge/province/91\n1024\n" + CHECKPOINT.rootHash().base64()
				+ "\ntime 2026-11-29T07:50:00Z\n\n\u2014 kinbridge-audit-91 ");
		assertThat(text).endsWith("\n").hasLineCount(6);
	}

	@Test
	void parsedTextVerifiesWithTheSignersPublicKey() {
		SignedCheckpoint signed = SignedCheckpoint.parse(AuditFixtures.signer().sign(CHECKPOINT).text());

		assertThat(signed.checkpoint()).isEqualTo(CHECKPOINT);
		assertThatCode(() -> signed.verify(AuditFixtures.keys().getPublic())).doesNotThrowAnyException();
	}

	@Test
	void aChangedBodyNoLongerVerifies() {
		String text = AuditFixtures.signer().sign(CHECKPOINT).text().replace("\n1024\n", "\n1023\n");

		assertThatThrownBy(() -> SignedCheckpoint.parse(text).verify(AuditFixtures.keys().getPublic()))
			.isInstanceOf(InvalidSignatureException.class)
			.hasMessageContaining("changed after signing");
	}

	@Test
	void anotherKeyDoesNotVerify() {
		SignedCheckpoint signed = AuditFixtures.signer().sign(CHECKPOINT);
		PublicKey otherKey = Ed25519Keys.generate().getPublic();

		assertThatThrownBy(() -> signed.verify(otherKey)).isInstanceOf(InvalidSignatureException.class)
			.hasMessageContaining("no signature by the given public key");
	}

	@Test
	void aSignatureUnderTheRightNameAndIdButByAnotherKeyDoesNotVerify() {
		KeyPair impostor = Ed25519Keys.generate();
		SignedCheckpoint forged = new CheckpointSigner("kinbridge-audit-91", impostor).sign(CHECKPOINT);
		NoteSignature line = forged.signatures().get(0);
		SignedCheckpoint claimed = new SignedCheckpoint(CHECKPOINT, List.of(new NoteSignature(line.keyName(),
				Ed25519Keys.keyId("kinbridge-audit-91", AuditFixtures.keys().getPublic()), line.signature())));

		assertThatThrownBy(() -> claimed.verify(AuditFixtures.keys().getPublic()))
			.isInstanceOf(InvalidSignatureException.class)
			.hasMessageContaining("does not verify");
	}

	@Test
	void rejectsABodyThatIsNotInCanonicalForm() {
		String text = AuditFixtures.signer().sign(CHECKPOINT).text().replace("\n1024\n", "\n01024\n");

		assertThatThrownBy(() -> SignedCheckpoint.parse(text)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("checkpoint body is not in canonical form");
	}

	@Test
	void rejectsACheckpointWithoutSignatures() {
		assertThatThrownBy(() -> SignedCheckpoint.parse(CHECKPOINT.body())).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("checkpoint has no empty line between body and signatures");
	}

	@Test
	void keyIdFollowsTheSignedNoteDefinition() throws Exception {
		PublicKey key = AuditFixtures.keys().getPublic();
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		sha.update("kinbridge-audit-91\n".getBytes(StandardCharsets.UTF_8));
		sha.update((byte) 1);
		byte[] encoded = key.getEncoded();
		sha.update(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));

		assertThat(Ed25519Keys.keyId("kinbridge-audit-91", key)).isEqualTo(Arrays.copyOf(sha.digest(), 4));
		assertThat(Ed25519Keys.noteVerifierKey("kinbridge-audit-91", key)).startsWith("kinbridge-audit-91+");
	}

	@Test
	void keysSurviveAWriteAndReadAsPemFiles(@TempDir Path dir) throws Exception {
		KeyPair keys = Ed25519Keys.generate();
		Ed25519Keys.writePrivateKey(dir.resolve("private.pem"), keys.getPrivate());
		Ed25519Keys.writePublicKey(dir.resolve("public.pem"), keys.getPublic());
		CheckpointSigner signer = new CheckpointSigner("k",
				new KeyPair(Ed25519Keys.readPublicKey(dir.resolve("public.pem")),
						Ed25519Keys.readPrivateKey(dir.resolve("private.pem"))));

		assertThat(Files.readString(dir.resolve("public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----\n");
		assertThat(Files.readString(dir.resolve("private.pem"))).startsWith("-----BEGIN PRIVATE KEY-----\n");
		assertThatCode(() -> signer.sign(CHECKPOINT).verify(keys.getPublic())).doesNotThrowAnyException();
	}

	@Test
	void signsAndVerifiesWithAKeyPairWrittenByOpenssl() {
		// Written by: openssl genpkey -algorithm ed25519 -out k.pem; openssl pkey -in
		// k.pem -pubout
		PrivateKey privateKey = Ed25519Keys.parsePrivateKey("-----BEGIN PRIVATE KEY-----\n"
				+ "MC4CAQAwBQYDK2VwBCIEIFk/5dt2NJkKwaSk16KpYef0nbkvJUan2ZlUVopbLqCT\n-----END PRIVATE KEY-----\n");
		PublicKey publicKey = Ed25519Keys.parsePublicKey("-----BEGIN PUBLIC KEY-----\n"
				+ "MCowBQYDK2VwAyEA5uYhRyG3cqj7Ri1C91iHjCmYlzeo/WEjvdiYlIfleF8=\n-----END PUBLIC KEY-----\n");
		SignedCheckpoint signed = new CheckpointSigner("openssl-key", new KeyPair(publicKey, privateKey))
			.sign(CHECKPOINT);

		assertThatCode(() -> signed.verify(publicKey)).doesNotThrowAnyException();
	}

	@Test
	void rejectsAnRsaKeyFileWithAOneLineReason() {
		String pem = "-----BEGIN PUBLIC KEY-----\nMFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAJcWskEYxo1rLK0bDx2LSFZMJB+4AY0H\n"
				+ "HVdoYik0og6ZndYhqozAYeaccDbO66i2UzpgvXyN3rmmpYTm/Ib7/rECAwEAAQ==\n-----END PUBLIC KEY-----\n";

		assertThatThrownBy(() -> Ed25519Keys.parsePublicKey(pem)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("not an Ed25519 public key in X.509 PEM form");
	}

}
