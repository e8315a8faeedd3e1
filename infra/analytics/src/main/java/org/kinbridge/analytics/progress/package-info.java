/**
 * The model's progress read from {@code kinbridge.analytics.v1} alone: children waiting
 * and placed, the time to placement, why placements ended, the share placed against the
 * targets and the communes running the model, now and month by month. The figures follow
 * matching-service's placement report, so the two agree on the same events.
 */
package org.kinbridge.analytics.progress;
