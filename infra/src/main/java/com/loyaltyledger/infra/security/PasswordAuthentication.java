package com.loyaltyledger.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user names and passwords, for every way a person logs in (HTTP Basic on the API, a form in the console):
 * the one authentication provider of the application.
 * <ol>
 *     <li>A user locked out by failed logins is refused (429) before anything else, even with the right password:
 *     otherwise a locked-out guesser would still learn when a guess is right.</li>
 *     <li>A disabled or unknown user is never compared with its password, cached or not; BCrypt runs against a
 *     stand-in hash instead, so the answer takes as long as a wrong password's and tells nothing.</li>
 *     <li>A password that matched this user's hash in the last ten minutes is accepted without BCrypt (HTTP Basic
 *     sends it with every request): the fast lane, which also stays open while the caller's address is throttled.</li>
 *     <li>Any other attempt from an address that used up its failures is refused (429) and still counts against the
 *     user; the rest wait for BCrypt in a small pool of their own (half the cores), so that a flood of wrong
 *     passwords can take at most those threads, never the request threads of those already logged in. When the
 *     pool's queue is full the attempt is refused at once (503).</li>
 *     <li>A failure counts against the user from that address, the address and the user (see {@link LoginThrottle});
 *     a budget used up is a lockout in the audit trail.</li>
 * </ol>
 */
@Component
class PasswordAuthentication implements AuthenticationProvider, DisposableBean {

    private static final Duration HASHING_WAIT = Duration.ofSeconds(10);

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final LoginAudit audit;
    private final ThreadPoolExecutor hashing;
    /** What unknown and disabled users are checked against: the same work as a real hash. */
    private final String standIn;
    private final AtomicLong checks = new AtomicLong();
    private final Cache<String, Boolean> knownGood = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    PasswordAuthentication(UserAccounts users, PasswordEncoder encoder, LoginThrottle throttle, LoginAudit audit,
                           SecurityProperties properties) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        int threads = properties.login().hashingThreads();
        this.hashing = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.login().hashingQueue()),
                Thread.ofPlatform().name("password-check-", 0).daemon().factory());
        this.standIn = encoder.encode("stand-in for users that cannot log in");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        throttle.refuseIfUserLocked(username, address);
        Optional<UserAccounts.Account> found = users.find(username);
        Optional<UserAccounts.Account> active = found.filter(UserAccounts.Account::enabled);
        String key = active.map(account -> account.passwordHash() + ':' + sha256(password)).orElse(null);
        if (key != null && knownGood.getIfPresent(key) != null) {
            return authenticated(active.get());
        }
        try {
            throttle.refuseIfAddressLocked(address);
        } catch (LoginRefusedException e) {
            audit.lockedOut(throttle.failed(username, address), found.map(UserAccounts.Account::username)
                    .orElse(null), address);
            throw e;
        }
        boolean match = matchesInPool(password, active.map(UserAccounts.Account::passwordHash).orElse(standIn));
        if (active.isPresent() && match) {
            knownGood.put(key, Boolean.TRUE);
            return authenticated(active.get());
        }
        audit.lockedOut(throttle.failed(username, address), found.map(UserAccounts.Account::username).orElse(null),
                address);
        throw new BadCredentialsException("Bad credentials");
    }

    /** How many BCrypt checks logins have run, for tests that show which attempts cost one. */
    long hashingChecks() {
        return checks.get();
    }

    private boolean matchesInPool(String password, String hash) {
        Future<Boolean> check;
        try {
            check = hashing.submit(() -> {
                boolean matches = encoder.matches(password, hash);
                checks.incrementAndGet();
                return matches;
            });
        } catch (RejectedExecutionException e) {
            throw LoginRefusedException.busy();
        }
        try {
            return check.get(HASHING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LoginRefusedException.busy();
        } catch (ExecutionException | TimeoutException e) {
            check.cancel(true);
            throw LoginRefusedException.busy();
        }
    }

    private static Authentication authenticated(UserAccounts.Account account) {
        return UsernamePasswordAuthenticationToken.authenticated(
                new LedgerPrincipal(account.username(), account.storeCodes(), false), null,
                account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public void destroy() {
        hashing.shutdownNow();
    }
}
