/**
 * A caregiver's places: how many children it can take, how many are placed, and how many
 * are free, which is never negative. Places follow matching's placement decisions and
 * ends; two placements racing for the last place cannot both win, because the caregiver
 * aggregate decides and its event stream is versioned.
 */
package org.kinbridge.family.capacity;
