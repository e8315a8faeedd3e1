package org.kinbridge.auth.tokens;

import java.nio.file.Files;
import java.nio.file.Path;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.auth.TestKeys;

import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeyTest {

	@TempDir
	Path dir;

	@Test
	void readsTheLaunchersKeyPairWithAStableKeyId() throws Exception {
		TestKeys.write(this.dir);

		RSAKey first = read(this.dir.resolve("private.pem"), this.dir.resolve("public.pem"));
		RSAKey second = read(this.dir.resolve("private.pem"), this.dir.resolve("public.pem"));

		assertThat(first.getKeyID()).isNotBlank().isEqualTo(second.getKeyID());
		assertThat(first.isPrivate()).isTrue();
		assertThat(first.toPublicJWK().getKeyID()).isEqualTo(first.computeThumbprint().toString());
	}

	@Test
	void refusesKeysThatAreNotOnePair() {
		TestKeys.write(this.dir.resolve("a"));
		TestKeys.write(this.dir.resolve("b"));

		assertThatIllegalStateException()
			.isThrownBy(() -> read(this.dir.resolve("a/private.pem"), this.dir.resolve("b/public.pem")))
			.withMessageContaining("are not one key pair");
	}

	@Test
	void saysHowToGetAKeyWhenTheFileIsMissing() {
		assertThatIllegalStateException()
			.isThrownBy(() -> read(this.dir.resolve("private.pem"), this.dir.resolve("public.pem")))
			.withMessageContaining("does not exist: start the local stack once");
	}

	@Test
	void refusesAFileThatIsNoPem() throws Exception {
		TestKeys.write(this.dir);
		Files.writeString(this.dir.resolve("public.pem"), "not a key");

		assertThatIllegalStateException()
			.isThrownBy(() -> read(this.dir.resolve("private.pem"), this.dir.resolve("public.pem")))
			.withMessageContaining("is not a PEM 'PUBLIC KEY'");
	}

	private static RSAKey read(Path privateKey, Path publicKey) {
		return SigningKey.read(new FileSystemResource(privateKey), new FileSystemResource(publicKey));
	}

}
