package org.kinbridge.matching.shortlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.kinbridge.testkit.BenchmarkMongo;
import org.kinbridge.testkit.Timing;
import org.kinbridge.platform.readmodel.ReadModelIndexCreator;
import org.kinbridge.matching.candidates.CandidateCaregiver;
import org.kinbridge.matching.candidates.CandidateCaregiverQueries;
import org.kinbridge.matching.candidates.CandidateIndexes;
import org.kinbridge.matching.candidates.CandidateState;
import org.kinbridge.matching.shortlist.ranking.CaregiverSnapshot;
import org.kinbridge.matching.shortlist.ranking.ChildSnapshot;
import org.kinbridge.matching.shortlist.ranking.InputsDigest;
import org.kinbridge.matching.shortlist.ranking.NeedSnapshot;
import org.kinbridge.matching.shortlist.ranking.Ranking;
import org.kinbridge.matching.shortlist.ranking.RuleSet;
import org.kinbridge.matching.shortlist.ranking.ShortlistInputs;
import org.kinbridge.matching.shortlist.ranking.Shortlister;
import org.kinbridge.matching.shortlist.ranking.Weights;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * How the cost of shortlisting one child grows with the eligible caregivers of one
 * province: the in-memory core (hard rules, points, order, explanations), the digest of
 * the inputs, the read of the caregivers from MongoDB (mongo-java-server, in process) and
 * the write of their snapshots. Not a test: it measures, it does not assert. See
 * {@code BENCHMARKS.md} for how to run it and for the figures.
 * <p>
 * Arguments (all optional):
 * {@code sizes=1000,10000,100000 runs=30 mongoRuns=5 backends=memory,h2}.
 */
public final class ShortlistBenchmark {

	private static final LocalDate TODAY = LocalDate.parse("2026-12-10");

	private static final int COMMUNES = 102;

	private static final int WARM_UP = 5;

	private ShortlistBenchmark() {
	}

	public static void main(String[] args) {
		quietLogging();
		List<Integer> sizes = List.of(1_000, 10_000, 100_000);
		int runs = 30;
		int mongoRuns = 5;
		List<String> backends = List.of("memory", "h2");
		for (String arg : args) {
			String[] pair = arg.split("=", 2);
			switch (pair[0]) {
				case "sizes" -> sizes = Arrays.stream(pair[1].split(",")).map(Integer::valueOf).toList();
				case "runs" -> runs = Integer.parseInt(pair[1]);
				case "mongoRuns" -> mongoRuns = Integer.parseInt(pair[1]);
				case "backends" -> backends = List.of(pair[1].split(","));
				default -> throw new IllegalArgumentException("Unknown argument " + arg
						+ "; use sizes=1000,10000,100000 runs=30 mongoRuns=5 backends=memory,h2");
			}
		}
		System.out.printf("%-8s %8s  %-40s %9s %9s%n", "backend", "carers", "step", "median ms", "p95 ms");
		for (int size : sizes) {
			core(size, runs);
		}
		for (String backend : backends) {
			for (int size : sizes) {
				mongo(backend, size, mongoRuns);
			}
		}
	}

	private static void quietLogging() {
		if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
			root.setLevel(Level.WARN);
		}
	}

	private static void core(int size, int runs) {
		List<CaregiverSnapshot> caregivers = caregivers(size).stream().map(ShortlistService::snapshotOf).toList();
		ShortlistInputs inputs = new ShortlistInputs(need(), caregivers,
				new RuleSet("kinbridge.matching.rules.default", "2026-1", Weights.defaults(), 20), List.of(), null,
				TODAY);
		Shortlister shortlister = new Shortlister();
		Ranking ranking = shortlister.rank(inputs);
		measure("-", size, "ranking core (" + ranking.passing() + " pass)", runs,
				() -> shortlister.rank(inputs).candidates().size());
		measure("-", size, "digest of the inputs (SHA-256)", runs, () -> InputsDigest.of(inputs).length());
	}

	private static void mongo(String backend, int size, int runs) {
		try (BenchmarkMongo server = BenchmarkMongo.start(backend);
				MongoClient client = MongoClients.create(server.uri())) {
			MongoTemplate mongo = new MongoTemplate(client, "shortlist_benchmark");
			List<CandidateCaregiver> all = caregivers(size);
			for (int from = 0; from < all.size(); from += 5_000) {
				mongo.insertAll(all.subList(from, Math.min(all.size(), from + 5_000)));
			}
			new ReadModelIndexCreator(mongo, List.of(CandidateIndexes.declaration())).createAll();
			CandidateCaregiverQueries queries = new CandidateCaregiverQueries(mongo);
			ShortlistStore store = new ShortlistStore(mongo);
			measure(backend, size, "read eligible caregivers (projection)", runs,
					() -> queries.eligibleIn("91").size());
			measure(backend, size, "read relatives across provinces", runs,
					() -> queries.relativesOf(List.of("cg-000007"), List.of("case-need")).size());
			List<CaregiverSnapshot> snapshots = queries.eligibleIn("91")
				.stream()
				.map(ShortlistService::snapshotOf)
				.sorted((a, b) -> a.caregiverId().compareTo(b.caregiverId()))
				.toList();
			int[] n = { 0 };
			measure(backend, size, "store the snapshots (chunks of 1,000)", runs, () -> {
				Shortlist shortlist = new Shortlist("bench-" + n[0]++, "need", "91", "30406", null, null, Instant.EPOCH,
						null, TODAY, null, List.of(), null, ShortlistStore.chunks(snapshots.size()), null);
				store.save(snapshots, shortlist);
				return snapshots.size();
			});
		}
	}

	private static void measure(String backend, int size, String step, int runs, Supplier<Integer> execution) {
		Timing<Integer> timing = Timing.of(WARM_UP, runs, execution);
		System.out.printf(Locale.ROOT, "%-8s %8d  %-40s %9.2f %9.2f%n", backend, size, step, timing.medianMillis(),
				timing.p95Millis());
	}

	/** A boy of ten with a sister of about six who is hard of hearing, kept together. */
	private static NeedSnapshot need() {
		ChildSnapshot boy = new ChildSnapshot("child-1", "case-need", "MALE", LocalDate.parse("2016-03-02"), null,
				"KINH", "HOA_HAO", List.of("vi"), List.of());
		ChildSnapshot sister = new ChildSnapshot("child-2", "case-need", "FEMALE", null, 6, null, null, List.of("vi"),
				List.of("HEARING"));
		return new NeedSnapshot("need", "case-need", "91", "30406", "30406", boy, List.of(sister), true,
				List.of("KINSHIP", "NON_RELATIVE", "EMERGENCY"),
				List.of(new NeedSnapshot.RelativeSnapshot("cg-000007", "GRANDPARENT")));
	}

	/**
	 * Eligible caregivers of province 91 spread over its communes, with varied capacity,
	 * ages, preferences, languages, ethnicities and religions, so that every rule and
	 * factor has work to do; about one in thirteen passes every hard rule.
	 */
	private static List<CandidateCaregiver> caregivers(int size) {
		Random random = new Random(42);
		String[] ethnicities = { "KINH", "KINH", "KINH", "KHMER", "HOA", "CHAM" };
		String[] religions = { "NONE", "BUDDHISM", "HOA_HAO", "CATHOLIC", "CAO_DAI" };
		List<CandidateCaregiver> caregivers = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			int commune = (i == 0) ? 0 : random.nextInt(COMMUNES);
			boolean takesNeeds = random.nextInt(3) == 0;
			CandidateCaregiver.Preferences preferences = new CandidateCaregiver.Preferences(
					random.nextBoolean() ? null : random.nextInt(4),
					random.nextBoolean() ? null : 8 + random.nextInt(10),
					random.nextInt(4) == 0 ? List.of("FEMALE") : List.of(), random.nextInt(4) != 0,
					takesNeeds ? List.of("HEARING", "DISABILITY") : List.of());
			caregivers.add(new CandidateCaregiver(String.format("cg-%06d", i), "91", String.valueOf(30406 + commune),
					null, LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)),
					"FEMALE", random.nextInt(5) == 0 ? List.of("RESPITE") : List.of("NON_RELATIVE", "EMERGENCY"), null,
					3, random.nextInt(3), 1 + random.nextInt(3), preferences,
					random.nextInt(4) == 0 ? List.of("km") : List.of("vi"),
					ethnicities[random.nextInt(ethnicities.length)], religions[random.nextInt(religions.length)], 3,
					CandidateState.ELIGIBLE, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, null));
		}
		return caregivers;
	}

}
