/**
 * Working-day calendars per province, for the legal time limits counted in working days.
 * The national calendar is configuration (kinbridge/calendars/default.yml) and each
 * province can add holidays and make-up days under {@code kinbridge.calendars}.
 */
package org.kinbridge.platform.calendar;
