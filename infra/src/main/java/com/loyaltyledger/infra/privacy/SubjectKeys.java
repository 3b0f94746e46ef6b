package com.loyaltyledger.infra.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One AES key per data subject (a client), kept in {@code personal_data_key} wrapped by the master key. Deleting a
 * subject's key is what erases its personal data: every copy of it in stored events becomes ciphertext nobody can
 * open. Keys are read on the caller's transaction, so a key created while appending a client's first event
 * commits or rolls back with that event.
 * <p>
 * Read keys are cached for a few minutes; the instance that erases evicts at once, other instances stop using
 * the key when their entry expires (read models are scrubbed at erasure regardless).
 */
public class SubjectKeys {

    private final JdbcTemplate jdbc;
    private final SecretKey masterKey;
    private final Clock clock;
    private final Cache<String, SecretKey> cache = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    SubjectKeys(JdbcTemplate jdbc, SecretKey masterKey, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    /** The subject's key, or empty when it never had one or it was erased. */
    Optional<SecretKey> find(String subjectId) {
        SecretKey cached = cache.getIfPresent(subjectId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<SecretKey> stored = load(subjectId);
        stored.ifPresent(key -> cache.put(subjectId, key));
        return stored;
    }

    /** The subject's key, created in the current transaction when it has none. */
    SecretKey findOrCreate(String subjectId) {
        Optional<SecretKey> existing = find(subjectId);
        if (existing.isPresent()) {
            return existing.get();
        }
        SecretKey key = Aes.newKey();
        jdbc.update("insert into personal_data_key (subject_id, wrapped_key, created_at) values (?, ?, ?) "
                        + "on conflict do nothing",
                subjectId, Aes.encrypt(masterKey, key.getEncoded(), purpose(subjectId)),
                Timestamp.from(clock.instant()));
        // not cached: the transaction may still roll back; the next read caches the committed key
        return load(subjectId).orElseThrow(() -> new IllegalStateException("Key of " + subjectId + " vanished"));
    }

    /** Erases the subject's key for good. */
    public void erase(String subjectId) {
        jdbc.update("delete from personal_data_key where subject_id = ?", subjectId);
        cache.invalidate(subjectId);
    }

    private Optional<SecretKey> load(String subjectId) {
        List<byte[]> wrapped = jdbc.query("select wrapped_key from personal_data_key where subject_id = ?",
                (row, i) -> row.getBytes(1), subjectId);
        if (wrapped.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SecretKeySpec(Aes.decrypt(masterKey, wrapped.getFirst(), purpose(subjectId)),
                    "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key of " + subjectId + " does not open with this master key; "
                    + "is LEDGER_MASTER_KEY the one this database was created with?", e);
        }
    }

    private static byte[] purpose(String subjectId) {
        return ("subject-key:" + subjectId).getBytes(StandardCharsets.UTF_8);
    }
}
