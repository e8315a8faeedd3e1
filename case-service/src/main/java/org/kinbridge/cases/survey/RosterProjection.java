package org.kinbridge.cases.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.kinbridge.cases.casefile.api.Acting;
import org.kinbridge.cases.survey.api.CollaboratorCoverageChanged;
import org.kinbridge.cases.survey.api.CollaboratorEnlisted;
import org.kinbridge.cases.survey.api.CollaboratorServiceEnded;
import org.kinbridge.cases.survey.api.HamletAdded;
import org.kinbridge.cases.survey.api.HamletRetired;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the communes' hamlet lists and collaborator rosters. Each change is written from
 * the event alone or by reading the one document it changes, so a redelivered event
 * leaves the same document.
 */
@Component
@ProcessingGroup(RosterProjection.PROCESSING_GROUP)
public class RosterProjection {

	static final String PROCESSING_GROUP = "survey-rosters";

	private final MongoTemplate mongo;

	public RosterProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A replay starts from nothing: clears this projection's own collections, and no
	 * other (the access log, the event store, tokens, sagas and deadlines stay).
	 */
	@ResetHandler
	void clearForReplay() {
		this.mongo.remove(new Query(), HamletView.class);
		this.mongo.remove(new Query(), CollaboratorView.class);
	}

	@EventHandler
	void on(HamletAdded event) {
		this.mongo.save(new HamletView(HamletView.idOf(event.communeCode(), event.hamletCode()), event.provinceCode(),
				event.communeCode(), event.hamletCode(), event.name(), event.kind(), HamletView.ACTIVE, event.by().at(),
				event.by().userId(), null, null, null));
	}

	@EventHandler
	void on(HamletRetired event) {
		hamlet(event.communeCode(), event.hamletCode())
			.ifPresent((hamlet) -> this.mongo.save(new HamletView(hamlet.id(), hamlet.provinceCode(),
					hamlet.communeCode(), hamlet.code(), hamlet.name(), hamlet.kind(), HamletView.RETIRED,
					hamlet.addedAt(), hamlet.addedBy(), event.by().at(), event.by().userId(), event.reason())));
	}

	@EventHandler
	void on(CollaboratorEnlisted event) {
		this.mongo.save(new CollaboratorView(event.collaboratorId(), event.provinceCode(), event.communeCode(),
				event.fullName(), event.phone(), event.userId(), event.hamletCodes(), event.activeFrom(),
				event.activeUntil(), null, CollaboratorView.ACTIVE,
				List.of(change("ENLISTED", event.hamletCodes(), null, event.by()))));
	}

	@EventHandler
	void on(CollaboratorCoverageChanged event) {
		collaborator(event.collaboratorId())
			.ifPresent((found) -> this.mongo.save(new CollaboratorView(found.collaboratorId(), found.provinceCode(),
					found.communeCode(), found.fullName(), found.phone(), found.userId(), event.hamletCodes(),
					found.activeFrom(), found.activeUntil(), found.lastDay(), found.status(),
					appended(found, change("COVERAGE_CHANGED", event.hamletCodes(), event.reason(), event.by())))));
	}

	@EventHandler
	void on(CollaboratorServiceEnded event) {
		collaborator(event.collaboratorId())
			.ifPresent((found) -> this.mongo.save(new CollaboratorView(found.collaboratorId(), found.provinceCode(),
					found.communeCode(), found.fullName(), found.phone(), found.userId(), found.hamletCodes(),
					found.activeFrom(), found.activeUntil(), event.lastDay(), CollaboratorView.ENDED,
					appended(found, change("SERVICE_ENDED", found.hamletCodes(), event.reason(), event.by())))));
	}

	/**
	 * @return the commune's hamlets, by code
	 */
	public List<HamletView> hamlets(String communeCode) {
		return this.mongo.find(Query.query(Criteria.where("communeCode").is(communeCode)).with(Sort.by("code")),
				HamletView.class);
	}

	public Optional<HamletView> hamlet(String communeCode, String hamletCode) {
		return Optional.ofNullable(this.mongo.findById(HamletView.idOf(communeCode, hamletCode), HamletView.class));
	}

	/**
	 * @return the commune's collaborators, by name
	 */
	public List<CollaboratorView> collaborators(String communeCode) {
		return this.mongo.find(Query.query(Criteria.where("communeCode").is(communeCode)).with(Sort.by("fullName")),
				CollaboratorView.class);
	}

	public Optional<CollaboratorView> collaborator(String collaboratorId) {
		return Optional.ofNullable(this.mongo.findById(collaboratorId, CollaboratorView.class));
	}

	/**
	 * @return the commune's active collaborator who logs in as {@code userId}
	 */
	public Optional<CollaboratorView> activeCollaboratorByUser(String communeCode, String userId) {
		return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where("communeCode")
			.is(communeCode)
			.and("userId")
			.is(userId)
			.and("status")
			.is(CollaboratorView.ACTIVE)), CollaboratorView.class));
	}

	private static CollaboratorView.Change change(String kind, List<String> hamletCodes, String reason, Acting by) {
		return new CollaboratorView.Change(kind, hamletCodes, reason, by.at(), by.userId(), by.role());
	}

	/** A redelivered change is not added twice. */
	private static List<CollaboratorView.Change> appended(CollaboratorView found, CollaboratorView.Change change) {
		List<CollaboratorView.Change> changes = new ArrayList<>(found.changes());
		if (!changes.contains(change)) {
			changes.add(change);
		}
		return changes;
	}

}
