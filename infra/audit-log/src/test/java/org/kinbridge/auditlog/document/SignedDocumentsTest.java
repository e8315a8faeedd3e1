package org.kinbridge.auditlog.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.auditlog.AuditFixtures;
import org.kinbridge.auditlog.checkpoint.Ed25519Keys;
import org.kinbridge.auditlog.checkpoint.InvalidSignatureException;
import org.kinbridge.auditlog.verify.AuditVerifier;

/**
 * Signed exports as an auditor receives them: the untouched file verifies, a changed byte
 * or another key does not, and the verifier jar says so in one line.
 */
class SignedDocumentsTest {

	private static final String DOCUMENT = "{\"caseId\":\"case-1\",\"entries\":[{\"reason\":\"Trẻ bị bỏ rơi\"}]}";

	private final DocumentSigner signer = new DocumentSigner("kinbridge-audit-91", AuditFixtures.keys());

	@TempDir
	Path dir;

	@Test
	void aSignedJsonDocumentVerifiesWithThePublicKey() throws Exception {
		byte[] signed = this.signer.signJson(DOCUMENT);

		assertThat(SignedDocuments.verify(signed, AuditFixtures.keys().getPublic()))
			.isEqualTo("verified: JSON document signed by kinbridge-audit-91");
		assertThat(new String(signed, StandardCharsets.UTF_8)).startsWith("{\"document\":" + DOCUMENT);
	}

	@Test
	void aChangedJsonDocumentFails() {
		byte[] signed = new String(this.signer.signJson(DOCUMENT), StandardCharsets.UTF_8).replace("bỏ rơi", "bạo hành")
			.getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> SignedDocuments.verify(signed, AuditFixtures.keys().getPublic()))
			.isInstanceOf(InvalidSignatureException.class)
			.hasMessageContaining("changed after signing");
	}

	@Test
	void aSignedPdfVerifiesAndFailsWhenAByteChanges() throws Exception {
		byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		byte[] signed = this.signer.signPdf(pdf);

		assertThat(SignedDocuments.verify(signed, AuditFixtures.keys().getPublic()))
			.isEqualTo("verified: PDF document signed by kinbridge-audit-91");
		signed[10] = 'X';
		assertThatThrownBy(() -> SignedDocuments.verify(signed, AuditFixtures.keys().getPublic()))
			.isInstanceOf(InvalidSignatureException.class);
	}

	@Test
	void aDocumentSignedWithAnotherKeyIsRefused() {
		byte[] signed = new DocumentSigner("kinbridge-audit-91", Ed25519Keys.generate()).signJson(DOCUMENT);

		assertThatThrownBy(() -> SignedDocuments.verify(signed, AuditFixtures.keys().getPublic()))
			.isInstanceOf(InvalidSignatureException.class)
			.hasMessageContaining("not signed by the given public key");
	}

	@Test
	void theVerifierChecksADocumentAndExitsWithOneForATamperedOne() throws Exception {
		Path key = this.dir.resolve("key.pem");
		Ed25519Keys.writePublicKey(key, AuditFixtures.keys().getPublic());
		Path document = this.dir.resolve("history.json");
		Files.write(document, this.signer.signJson(DOCUMENT));

		assertThat(run("verify-document", "--document", document.toString(), "--public-key", key.toString()))
			.isEqualTo("0 verified: JSON document signed by kinbridge-audit-91");
		Files.writeString(document, Files.readString(document).replace("case-1", "case-2"));
		assertThat(run("verify-document", "--document", document.toString(), "--public-key", key.toString()))
			.startsWith("1 FAILED: history.json: the document's signature does not verify");
	}

	private static String run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = AuditVerifier.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(out, true, StandardCharsets.UTF_8));
		return code + " " + out.toString(StandardCharsets.UTF_8).strip();
	}

}
