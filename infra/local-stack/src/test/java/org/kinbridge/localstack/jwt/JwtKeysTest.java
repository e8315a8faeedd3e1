package org.kinbridge.localstack.jwt;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinbridge.localstack.StackException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtKeysTest {

	@TempDir
	Path dir;

	@Test
	void keepsTheKeyPairAcrossRestartsAsPemFiles() throws Exception {
		JwtKeys first = JwtKeys.loadOrCreate(this.dir.resolve("jwt"));
		JwtKeys second = JwtKeys.loadOrCreate(this.dir.resolve("jwt"));

		assertThat(second.publicKey()).isEqualTo(first.publicKey());
		assertThat(second.privateKey()).isEqualTo(first.privateKey());
		assertThat(second.publicKey().getModulus().bitLength()).isEqualTo(2048);
		assertThat(Files.readString(first.publicKeyFile())).startsWith("-----BEGIN PUBLIC KEY-----\n")
			.endsWith("-----END PUBLIC KEY-----\n");
		assertThat(Files.readString(first.privateKeyFile())).startsWith("-----BEGIN PRIVATE KEY-----\n");
	}

	@Test
	void saysHowToRecoverFromADamagedKey() throws Exception {
		JwtKeys.loadOrCreate(this.dir.resolve("jwt"));
		Files.writeString(this.dir.resolve("jwt/public.pem"), "garbage");

		assertThatThrownBy(() -> JwtKeys.loadOrCreate(this.dir.resolve("jwt"))).isInstanceOf(StackException.class)
			.hasMessageContaining("are damaged")
			.hasMessageEndingWith("delete that folder to make new ones.");
	}

}
