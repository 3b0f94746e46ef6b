package com.loyaltyledger.infra.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.loyaltyledger.infra.privacy.ServerSecrets;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Till API keys. A key is 32 random bytes, shown once when it is made; the table keeps only its HMAC-SHA256 under
 * a key derived from the master key: fast enough to check on every request (unlike BCrypt), and useless to whoever
 * copies the table without the master key. Found keys are cached for a few seconds; a revocation on this instance
 * takes effect at once, on others within {@link #CACHE_TTL}.
 */
@Component
class TillKeys {

    /** How the audit trail names a till: {@code till:<name>}; no user or token may take such a name. */
    static final String ACTOR_PREFIX = "till:";
    static final String KEY_PREFIX = "llt_";
    static final Duration CACHE_TTL = Duration.ofSeconds(10);
    private static final String COLUMNS = "till_id, name, store_code, created_at, created_by, revoked_at, revoked_by";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final ServerSecrets secrets;
    private final Clock clock;
    private final Cache<String, Optional<Till>> byHash = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(CACHE_TTL)
            .build();

    TillKeys(JdbcTemplate jdbc, ServerSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    record Till(String tillId, String name, String storeCode, Instant createdAt, String createdBy, Instant revokedAt,
                String revokedBy) {

        String actor() {
            return ACTOR_PREFIX + name;
        }
    }

    /** A new till and its key, which exists only in this answer; empty when the name is taken. */
    Optional<Issued> create(String name, String storeCode, String createdBy) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String tillId = UUID.randomUUID().toString();
        try {
            jdbc.update("insert into till_key (till_id, name, store_code, key_hash, created_at, created_by) "
                    + "values (?, ?, ?, ?, ?, ?)", tillId, name, storeCode, hash(key), Timestamp.from(clock.instant()),
                    createdBy);
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return Optional.of(new Issued(find(tillId).orElseThrow(), key));
    }

    record Issued(Till till, String key) {
    }

    /** The live till this key belongs to; empty for an unknown or revoked key. */
    Optional<Till> authenticate(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX) || key.length() > 100) {
            return Optional.empty();
        }
        return byHash.get(hash(key), hash -> jdbc.query("select " + COLUMNS + " from till_key where key_hash = ? "
                + "and revoked_at is null", TillKeys::till, hash).stream().findFirst());
    }

    Optional<Till> find(String tillId) {
        return jdbc.query("select " + COLUMNS + " from till_key where till_id = ?", TillKeys::till, tillId).stream()
                .findFirst();
    }

    List<Till> list(int offset, int limit) {
        return jdbc.query("select " + COLUMNS + " from till_key order by name limit ? offset ?", TillKeys::till,
                limit, offset);
    }

    long count() {
        Long count = jdbc.queryForObject("select count(*) from till_key", Long.class);
        return count == null ? 0 : count;
    }

    /** Revokes the till's key for good; false when it was revoked already. */
    boolean revoke(String tillId, String revokedBy) {
        boolean revoked = jdbc.update("update till_key set revoked_at = ?, revoked_by = ? where till_id = ? "
                + "and revoked_at is null", Timestamp.from(clock.instant()), revokedBy, tillId) == 1;
        byHash.invalidateAll();
        return revoked;
    }

    private String hash(String key) {
        return HexFormat.of().formatHex(secrets.hmac("till-key").doFinal(key.getBytes(StandardCharsets.UTF_8)));
    }

    private static Till till(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
        Timestamp revoked = row.getTimestamp(6);
        return new Till(row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant(),
                row.getString(5), revoked == null ? null : revoked.toInstant(), row.getString(7));
    }
}
