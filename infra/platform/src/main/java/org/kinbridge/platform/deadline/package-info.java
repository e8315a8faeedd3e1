/**
 * Axon deadlines that survive a restart: they are kept in the service's MongoDB database
 * and fired by whichever replica claims them first, exactly one of them.
 * {@link org.kinbridge.platform.deadline.MongoDeadlineManager} replaces Axon's in-memory
 * manager in every service through
 * {@link org.kinbridge.platform.deadline.DeadlineAutoConfiguration}.
 */
package org.kinbridge.platform.deadline;
