package org.kinbridge.family.reading;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param total how many items the whole list has
 */
public record Page<T>(List<T> items, long total, int page, int size) {
}
