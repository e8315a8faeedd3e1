package org.kinbridge.matching.placement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.kinbridge.matching.placement.api.AlternativeCareNeedEnded;
import org.kinbridge.matching.placement.api.CaregiverStandingChanged;
import org.kinbridge.matching.placement.api.ConfirmHold;
import org.kinbridge.matching.placement.api.OutsideChange;
import org.kinbridge.matching.placement.api.PlacementDecided;
import org.kinbridge.matching.placement.api.PlacementEnded;
import org.kinbridge.matching.placement.api.PlacementProposed;
import org.kinbridge.matching.placement.api.ProposalClosed;
import org.kinbridge.matching.placement.api.ReleasePlace;
import org.kinbridge.matching.placement.api.RespondToOutsideChange;
import org.kinbridge.matching.placement.api.Standing;
import org.kinbridge.matching.placement.api.TakePlace;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps one placement and its caregiver's places in step, from the proposal to its close
 * or end: the place held for the proposal is taken when the chair decides and released
 * when the proposal closes or the placement ends, and the placement learns when its
 * caregiver is suspended or removed or its need ends. Every command it sends is
 * idempotent, so that a redelivered event does no harm.
 */
@Saga
@ProcessingGroup(PlacementSaga.PROCESSING_GROUP)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class PlacementSaga {

	public static final String PROCESSING_GROUP = "placement-saga";

	@Autowired
	private transient CommandGateway commands;

	private String placementId;

	private String caregiverId;

	private String needId;

	@StartSaga
	@SagaEventHandler(associationProperty = "placementId")
	void on(PlacementProposed event) {
		this.placementId = event.placementId();
		this.caregiverId = event.placement().caregiverId();
		this.needId = event.placement().needId();
		SagaLifecycle.associateWith("caregiverId", this.caregiverId);
		SagaLifecycle.associateWith("needId", this.needId);
		this.commands.sendAndWait(new ConfirmHold(this.caregiverId, this.placementId));
	}

	@SagaEventHandler(associationProperty = "placementId")
	void on(PlacementDecided event) {
		this.commands.sendAndWait(new TakePlace(this.caregiverId, this.placementId, event.by()));
	}

	@EndSaga
	@SagaEventHandler(associationProperty = "placementId")
	void on(ProposalClosed event) {
		this.commands.sendAndWait(new ReleasePlace(this.caregiverId, this.placementId,
				"The proposal closed: " + event.outcome() + ".", event.by()));
	}

	@EndSaga
	@SagaEventHandler(associationProperty = "placementId")
	void on(PlacementEnded event) {
		this.commands.sendAndWait(new ReleasePlace(this.caregiverId, this.placementId,
				"The placement ended: " + event.reason() + ".", event.by()));
	}

	@SagaEventHandler(associationProperty = "caregiverId")
	void on(CaregiverStandingChanged event) {
		if (event.standing() == Standing.ELIGIBLE) {
			return;
		}
		boolean removed = event.standing() == Standing.REMOVED;
		this.commands.sendAndWait(new RespondToOutsideChange(this.placementId,
				removed ? OutsideChange.CAREGIVER_REMOVED : OutsideChange.CAREGIVER_SUSPENDED,
				"family-service "
						+ (removed ? "removed the caregiver from the commune register" : "suspended the caregiver")
						+ "; a new child cannot be placed with them.",
				event.by()));
	}

	@SagaEventHandler(associationProperty = "needId")
	void on(AlternativeCareNeedEnded event) {
		this.commands.sendAndWait(new RespondToOutsideChange(this.placementId, OutsideChange.NEED_ENDED,
				"case-service ended the child's need for alternative care (" + event.reason() + ").", event.by()));
	}

}
