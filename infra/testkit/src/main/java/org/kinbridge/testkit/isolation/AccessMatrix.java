package org.kinbridge.testkit.isolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A service's access matrix, read from a text file with one endpoint per line:
 *
 * <pre>
 * # method  path                     answers  roles                                   scope   body
 * GET       /api/cases/{caseId}      200      COMMUNE_OFFICER,AUDITOR,COLLABORATOR=404 OBJECT
 * POST      /api/cases/reports       201      COLLABORATOR,COMMUNE_OFFICER            COMMUNE {"communeCode":"${commune}"}
 * </pre>
 *
 * {@code answers} are the statuses an allowed role gets in its own province
 * ({@code 201|409} when a second caller finds the work done); a role may carry its own
 * ({@code ROLE=404}). {@code -} in the roles column means no role may call it. The body
 * is the rest of the line: inline JSON, or {@code @file} for a file beside the matrix.
 */
public final class AccessMatrix {

	/** Every role a token may carry; the matrix is run for each. */
	public static final List<String> ROLES = List.of("COLLABORATOR", "COMMUNE_OFFICER", "COMMUNE_CHAIR",
			"PROVINCE_OFFICER", "AUDITOR", "ANALYST", "PLATFORM_ADMIN");

	/** The roles bound to one commune: their tokens carry a {@code commune} claim. */
	public static final Set<String> COMMUNE_ROLES = Set.of("COLLABORATOR", "COMMUNE_OFFICER", "COMMUNE_CHAIR");

	private final String source;

	private final List<MatrixEntry> entries;

	private AccessMatrix(String source, List<MatrixEntry> entries) {
		this.source = source;
		this.entries = List.copyOf(entries);
	}

	/**
	 * @param resource a class-path resource, e.g. {@code security/access-matrix.txt}
	 * @return the matrix it holds
	 * @throws IllegalArgumentException naming the line of any entry that cannot be read
	 */
	public static AccessMatrix load(String resource) {
		String text = read(resource);
		String folder = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/') + 1) : "";
		List<MatrixEntry> entries = new ArrayList<>();
		String[] lines = text.split("\n");
		for (int index = 0; index < lines.length; index++) {
			String line = lines[index].strip();
			if (!line.isEmpty() && !line.startsWith("#")) {
				entries.add(parse(resource, folder, line, index + 1));
			}
		}
		return new AccessMatrix(resource, entries);
	}

	public List<MatrixEntry> entries() {
		return this.entries;
	}

	/**
	 * Fails when the service has an endpoint the matrix does not list, or the matrix
	 * lists one the service no longer has.
	 * @param routes the service's routes as {@code METHOD /path/{var}}
	 */
	public void requireCovers(Collection<String> routes) {
		Set<String> listed = this.entries.stream().map(MatrixEntry::route).collect(Collectors.toSet());
		Set<String> missing = new TreeSet<>(routes);
		missing.removeAll(listed);
		Set<String> stale = new TreeSet<>(listed);
		stale.removeAll(routes);
		List<String> problems = new ArrayList<>();
		if (!missing.isEmpty()) {
			problems.add("Endpoints without an entry in " + this.source
					+ " (say which roles may call each, and what they get):\n  " + String.join("\n  ", missing));
		}
		if (!stale.isEmpty()) {
			problems.add("Entries in " + this.source + " for endpoints the service does not have:\n  "
					+ String.join("\n  ", stale));
		}
		if (!problems.isEmpty()) {
			throw new AssertionError(String.join("\n", problems));
		}
	}

	private static MatrixEntry parse(String resource, String folder, String line, int number) {
		String[] columns = line.split("\\s+", 6);
		if (columns.length < 5) {
			throw invalid(resource, number, "expected: method path answers roles scope [body]");
		}
		String method = columns[0].toUpperCase(Locale.ROOT);
		Set<Integer> answers = answers(resource, number, columns[2]);
		Map<String, Set<Integer>> allowed = new LinkedHashMap<>();
		if (!"-".equals(columns[3])) {
			for (String grant : columns[3].split(",")) {
				String[] parts = grant.split("=", 2);
				if (!ROLES.contains(parts[0])) {
					throw invalid(resource, number, "unknown role " + parts[0] + "; roles are " + ROLES);
				}
				allowed.put(parts[0], (parts.length == 2) ? answers(resource, number, parts[1]) : answers);
			}
		}
		Scope scope;
		try {
			scope = Scope.valueOf(columns[4].toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw invalid(resource, number,
					"unknown scope " + columns[4] + "; scopes are " + Arrays.toString(Scope.values()));
		}
		String body = (columns.length == 6) ? columns[5].strip() : null;
		if (body != null && body.startsWith("@")) {
			body = read(folder + body.substring(1)).strip();
		}
		return new MatrixEntry(method, columns[1], allowed, scope, body, number);
	}

	private static Set<Integer> answers(String resource, int number, String text) {
		Set<Integer> answers = new LinkedHashSet<>();
		for (String status : text.split("\\|")) {
			try {
				answers.add(Integer.valueOf(status));
			}
			catch (NumberFormatException ex) {
				throw invalid(resource, number, "answers are HTTP statuses such as 200 or 201|409, not " + text);
			}
		}
		return answers;
	}

	private static IllegalArgumentException invalid(String resource, int line, String problem) {
		return new IllegalArgumentException(resource + ":" + line + ": " + problem);
	}

	private static String read(String resource) {
		try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No class-path resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
