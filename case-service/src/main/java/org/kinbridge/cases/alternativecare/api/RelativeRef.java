package org.kinbridge.cases.alternativecare.api;

/** A relative as matching-service learns of them: where they live, not who they are. */
public record RelativeRef(String relativeId, RelativeRelation relation, String provinceCode, String communeCode,
		String caregiverId) {
}
