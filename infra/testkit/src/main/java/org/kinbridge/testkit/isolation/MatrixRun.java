package org.kinbridge.testkit.isolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs an access matrix against a running service: every entry with no token, an expired
 * token and a forged one, then every role in its own province and against the other
 * province's objects. Requests go in the matrix's order, one at a time, so an entry that
 * changes state sees the state the entries above it left. Every answer is appended to a
 * report beside the build output.
 */
public final class MatrixRun {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

	private static final Set<Integer> UNAUTHENTICATED = Set.of(401);

	private static final Set<Integer> FORBIDDEN = Set.of(403);

	private static final Set<Integer> REFUSED = Set.of(403, 404);

	private static final Set<Integer> NOT_FOUND = Set.of(404);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final URI base;

	private final Tenant own;

	private final Tenant other;

	private final MatrixTokens tokens;

	private final Path report;

	private final boolean mixingObjects;

	/**
	 * @param base the service's root, e.g. {@code http://localhost:8081}
	 * @param own the province the callers belong to, with its objects
	 * @param other another province, whose objects they must not reach
	 * @param tokens where tokens come from
	 * @param report a CSV file to write every answer to
	 */
	public MatrixRun(URI base, Tenant own, Tenant other, MatrixTokens tokens, Path report) {
		this(base, own, other, tokens, report, false);
	}

	private MatrixRun(URI base, Tenant own, Tenant other, MatrixTokens tokens, Path report, boolean mixingObjects) {
		this.base = base;
		this.own = own;
		this.other = other;
		this.tokens = tokens;
		this.report = report;
		this.mixingObjects = mixingObjects;
	}

	/**
	 * Also tries, on every {@link Scope#OBJECT} entry whose path names more than one
	 * object, the first allowed role with its own province's outer object and the other
	 * province's inner one (one variable at a time), which must be refused (403 or 404):
	 * a service that checks only the outer object lets a caller reach another province's
	 * object through their own (OWASP API1:2023). Variables with the same value in both
	 * provinces are left alone.
	 * @return a run that does so
	 */
	public MatrixRun mixingObjects() {
		return new MatrixRun(this.base, this.own, this.other, this.tokens, this.report, true);
	}

	/**
	 * @param matrix the entries to run
	 * @return one container per entry, whose tests send the requests when run
	 */
	public Stream<DynamicNode> tests(AccessMatrix matrix) {
		startReport();
		return matrix.entries().stream().map(this::entry);
	}

	private DynamicNode entry(MatrixEntry entry) {
		List<DynamicTest> tests = new ArrayList<>();
		String anyRole = entry.allowed().isEmpty() ? AccessMatrix.ROLES.get(1)
				: entry.allowed().keySet().iterator().next();
		tests.add(check(entry, "no token", null, this.own, UNAUTHENTICATED));
		tests.add(check(entry, "expired token", (tenant) -> this.tokens.expired(anyRole, tenant), this.own,
				UNAUTHENTICATED));
		tests.add(check(entry, "forged signature", (tenant) -> this.tokens.forged(anyRole, tenant), this.own,
				UNAUTHENTICATED));
		boolean crossesProvinces = entry.scope() == Scope.OBJECT || entry.scope() == Scope.COMMUNE;
		for (String role : AccessMatrix.ROLES) {
			if (!entry.allows(role)) {
				tests.add(check(entry, role + " in its province", asOwn(role), this.own, FORBIDDEN));
				if (crossesProvinces) {
					tests.add(check(entry, role + " on another province", asOwn(role), this.other, REFUSED));
				}
			}
		}
		if (crossesProvinces) {
			for (String role : entry.allowed().keySet()) {
				tests.add(check(entry, role + " on another province", asOwn(role), this.other,
						(entry.scope() == Scope.OBJECT) ? NOT_FOUND : REFUSED));
			}
		}
		if (this.mixingObjects && entry.scope() == Scope.OBJECT && !entry.allowed().isEmpty()) {
			String role = entry.allowed().keySet().iterator().next();
			List<String> variables = pathVariables(entry.target());
			for (String variable : variables.subList(Math.min(1, variables.size()), variables.size())) {
				Tenant mixed = ownWithOthers(variable);
				if (mixed != null) {
					tests.add(check(entry, role + " with {" + variable + "} of another province", asOwn(role), mixed,
							REFUSED));
				}
			}
		}
		for (String role : entry.allowed().keySet()) {
			tests.add(check(entry, role + " in its province", asOwn(role), this.own, entry.allowed().get(role)));
		}
		return DynamicContainer.dynamicContainer(entry.method() + " " + entry.target(), tests);
	}

	private static List<String> pathVariables(String target) {
		List<String> variables = new ArrayList<>();
		Matcher matcher = PATH_VARIABLE.matcher(target);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		return variables;
	}

	/**
	 * @return the own province's objects with the other province's value of
	 * {@code variable}, or {@code null} when the two do not differ
	 */
	private Tenant ownWithOthers(String variable) {
		String others = this.other.values().get(variable);
		if (others == null || others.equals(this.own.values().get(variable))) {
			return null;
		}
		Map<String, String> values = new HashMap<>(this.own.values());
		values.put(variable, others);
		return new Tenant(this.own.province(), this.own.commune(), values, this.own.secrets());
	}

	private Function<Tenant, String> asOwn(String role) {
		// The caller always belongs to the own province; only the objects change.
		return (ignored) -> this.tokens.valid(role, this.own);
	}

	private DynamicTest check(MatrixEntry entry, String who, Function<Tenant, String> token, Tenant objects,
			Set<Integer> expected) {
		return DynamicTest.dynamicTest(who + " → " + describe(expected), () -> {
			HttpResponse<String> response = send(entry, (token != null) ? token.apply(objects) : null, objects);
			int status = response.statusCode();
			record(entry, who, expected, status);
			String body = response.body();
			if (!expected.contains(status)) {
				throw new AssertionError(
						entry.method() + " " + entry.target() + " (matrix line " + entry.line() + ") as " + who
								+ ": expected " + describe(expected) + " but got " + status + ": " + abbreviate(body));
			}
			if (status == 401 || status == 403 || status == 404) {
				String type = response.headers().firstValue("Content-Type").orElse("");
				if (!type.startsWith("application/problem+json")) {
					throw new AssertionError(entry.route() + " as " + who + ": a refusal must be problem+json, was '"
							+ type + "': " + abbreviate(body));
				}
			}
			if (objects == this.own) {
				for (String secret : this.other.secrets()) {
					if (body.contains(secret)) {
						throw new AssertionError(entry.route() + " as " + who + " showed '" + secret + "' of province "
								+ this.other.province() + ": " + abbreviate(body));
					}
				}
			}
		});
	}

	private HttpResponse<String> send(MatrixEntry entry, String token, Tenant objects) {
		String target = substitute(PATH_VARIABLE, entry.target(), objects, true);
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(target))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json, application/problem+json, */*");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		String body = (entry.body() != null) ? substitute(PLACEHOLDER, entry.body(), objects, false) : null;
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		HttpRequest.BodyPublisher publisher = (body != null) ? HttpRequest.BodyPublishers.ofString(body)
				: HttpRequest.BodyPublishers.noBody();
		request.method(entry.method(), publisher);
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String substitute(Pattern pattern, String text, Tenant objects, boolean encode) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String value = objects.value(matcher.group(1));
			matcher.appendReplacement(result,
					Matcher.quoteReplacement(encode ? URLEncoder.encode(value, StandardCharsets.UTF_8) : value));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private void startReport() {
		try {
			Files.createDirectories(this.report.toAbsolutePath().getParent());
			Files.writeString(this.report, "method,path,caller,expected,actual\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void record(MatrixEntry entry, String who, Set<Integer> expected, int status) {
		String line = Stream.of(entry.method(), entry.target(), who, describe(expected), String.valueOf(status))
			.map(MatrixRun::csvField)
			.collect(Collectors.joining(",")) + "\n";
		try {
			Files.writeString(this.report, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sorted, so that the same expectation reads the same in every run's report. */
	private static String describe(Set<Integer> statuses) {
		return statuses.stream().sorted().map(String::valueOf).collect(Collectors.joining("|"));
	}

	/** A query string may hold commas; RFC 4180 quoting keeps the columns apart. */
	private static String csvField(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	private static String abbreviate(String body) {
		return (body.length() <= 400) ? body : body.substring(0, 400) + "…";
	}

}
