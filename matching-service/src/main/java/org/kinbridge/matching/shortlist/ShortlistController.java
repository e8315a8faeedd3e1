package org.kinbridge.matching.shortlist;

import java.net.URI;

import org.kinbridge.matching.shortlist.ranking.WhyNot;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shortlists of caregivers for a waiting child: made on request, stored with their
 * inputs, explained caregiver by caregiver, and recomputable by an auditor.
 */
@RestController
@RequestMapping("/api/matching/children/{needId}/shortlists")
public class ShortlistController {

	private final ShortlistService shortlists;

	public ShortlistController(ShortlistService shortlists) {
		this.shortlists = shortlists;
	}

	@PostMapping
	public ResponseEntity<ShortlistView> create(@PathVariable String needId,
			@RequestBody(required = false) ShortlistRequest request) {
		Shortlist shortlist = this.shortlists.create(needId,
				(request != null) ? request : new ShortlistRequest(null, null));
		return ResponseEntity.created(URI.create("/api/matching/children/" + needId + "/shortlists/" + shortlist.id()))
			.body(ShortlistView.of(shortlist));
	}

	@GetMapping("/{shortlistId}")
	public ShortlistView get(@PathVariable String needId, @PathVariable String shortlistId) {
		return ShortlistView.of(this.shortlists.show(needId, shortlistId));
	}

	@GetMapping("/{shortlistId}/why-not/{caregiverId}")
	public WhyNot whyNot(@PathVariable String needId, @PathVariable String shortlistId,
			@PathVariable String caregiverId) {
		return this.shortlists.whyNot(needId, shortlistId, caregiverId);
	}

	@GetMapping("/{shortlistId}/recompute")
	public Recomputation recompute(@PathVariable String needId, @PathVariable String shortlistId) {
		return this.shortlists.recompute(needId, shortlistId);
	}

}
