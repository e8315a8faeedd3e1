package org.kinbridge.localstack.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start one child process.
 *
 * @param name short name, also the log file's name
 * @param command the full command line
 * @param environment variables added to the launcher's own environment
 * @param logFile where stdout and stderr go
 * @param address what to show a person: a URL or a bootstrap address
 * @param readiness how to tell that the child serves requests
 */
public record ChildSpec(String name, List<String> command, Map<String, String> environment, Path logFile,
		String address, Readiness readiness) {

	/**
	 * Tells whether a started child is ready; {@link #describe} says why not.
	 */
	public interface Readiness {

		boolean isReady(ChildProcess child);

		String describe(ChildProcess child);

	}

}
