package org.kinbridge.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a KinBridge service on a loopback port: it records what reaches it and
 * can be told to answer late or with an error status.
 */
final class FakeService implements AutoCloseable {

	private final HttpServer server;

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private volatile CountDownLatch release = new CountDownLatch(0);

	private volatile int status = 200;

	FakeService() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String uri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * @return the address of a service that is down: nothing listens on its port
	 */
	static String nobodyListening() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return "http://127.0.0.1:" + socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Makes the service hold its answers until {@link #answerAgain()}, at most 5 seconds.
	 */
	void answerLate() {
		this.release = new CountDownLatch(1);
	}

	void answerAgain() {
		this.release.countDown();
	}

	/**
	 * Makes the service answer every request with this status, as a problem when it is
	 * not 2xx, until told otherwise.
	 */
	void answerWith(int status) {
		this.status = status;
	}

	/**
	 * @return the next request that reached the service
	 * @throws InterruptedException if interrupted while waiting
	 */
	Received nextRequest() throws InterruptedException {
		Received request = this.received.poll(5, TimeUnit.SECONDS);
		if (request == null) {
			throw new AssertionError("no request reached the service");
		}
		return request;
	}

	boolean sawNoRequest() {
		return this.received.isEmpty();
	}

	void forget() {
		this.received.clear();
		this.status = 200;
	}

	private void handle(HttpExchange exchange) throws IOException {
		long bodyBytes;
		try (InputStream body = exchange.getRequestBody()) {
			bodyBytes = body.transferTo(OutputStream.nullOutputStream());
		}
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.putAll(exchange.getRequestHeaders());
		this.received
			.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, bodyBytes));
		try {
			this.release.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		int answerStatus = this.status;
		boolean ok = answerStatus < 300;
		byte[] answer = (ok ? "{\"ok\":true}" : "{\"status\":" + answerStatus + ",\"detail\":\"from the service\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", ok ? "application/json" : "application/problem+json");
		// Like the real services, which return the correlation id they were given.
		String correlationId = exchange.getRequestHeaders().getFirst(CorrelationIdWebFilter.HEADER);
		if (correlationId != null) {
			exchange.getResponseHeaders().set(CorrelationIdWebFilter.HEADER, correlationId);
		}
		exchange.sendResponseHeaders(answerStatus, answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

	@Override
	public void close() {
		answerAgain();
		this.server.stop(0);
	}

	record Received(String method, String path, Map<String, List<String>> headers, long bodyBytes) {

		String header(String name) {
			List<String> values = this.headers.get(name);
			return (values == null || values.isEmpty()) ? null : values.get(0);
		}

	}

}
