package org.kinbridge.family.capacity.api;

/** Why a decided placement could not take a place. */
public enum RefusalReason {

	/** Every place is taken, for example by a placement decided a moment earlier. */
	NO_FREE_CAPACITY,
	/**
	 * The caregiver is not eligible on the register now: suspended, removed, or never
	 * found eligible.
	 */
	NOT_ON_REGISTER

}
