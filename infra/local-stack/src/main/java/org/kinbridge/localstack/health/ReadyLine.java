package org.kinbridge.localstack.health;

import java.util.Optional;

import org.kinbridge.localstack.process.ChildProcess;
import org.kinbridge.localstack.process.ChildSpec;

/**
 * The embedded Kafka and MongoDB print {@code READY <name> <address>} once they accept
 * connections (Kafka checks that with a client first).
 */
public final class ReadyLine implements ChildSpec.Readiness {

	private final String prefix;

	public ReadyLine(String name) {
		this.prefix = "READY " + name + " ";
	}

	@Override
	public boolean isReady(ChildProcess child) {
		return address(child).isPresent();
	}

	@Override
	public String describe(ChildProcess child) {
		return "no '" + this.prefix.trim() + "' line in " + child.spec().logFile() + " yet";
	}

	public Optional<String> address(ChildProcess child) {
		return child.logLines()
			.stream()
			.filter((line) -> line.startsWith(this.prefix))
			.map((line) -> line.substring(this.prefix.length()).trim())
			.findFirst();
	}

}
