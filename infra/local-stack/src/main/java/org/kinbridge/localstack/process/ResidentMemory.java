package org.kinbridge.localstack.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.OptionalLong;

/**
 * Resident memory of processes, read from {@code /proc} (Linux only; elsewhere it is
 * unknown).
 */
public final class ResidentMemory {

	private ResidentMemory() {
	}

	/** VmRSS of one process in KiB. */
	public static OptionalLong kib(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
				}
			}
			return OptionalLong.empty();
		}
		catch (IOException | RuntimeException ex) {
			return OptionalLong.empty();
		}
	}

	/** The sum over all processes, or empty when any of them cannot be read. */
	public static OptionalLong totalKib(Collection<Long> pids) {
		long total = 0;
		for (long pid : pids) {
			OptionalLong one = kib(pid);
			if (one.isEmpty()) {
				return OptionalLong.empty();
			}
			total += one.getAsLong();
		}
		return OptionalLong.of(total);
	}

	public static String format(OptionalLong kib) {
		if (kib.isEmpty()) {
			return "unknown (no /proc)";
		}
		long value = kib.getAsLong();
		return (value >= 1024 * 1024) ? String.format("%.2f GiB", value / (1024.0 * 1024.0))
				: String.format("%d MiB", value / 1024);
	}

}
