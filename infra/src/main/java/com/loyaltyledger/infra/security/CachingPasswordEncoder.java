package com.loyaltyledger.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers recent successful password checks. HTTP Basic sends the password with every request and BCrypt is
 * deliberately slow (tens of milliseconds of CPU), which would cap a till-facing API at a few dozen requests per
 * second per core. Only matches are remembered, keyed by the stored hash and a SHA-256 of the offered password,
 * so a changed password or a wrong one always goes to BCrypt.
 */
final class CachingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Cache<String, Boolean> matches = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    CachingPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String key = encodedPassword + ':' + sha256(rawPassword);
        if (matches.getIfPresent(key) != null) {
            return true;
        }
        boolean match = delegate.matches(rawPassword, encodedPassword);
        if (match) {
            matches.put(key, Boolean.TRUE);
        }
        return match;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String sha256(CharSequence text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
