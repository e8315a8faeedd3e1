package org.kinbridge.testkit.isolation;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessMatrixTest {

	private final AccessMatrix matrix = AccessMatrix.load("isolation/sample-matrix.txt");

	@Test
	void readsRolesWithTheirOwnAnswersScopesAndBodies() {
		List<MatrixEntry> entries = this.matrix.entries();
		assertThat(entries).hasSize(4);
		MatrixEntry read = entries.get(0);
		assertThat(read.route()).isEqualTo("GET /api/things/{thingId}");
		assertThat(read.allowed()).containsEntry("COMMUNE_OFFICER", Set.of(200))
			.containsEntry("AUDITOR", Set.of(200))
			.containsEntry("COLLABORATOR", Set.of(404));
		assertThat(read.allows("ANALYST")).isFalse();
		assertThat(entries.get(1).allowed().get("COMMUNE_OFFICER")).containsExactly(201, 409);
		assertThat(entries.get(1).scope()).isEqualTo(Scope.COMMUNE);
		assertThat(entries.get(1).body()).isEqualTo("{\"communeCode\": \"${commune}\", \"note\": \"a b\"}");
		assertThat(entries.get(2).body()).isEqualTo("{\"text\": \"${thingId}\"}");
		assertThat(entries.get(3).allowed()).isEmpty();
		assertThat(entries.get(3).scope()).isEqualTo(Scope.NONE);
	}

	@Test
	void failsForAnEndpointWithoutAnEntryAndForAnEntryWithoutAnEndpoint() {
		assertThatNoException().isThrownBy(() -> this.matrix.requireCovers(Set.of("GET /api/things/{thingId}",
				"POST /api/things", "PUT /api/things/{thingId}/notes", "GET /api/codes")));
		assertThatThrownBy(() -> this.matrix.requireCovers(Set.of("GET /api/things/{thingId}", "POST /api/things",
				"PUT /api/things/{thingId}/notes", "GET /api/codes", "DELETE /api/things/{thingId}")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("DELETE /api/things/{thingId}")
			.hasMessageContaining("without an entry");
		assertThatThrownBy(() -> this.matrix.requireCovers(Set.of("GET /api/things/{thingId}", "POST /api/things")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("does not have")
			.hasMessageContaining("GET /api/codes");
	}

	@Test
	void namesTheLineOfAnUnknownRole() {
		assertThatIllegalArgumentException().isThrownBy(() -> AccessMatrix.load("isolation/bad-role.txt"))
			.withMessageContaining("bad-role.txt:2")
			.withMessageContaining("unknown role SUPERUSER");
	}

	@Test
	void aQueryStringIsNotPartOfTheRoute() {
		MatrixEntry entry = new MatrixEntry("GET", "/api/records?caseId={caseId}", java.util.Map.of(), Scope.LIST, null,
				1);
		assertThat(entry.route()).isEqualTo("GET /api/records");
	}

}
