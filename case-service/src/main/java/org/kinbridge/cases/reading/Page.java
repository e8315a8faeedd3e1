package org.kinbridge.cases.reading;

import java.util.List;

/**
 * One page of a longer list. Endpoints send the items as the body and the total in the
 * {@code X-Total-Count} header, so that clients that only want the list need not unwrap
 * it.
 *
 * @param total how many items match in all
 * @param page the page number, from 0
 * @param size the most items a page holds
 */
public record Page<T>(List<T> items, long total, int page, int size) {

	public static <T> Page<T> empty(int page, int size) {
		return new Page<>(List.of(), 0, page, size);
	}

}
