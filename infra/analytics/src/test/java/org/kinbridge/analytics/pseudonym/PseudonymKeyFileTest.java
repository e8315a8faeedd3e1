package org.kinbridge.analytics.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyFileTest {

	@TempDir
	Path dir;

	@Test
	void createsAMissingKeyForALocalRunAndReadsTheSameKeyAfterwards() throws Exception {
		Path file = this.dir.resolve("keys/analytics.key");
		PseudonymKey created = PseudonymKeyFile.read(file, true, new SecureRandom());
		assertThat(file).exists();
		assertThat(Files.readString(file).trim()).hasSizeGreaterThanOrEqualTo(44);
		assertThat(PseudonymKeyFile.read(file, false, new SecureRandom()).id()).isEqualTo(created.id());
	}

	@Test
	void refusesToStartWithoutAKeyWhenGeneratingIsOff() {
		Path file = this.dir.resolve("missing.key");
		assertThatThrownBy(() -> PseudonymKeyFile.read(file, false, new SecureRandom()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("KINBRIDGE_ANALYTICS_KEY_FILE");
		assertThat(file).doesNotExist();
	}

	@Test
	void refusesAKeyFileThatIsNotBase64OrTooShort() throws Exception {
		Path garbled = Files.writeString(this.dir.resolve("garbled.key"), "not base64 at all!");
		assertThatThrownBy(() -> PseudonymKeyFile.read(garbled, false, new SecureRandom()))
			.hasMessageContaining("is not Base64");
		Path shortKey = Files.writeString(this.dir.resolve("short.key"), "AAAA");
		assertThatThrownBy(() -> PseudonymKeyFile.read(shortKey, false, new SecureRandom()))
			.hasMessageContaining("at least 32 bytes");
	}

}
