package com.loyaltyledger.command.common;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of what a request asks for, so that a repeat of a transaction id can be told from a reuse of it for
 * something else. Amounts count by value: {@code 10.5} and {@code 10.50} ask for the same.
 */
public final class RequestFingerprint {

    private static final char SEPARATOR = '\u001f';

    private RequestFingerprint() {
    }

    public static String of(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                    : part == null ? "\u0000" : part.toString()).append(SEPARATOR);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
