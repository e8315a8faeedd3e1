package org.kinbridge.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Picks a port that is free right now. KRaft needs the controller port before it starts,
 * so port 0 cannot simply be handed to the broker.
 */
public final class FreePorts {

	private FreePorts() {
	}

	public static int pick() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free local port", ex);
		}
	}

	public static int orPick(int port) {
		return (port == 0) ? pick() : port;
	}

}
