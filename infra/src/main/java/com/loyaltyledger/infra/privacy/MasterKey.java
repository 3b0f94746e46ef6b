package com.loyaltyledger.infra.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the master key from configuration, or from (or, in the embedded mode, into) the key file. */
final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final int KEY_BYTES = 32;

    private MasterKey() {
    }

    static SecretKey load(PrivacyProperties properties) {
        if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
            return decode(properties.masterKey().strip(), "ledger.privacy.master-key");
        }
        if (properties.masterKeyFile() == null || properties.masterKeyFile().isBlank()) {
            throw new IllegalStateException("No master key: set LEDGER_MASTER_KEY (base64 of 32 random bytes)");
        }
        Path file = Path.of(properties.masterKeyFile());
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).strip(), file.toString());
            }
            if (!properties.generateMasterKey()) {
                throw new IllegalStateException("No master key: set LEDGER_MASTER_KEY (base64 of 32 random bytes); "
                        + file + " does not exist and this profile does not create one");
            }
            String generated = Base64.getEncoder().encodeToString(Aes.newKey().getEncoded());
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, generated + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("No POSIX permissions on this file system for {}", file);
            }
            log.warn("Created a new master key in {}. Back it up with the database: without it no client's "
                    + "personal data can be read. Production deployments set LEDGER_MASTER_KEY instead.", file);
            return decode(generated, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key file " + file, e);
        }
    }

    private static SecretKey decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The master key in " + source + " is not base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("The master key in " + source + " must be " + KEY_BYTES + " bytes, not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
