package org.kinbridge.matching.shortlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kinbridge.platform.readmodel.ReadModelIndexes;
import org.kinbridge.matching.shortlist.ranking.CaregiverSnapshot;
import org.kinbridge.matching.shortlist.ranking.ShortlistInputs;

import org.springframework.context.annotation.Bean;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Stored shortlists and their inputs. The inputs are written before the shortlist, so a
 * shortlist that can be read always has its inputs.
 */
@Component
public class ShortlistStore {

	static final int CHUNK = 1_000;

	private final MongoTemplate mongo;

	public ShortlistStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @param caregivers the snapshots to store first
	 * @param shortlist the shortlist, whose {@code inputChunks} says how many chunks
	 * {@link #chunks} makes
	 */
	void save(List<CaregiverSnapshot> caregivers, Shortlist shortlist) {
		List<ShortlistInputsChunk> chunks = new ArrayList<>();
		for (int index = 0; index * CHUNK < caregivers.size(); index++) {
			chunks.add(new ShortlistInputsChunk(shortlist.id() + ":" + index, shortlist.id(), index,
					caregivers.subList(index * CHUNK, Math.min(caregivers.size(), (index + 1) * CHUNK))));
		}
		if (!chunks.isEmpty()) {
			this.mongo.insertAll(chunks);
		}
		this.mongo.insert(shortlist);
	}

	static int chunks(int caregivers) {
		return (caregivers + CHUNK - 1) / CHUNK;
	}

	Optional<Shortlist> find(String provinceCode, String needId, String shortlistId) {
		return Optional.ofNullable(this.mongo.findOne(Query
			.query(Criteria.where("_id").is(shortlistId).and("needId").is(needId).and("provinceCode").is(provinceCode)),
				Shortlist.class));
	}

	/**
	 * @return the inputs the shortlist was computed from, as stored
	 */
	ShortlistInputs inputsOf(Shortlist shortlist) {
		List<ShortlistInputsChunk> chunks = this.mongo.find(
				Query.query(Criteria.where("shortlistId").is(shortlist.id())).with(Sort.by("index")),
				ShortlistInputsChunk.class);
		if (chunks.size() != shortlist.inputChunks()) {
			throw new IllegalStateException("Shortlist " + shortlist.id() + " has " + chunks.size() + " of its "
					+ shortlist.inputChunks() + " input chunks");
		}
		List<CaregiverSnapshot> caregivers = new ArrayList<>();
		chunks.forEach(chunk -> caregivers.addAll(chunk.caregivers()));
		return new ShortlistInputs(shortlist.need(), caregivers, shortlist.ruleSet(), shortlist.overrides(),
				shortlist.splitSiblingsReason(), shortlist.referenceDate());
	}

	@Bean
	public ReadModelIndexes shortlistIndexes() {
		return ReadModelIndexes.of("the shortlists")
			.on(Shortlist.class,
					new Index().on("provinceCode", Sort.Direction.ASC)
						.on("needId", Sort.Direction.ASC)
						.on("createdAt", Sort.Direction.DESC)
						.named("by-need"))
			.on(ShortlistInputsChunk.class,
					new Index().on("shortlistId", Sort.Direction.ASC)
						.on("index", Sort.Direction.ASC)
						.named("by-shortlist"));
	}

}
