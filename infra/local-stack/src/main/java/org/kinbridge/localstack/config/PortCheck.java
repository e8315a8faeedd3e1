package org.kinbridge.localstack.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.kinbridge.localstack.StackException;

/**
 * Makes sure every port the stack will listen on is free, before anything is started.
 */
public final class PortCheck {

	private PortCheck() {
	}

	/**
	 * @throws StackException naming the first port that is taken, or two settings that
	 * share a port
	 */
	public static void requireFree(StackConfig config, Collection<Port> used) {
		Map<Integer, Port> seen = new HashMap<>();
		for (Port port : used) {
			int number = config.port(port);
			Port clash = seen.putIfAbsent(number, port);
			if (clash != null) {
				throw new StackException(clash.label() + " and " + port.label() + " are both set to port " + number
						+ ": give " + port.variable() + " another port.");
			}
		}
		for (Port port : used) {
			int number = config.port(port);
			if (!isFree(number)) {
				throw new StackException("Port " + number + " (" + port.label()
						+ ") is already in use by another program: stop it, or set " + port.variable()
						+ " to a free port.");
			}
		}
	}

	/**
	 * Binds the wildcard address, as the services do; on Linux that also fails when
	 * another program listens on the port of one address only, such as localhost. Like
	 * the servers, it reuses the address, so that connections of a stack stopped a moment
	 * ago (TIME_WAIT) do not count.
	 */
	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port), 1);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
