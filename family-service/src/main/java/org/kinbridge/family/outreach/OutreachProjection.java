package org.kinbridge.family.outreach;

import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.kinbridge.family.caregiver.api.Acting;
import org.kinbridge.family.outreach.api.FollowUpRecorded;
import org.kinbridge.family.outreach.api.InterestDeclined;
import org.kinbridge.family.outreach.api.InterestRecorded;
import org.kinbridge.family.outreach.api.InterestRegistered;
import org.kinbridge.family.outreach.api.InterestState;
import org.kinbridge.family.outreach.api.OutreachSessionRecorded;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the outreach sessions and the interested people that officers list and report on.
 * Replaying the events rebuilds them; an event already applied is skipped.
 */
@Component
@ProcessingGroup("outreach")
public class OutreachProjection {

	private final MongoTemplate mongo;

	public OutreachProjection(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * A replay starts from nothing: clears this projection's own collections, and no
	 * other (the access log, the event store, tokens, sagas and deadlines stay).
	 */
	@ResetHandler
	void clearForReplay() {
		this.mongo.remove(new Query(), OutreachSessionView.class);
		this.mongo.remove(new Query(), InterestFile.class);
	}

	@EventHandler
	void on(OutreachSessionRecorded event) {
		// The session never changes, so saving it again on a redelivery is harmless.
		this.mongo.save(new OutreachSessionView(event.sessionId(), event.provinceCode(), event.communeCode(),
				event.heldOn(), event.place(), event.hamlet(), event.topic(), event.ledBy(), event.attendance(),
				event.audience(), event.by().userId(), event.by().role(), event.by().at()));
	}

	@EventHandler
	void on(InterestRecorded event, @SequenceNumber long sequence) {
		if (this.mongo.findById(event.interestId(), InterestFile.class) != null) {
			return;
		}
		InterestFile file = new InterestFile();
		file.interestId = event.interestId();
		file.provinceCode = event.provinceCode();
		file.communeCode = event.communeCode();
		file.fullName = event.fullName();
		file.phone = event.phone();
		file.sourceSessionId = event.sourceSessionId();
		file.note = event.note();
		file.state = InterestState.INTERESTED;
		file.interestedOn = event.by().on();
		file.recordedBy = event.by().userId();
		file.recordedAt = event.by().at();
		file.updatedAt = event.by().at();
		file.version = sequence;
		this.mongo.save(file);
	}

	@EventHandler
	void on(FollowUpRecorded event, @SequenceNumber long sequence) {
		update(event.interestId(), sequence, event.by(), file -> {
			file.state = InterestState.FOLLOWED_UP;
			file.followUps.add(new InterestView.FollowUp(event.notes(), event.followedUpOn(), event.by().userId(),
					event.by().role(), event.by().at()));
		});
	}

	@EventHandler
	void on(InterestRegistered event, @SequenceNumber long sequence) {
		update(event.interestId(), sequence, event.by(), file -> {
			file.state = InterestState.REGISTERED;
			file.caregiverId = event.caregiverId();
			file.registeredOn = event.by().on();
		});
	}

	@EventHandler
	void on(InterestDeclined event, @SequenceNumber long sequence) {
		update(event.interestId(), sequence, event.by(), file -> {
			file.state = InterestState.DECLINED;
			file.declinedReason = event.reason();
			file.declinedOn = event.by().on();
		});
	}

	private void update(String interestId, long sequence, Acting by, Consumer<InterestFile> change) {
		InterestFile file = this.mongo.findById(interestId, InterestFile.class);
		if (file == null || file.version >= sequence) {
			return;
		}
		change.accept(file);
		file.version = sequence;
		file.updatedAt = by.at();
		this.mongo.save(file);
	}

}
