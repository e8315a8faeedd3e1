package org.kinbridge.embedded;

import java.util.concurrent.CountDownLatch;

import sun.misc.Signal;

/**
 * What the two process entry points share: reading settings from arguments or the
 * environment, and blocking until the process is asked to stop.
 */
public final class MainSupport {

	private MainSupport() {
	}

	/**
	 * Reads {@code --name=value} from the arguments, else the environment variable, else
	 * the default.
	 */
	public static String setting(String[] args, String name, String envVariable, String defaultValue) {
		String prefix = "--" + name + "=";
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return arg.substring(prefix.length());
			}
		}
		String fromEnv = System.getenv(envVariable);
		return (fromEnv != null && !fromEnv.isBlank()) ? fromEnv : defaultValue;
	}

	public static int portSetting(String[] args, String name, String envVariable, int defaultValue) {
		String value = setting(args, name, envVariable, Integer.toString(defaultValue));
		try {
			int port = Integer.parseInt(value.trim());
			if (port < 0 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"--" + name + " / " + envVariable + " must be a port number (0-65535), not '" + value + "'");
		}
	}

	/**
	 * Blocks until SIGTERM or SIGINT; a shutdown hook closes {@code resource} before the
	 * JVM exits.
	 */
	public static void blockUntilStopped(String name, AutoCloseable resource) {
		ignoreInterruptIfSupervised();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				resource.close();
				System.out.println("STOPPED " + name);
			}
			catch (Exception ex) {
				System.err.println("Error while stopping " + name + ": " + ex);
			}
			finally {
				stopped.countDown();
			}
		}, name + "-shutdown"));
		try {
			stopped.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Ctrl-C in a terminal reaches every process of the foreground group at once. A
	 * supervisor that sets {@code KINBRIDGE_IGNORE_SIGINT=true} stops this process itself
	 * with SIGTERM, after the services that still write to it.
	 */
	private static void ignoreInterruptIfSupervised() {
		if ("true".equalsIgnoreCase(System.getenv("KINBRIDGE_IGNORE_SIGINT"))) {
			Signal.handle(new Signal("INT"), (signal) -> {
			});
		}
	}

	/**
	 * Prints a single line instead of a stack trace and exits, for settings a person got
	 * wrong.
	 */
	public static void fail(String message) {
		System.err.println(message);
		System.exit(2);
	}

}
