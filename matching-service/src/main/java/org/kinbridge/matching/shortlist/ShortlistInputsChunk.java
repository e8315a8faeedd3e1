package org.kinbridge.matching.shortlist;

import java.util.List;

import org.kinbridge.matching.shortlist.ranking.CaregiverSnapshot;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Up to {@link ShortlistStore#CHUNK} of the caregivers a shortlist considered, as they
 * were: a province's caregivers together can exceed what one MongoDB document holds.
 *
 * @param id the shortlist id and the chunk's index
 * @param shortlistId the shortlist
 * @param index the chunk's place, from 0
 * @param caregivers the snapshots, in caregiver-id order
 */
@Document("shortlist_inputs")
record ShortlistInputsChunk(@Id String id, String shortlistId, int index, List<CaregiverSnapshot> caregivers) {
}
