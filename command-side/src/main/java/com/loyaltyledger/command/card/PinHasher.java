package com.loyaltyledger.command.card;

import com.loyaltyledger.api.card.Pin;
import com.loyaltyledger.api.card.PinHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns PINs into salted PBKDF2 hashes, so that events, read models and logs never hold a PIN. A PIN of a few
 * digits can still be found from its hash by trying them all; the hash keeps PINs out of sight, and the
 * iteration count makes that trying slow.
 */
public final class PinHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PinHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("PIN hash iterations must be positive, not " + iterations);
        }
        this.iterations = iterations;
    }

    public PinHash hash(Pin pin) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(pin, salt, iterations, ALGORITHM, HASH_BITS);
        Base64.Encoder base64 = Base64.getEncoder();
        return new PinHash(ALGORITHM, iterations, base64.encodeToString(salt), base64.encodeToString(hash));
    }

    /** Whether {@code pin} is the PIN {@code stored} was made from, under the settings it was made with. */
    public boolean matches(Pin pin, PinHash stored) {
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(stored.hash());
        byte[] actual = derive(pin, base64.decode(stored.salt()), stored.iterations(), stored.algorithm(),
                expected.length * Byte.SIZE);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(Pin pin, byte[] salt, int iterations, String algorithm, int bits) {
        PBEKeySpec spec = new PBEKeySpec(pin.digits().toCharArray(), salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot hash a PIN with " + algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }
}
