/**
 * Vietnam's administrative units as versions in time, with the links from merged or
 * abolished units to their successors. Codes are reused across the 2025 reorganisation,
 * so a unit is always looked up as of a day.
 */
package org.kinbridge.platform.adminunits;
