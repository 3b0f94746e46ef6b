package com.loyaltyledger.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Budgets of failed logins (Bucket4j token buckets, one token per failure, refilled evenly over the window): per
 * user from one address, per address and per user. Kept in memory per instance, for an hour after their last use;
 * several instances each keep their own, so a guesser going round them gets as many tries per instance.
 */
@Component
class LoginThrottle {

    enum Scope { USER_FROM_ADDRESS, ADDRESS, USER }

    /** A budget that ran out with this failure; the audit trail records it. */
    record Lockout(Scope scope, Duration retryAfter) {
    }

    private final SecurityProperties.Login settings;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    LoginThrottle(SecurityProperties properties) {
        this.settings = properties.login();
    }

    /** Refuses when the user is locked out (from this address or everywhere); known-good logins included. */
    void refuseIfUserLocked(String username, String address) {
        refuseIfEmpty(bucket(Scope.USER_FROM_ADDRESS, username, address));
        refuseIfEmpty(bucket(Scope.USER, username, address));
    }

    /** Refuses when the address has used up its failures; logins known good are not asked. */
    void refuseIfAddressLocked(String address) {
        refuseIfEmpty(bucket(Scope.ADDRESS, null, address));
    }

    /** Counts a failed login against every budget it belongs to; answers the budgets it just used up. */
    List<Lockout> failed(String username, String address) {
        List<Lockout> lockouts = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            if (username == null && scope != Scope.ADDRESS) {
                continue;
            }
            Bucket bucket = bucket(scope, username, address);
            if (bucket.tryConsume(1) && bucket.getAvailableTokens() == 0) {
                lockouts.add(new Lockout(scope, wait(bucket)));
            }
        }
        return lockouts;
    }

    private static void refuseIfEmpty(Bucket bucket) {
        if (bucket.getAvailableTokens() < 1) {
            throw LoginRefusedException.throttled(wait(bucket));
        }
    }

    private static Duration wait(Bucket bucket) {
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private Bucket bucket(Scope scope, String username, String address) {
        String user = username == null ? "" : username.toLowerCase(Locale.ROOT);
        String key = switch (scope) {
            case USER_FROM_ADDRESS -> "p:" + address + "|" + user;
            case ADDRESS -> "a:" + address;
            case USER -> "u:" + user;
        };
        SecurityProperties.Budget budget = switch (scope) {
            case USER_FROM_ADDRESS -> settings.userFromAddress();
            case ADDRESS -> settings.address();
            case USER -> settings.user();
        };
        return buckets.get(key, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(budget.failures())
                        .refillGreedy(budget.failures(), budget.window()).build())
                .build());
    }
}
