package com.loyaltyledger.infra.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key, and keys derived from it for other purposes (HMAC-SHA256 of the purpose's name), so that one
 * secret to keep safe serves them all and no derived key can be turned back into the master key or another one.
 */
public final class ServerSecrets {

    private final SecretKey masterKey;

    ServerSecrets(SecretKey masterKey) {
        this.masterKey = masterKey;
    }

    SecretKey masterKey() {
        return masterKey;
    }

    /** A fresh HMAC-SHA256 under the key derived for {@code purpose}; a Mac is not thread-safe, so one per use. */
    public Mac hmac(String purpose) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(masterKey);
            byte[] derived = derive.doFinal(("derived-key:" + purpose).getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(derived, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
