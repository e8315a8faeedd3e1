package org.kinbridge.platform.tenancy;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.kinbridge.platform.web.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tenancy checks that services run on every object they read or change. An object of
 * another province, or of another commune for a commune-bound caller, is reported as not
 * found (404); a missing role is reported as forbidden (403).
 */
public class TenantGuard {

	private static final Logger log = LoggerFactory.getLogger(TenantGuard.class);

	private final CurrentActor currentActor;

	public TenantGuard(CurrentActor currentActor) {
		this.currentActor = currentActor;
	}

	/**
	 * @return the caller
	 */
	public Actor actor() {
		return this.currentActor.get();
	}

	/**
	 * @return the caller's province, the only one whose objects a query may return
	 */
	public ProvinceCode province() {
		return actor().province();
	}

	/**
	 * @param ofObject the province the object belongs to
	 * @throws OutOfTenantScopeException (404) for another province's object
	 */
	public void requireSameProvince(ProvinceCode ofObject) {
		Actor actor = actor();
		if (!actor.province().equals(ofObject)) {
			log.warn("User {} of province {} was refused an object of province {}", actor.userId(), actor.province(),
					ofObject);
			throw new OutOfTenantScopeException("object of province " + ofObject + " is outside the caller's province");
		}
	}

	/**
	 * Province-wide roles pass; a caller who holds only commune roles reaches only their
	 * own commune.
	 * @param ofObject the commune the object belongs to
	 * @throws OutOfTenantScopeException (404) for another commune's object
	 */
	public void requireCommuneScope(CommuneCode ofObject) {
		Actor actor = actor();
		if (!isInCommuneScope(actor, ofObject)) {
			log.warn("User {} of commune {} was refused an object of commune {}", actor.userId(), actor.commune(),
					ofObject);
			throw new OutOfTenantScopeException("object of commune " + ofObject + " is outside the caller's commune");
		}
	}

	/**
	 * Both checks at once, for objects that belong to a commune.
	 * @param province the province the object belongs to
	 * @param commune the commune the object belongs to
	 */
	public void requireInScope(ProvinceCode province, CommuneCode commune) {
		requireSameProvince(province);
		requireCommuneScope(commune);
	}

	/**
	 * For filtering lists, where a hidden object is left out rather than refused.
	 * @param province the province the object belongs to
	 * @param commune the commune the object belongs to, may be {@code null} for objects
	 * of the whole province
	 * @return whether the caller may see the object
	 */
	public boolean canSee(ProvinceCode province, CommuneCode commune) {
		Actor actor = actor();
		if (!actor.province().equals(province)) {
			return false;
		}
		return (commune != null) ? isInCommuneScope(actor, commune) : actor.isProvinceWide();
	}

	/**
	 * @param roles the roles that allow the action
	 * @return the caller, who holds at least one of them
	 * @throws ForbiddenException (403) when the caller holds none
	 */
	public Actor requireAnyRole(Role... roles) {
		Actor actor = actor();
		if (!actor.hasAnyRole(roles)) {
			throw new ForbiddenException("This action needs one of the roles: "
					+ Arrays.stream(roles).map(Role::name).collect(Collectors.joining(", ")) + ".");
		}
		return actor;
	}

	private static boolean isInCommuneScope(Actor actor, CommuneCode ofObject) {
		return actor.isProvinceWide() || (actor.commune() != null && actor.commune().equals(ofObject));
	}

}
