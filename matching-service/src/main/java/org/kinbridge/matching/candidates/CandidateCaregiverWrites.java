package org.kinbridge.matching.candidates;

import java.time.Instant;

import org.bson.Document;
import org.kinbridge.platform.kafka.IncomingIntegrationEvent;
import org.kinbridge.platform.kafka.PoisonEventException;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The writes of the caregiver view. Each one is a conditional update, so that an older
 * fact arriving after a newer one (a redelivery, a replay, a consumer catching up) never
 * overwrites it:
 * <ul>
 * <li>capacity figures carry absolute values and the time they were true (registration,
 * approval, {@code changedAt}); they apply only if that time is later than the time of
 * the figures held;</li>
 * <li>the standing (eligible, suspended, removed) likewise applies only if later than the
 * standing held, and nothing leaves {@link CandidateState#REMOVED};</li>
 * <li>the approval's profile applies only if later than the profile held.</li>
 * </ul>
 * Two facts with the same time keep the first one applied; family-service never stamps
 * two changes of one caregiver with the same instant.
 */
@Component
class CandidateCaregiverWrites {

	private static final String ID = "_id";

	private final MongoTemplate mongo;

	CandidateCaregiverWrites(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Makes sure the caregiver exists in its province, so that the conditional updates
	 * below have a document to match.
	 */
	void ensureExists(String caregiverId, String provinceCode, String communeCode, IncomingIntegrationEvent event) {
		Query byId = Query.query(Criteria.where(ID).is(caregiverId));
		byId.fields().include("provinceCode");
		Document held = this.mongo.findOne(byId, Document.class, CandidateCaregiver.COLLECTION);
		if (held != null) {
			if (!provinceCode.equals(held.getString("provinceCode"))) {
				throw new PoisonEventException("Event " + event.id() + " moves caregiver " + caregiverId
						+ " to province " + provinceCode + "; matching knows it in another province");
			}
			return;
		}
		this.mongo.upsert(Query.query(Criteria.where(ID).is(caregiverId)),
				new Update().setOnInsert("provinceCode", provinceCode)
					.setOnInsert("communeCode", communeCode)
					.setOnInsert("state", CandidateState.REGISTERED)
					.setOnInsert("capacity", 0)
					.setOnInsert("placed", 0)
					.setOnInsert("freeCapacity", 0)
					.setOnInsert("householdSize", 0),
				CandidateCaregiver.class);
	}

	void applyRegistration(String caregiverId, Update registration, Update profileUnlessApproved) {
		this.mongo.updateFirst(Query.query(Criteria.where(ID).is(caregiverId)), registration, CandidateCaregiver.class);
		this.mongo.updateFirst(Query.query(Criteria.where(ID).is(caregiverId).and("approvedAt").exists(false)),
				profileUnlessApproved, CandidateCaregiver.class);
	}

	void applyProfileIfNewer(String caregiverId, Instant approvedAt, Update profile) {
		this.mongo.updateFirst(ifOlder(caregiverId, "approvedAt", approvedAt), profile.set("approvedAt", approvedAt),
				CandidateCaregiver.class);
	}

	/**
	 * @return whether the figures were applied (false: newer ones are held)
	 */
	boolean applyCapacityIfNewer(String caregiverId, int capacity, int placed, int freeCapacity, Instant asOf,
			String eventId) {
		Update update = new Update().set("capacity", capacity)
			.set("placed", placed)
			.set("freeCapacity", Math.max(0, freeCapacity))
			.set("capacityAsOf", asOf)
			.set("lastEventId", eventId);
		return this.mongo.updateFirst(ifOlder(caregiverId, "capacityAsOf", asOf), update, CandidateCaregiver.class)
			.getModifiedCount() > 0;
	}

	/**
	 * @return whether the standing was applied (false: a newer one is held, or the
	 * caregiver was removed)
	 */
	boolean applyStandingIfNewer(String caregiverId, CandidateState state, Instant asOf, String eventId) {
		Query query = ifOlder(caregiverId, "standingAsOf", asOf);
		query.addCriteria(Criteria.where("state").ne(CandidateState.REMOVED));
		Update update = new Update().set("state", state).set("standingAsOf", asOf).set("lastEventId", eventId);
		return this.mongo.updateFirst(query, update, CandidateCaregiver.class).getModifiedCount() > 0;
	}

	private static Query ifOlder(String caregiverId, String asOfField, Instant asOf) {
		return Query.query(Criteria.where(ID)
			.is(caregiverId)
			.orOperator(Criteria.where(asOfField).exists(false), Criteria.where(asOfField).lt(asOf)));
	}

}
