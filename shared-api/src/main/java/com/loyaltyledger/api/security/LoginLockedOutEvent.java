package com.loyaltyledger.api.security;

import java.time.Instant;

/**
 * Failed logins used up a budget: until {@code lockedUntil} further attempts it covers are refused.
 *
 * @param scope {@code USER_FROM_ADDRESS}, {@code ADDRESS} or {@code USER}
 * @param username the user locked out, or null for an address (names that are no user are not recorded: people
 *                 type passwords into the user field)
 * @param address the source address the failures came from (the last one, for {@code USER})
 */
public record LoginLockedOutEvent(String scope, String username, String address, Instant lockedUntil) {
}
