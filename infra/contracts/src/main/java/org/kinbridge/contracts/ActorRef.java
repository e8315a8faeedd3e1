package org.kinbridge.contracts;

/**
 * Who did something: the user id ({@code sub} of the token) and the role they acted in.
 *
 * @param userId the user id
 * @param role one of the KinBridge roles, for example {@code COMMUNE_OFFICER}
 */
public record ActorRef(String userId, String role) {
}
