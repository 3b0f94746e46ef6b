package com.loyaltyledger.infra.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.privacy.*}: the master key that wraps every client's personal-data key.
 *
 * @param masterKey base64 of 32 random bytes ({@code LEDGER_MASTER_KEY}); wins over the file
 * @param masterKeyFile where the key is kept when none is configured
 * @param generateMasterKey whether a missing key file may be created with a new key (the embedded mode does;
 *                          production profiles must be given their key)
 */
@ConfigurationProperties("ledger.privacy")
public record PrivacyProperties(String masterKey, String masterKeyFile, boolean generateMasterKey) {
}
