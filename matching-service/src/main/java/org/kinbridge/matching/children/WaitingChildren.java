package org.kinbridge.matching.children;

import java.util.List;
import java.util.Optional;

/**
 * Matching's view of children who need alternative care, for the placement process and
 * the shortlist. Every lookup names the caller's province, so another province's child is
 * never found.
 */
public interface WaitingChildren {

	/**
	 * @param provinceCode the caller's province
	 * @param needId the need
	 * @return the need, waiting or ended, if the province handles it now
	 */
	Optional<WaitingChild> find(String provinceCode, String needId);

	/**
	 * @param provinceCode the caller's province
	 * @param communeCode only this commune, or {@code null} for the whole province
	 * @return the needs still waiting, longest waiting first
	 */
	List<WaitingChild> waiting(String provinceCode, String communeCode);

}
