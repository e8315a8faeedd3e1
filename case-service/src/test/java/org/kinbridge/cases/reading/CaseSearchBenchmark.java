package org.kinbridge.cases.reading;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.kinbridge.testkit.BenchmarkMongo;
import org.kinbridge.testkit.Timing;
import org.kinbridge.platform.readmodel.ReadModelIndexCreator;
import org.kinbridge.cases.casefile.CaseSummary;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How fast the case list answers a name search and a caseload on mongo-java-server, the
 * in-process MongoDB of tests and of the local stack, with 10,000 and 100,000 cases of
 * one province. Not a test: it measures, it does not assert. See {@code BENCHMARKS.md}
 * for how to run it and for the figures.
 * <p>
 * Arguments (all optional): {@code sizes=10000,100000 runs=20 backends=memory,h2}.
 */
public final class CaseSearchBenchmark {

	private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

	private static final int COMMUNES = 102;

	private static final int WARM_UP = 3;

	private CaseSearchBenchmark() {
	}

	public static void main(String[] args) {
		quietLogging();
		List<Integer> sizes = List.of(10_000, 100_000);
		int runs = 20;
		List<String> backends = List.of("memory", "h2");
		for (String arg : args) {
			String[] pair = arg.split("=", 2);
			switch (pair[0]) {
				case "sizes" -> sizes = Arrays.stream(pair[1].split(",")).map(Integer::valueOf).toList();
				case "runs" -> runs = Integer.parseInt(pair[1]);
				case "backends" -> backends = List.of(pair[1].split(","));
				default -> throw new IllegalArgumentException(
						"Unknown argument " + arg + "; use sizes=10000,100000 runs=20 backends=memory,h2");
			}
		}
		System.out.printf("%-7s %8s  %-44s %9s %9s %8s%n", "backend", "cases", "query", "median ms", "p95 ms",
				"results");
		for (String backend : backends) {
			for (int size : sizes) {
				run(backend, size, runs);
			}
		}
	}

	/** The servers log every connection at INFO; the table is what matters here. */
	private static void quietLogging() {
		if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
			root.setLevel(Level.WARN);
		}
	}

	private static void run(String backend, int size, int runs) {
		try (BenchmarkMongo server = BenchmarkMongo.start(backend);
				MongoClient client = MongoClients.create(server.uri())) {
			MongoTemplate mongo = new MongoTemplate(client, "case_search_benchmark");
			List<CaseSummary> cases = SyntheticCases.province("91", size, COMMUNES, NOW, 42);
			long loadStart = System.nanoTime();
			for (int from = 0; from < cases.size(); from += 5_000) {
				mongo.insertAll(cases.subList(from, Math.min(cases.size(), from + 5_000)));
			}
			long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
			new ReadModelIndexCreator(mongo, List.of(CaseListIndexes.declaration())).createAll();
			CaseQueries queries = new CaseQueries(mongo);
			CaseQueries.Scope province = new CaseQueries.Scope("91", null, null);
			CaseQueries.Scope commune = new CaseQueries.Scope("91", "30007", null);
			CaseQueries.Caseload all = new CaseQueries.Caseload(null, null, null);
			String label = backend;
			measure(label, size, "name search, province, tokens (\"nguyen van an\")", runs,
					() -> queries.search(province, null, "nguyen van an", 0, 50).total());
			measure(label, size, "name search, province, regex on folded names", runs,
					() -> mongo.count(Query.query(Criteria.where("provinceCode")
						.is("91")
						.and("childNameKeys")
						.regex(Pattern.compile("\\bnguyen\\b.*\\bvan\\b.*\\ban\\b"))), CaseSummary.class));
			measure(label, size, "name search, one commune, tokens (\"nguyen\")", runs,
					() -> queries.search(commune, null, "nguyen", 0, 50).total());
			measure(label, size, "caseload, one commune, page 1 of 50", runs,
					() -> queries.caseload(commune, all, NOW, 0, 50).total());
			measure(label, size, "caseload, province, page 1 of 50", runs,
					() -> queries.caseload(province, all, NOW, 0, 50).total());
			measure(label, size, "caseload, province, page 20 of 50", runs,
					() -> queries.caseload(province, all, NOW, 19, 50).total());
			System.out.printf("%-7s %8d  %-44s %9d%n", label, size, "(load, ms)", loadMillis);
		}
	}

	private static void measure(String backend, int size, String query, int runs, Supplier<Long> execution) {
		Timing<Long> timing = Timing.of(WARM_UP, runs, execution);
		System.out.printf(Locale.ROOT, "%-7s %8d  %-44s %9.1f %9.1f %8d%n", backend, size, query, timing.medianMillis(),
				timing.p95Millis(), timing.last());
	}

}
