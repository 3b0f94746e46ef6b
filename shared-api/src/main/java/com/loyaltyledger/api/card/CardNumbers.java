package com.loyaltyledger.api.card;

import com.loyaltyledger.api.common.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How card numbers are written: trimmed, 1 to 32 letters, digits, '-', '.' or '_', letters in upper case. Case
 * is folded because scanners and people typing disagree about it, and a till must find the card either way;
 * other characters are refused because a number also travels in a URL path ({@code /cards/by-number/{number}}).
 */
public final class CardNumbers {

    public static final int MAX_LENGTH = 32;

    private static final Pattern ALLOWED = Pattern.compile("^[0-9A-Z._-]+$");

    private CardNumbers() {
    }

    /** The stored form of a number, or a {@code validation.failed} refusal naming {@code field}. */
    public static String normalize(String field, String typed) {
        String number = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            throw DomainException.invalidField(field, field + " is required");
        }
        if (number.length() > MAX_LENGTH) {
            throw DomainException.invalidField(field, field + " is longer than " + MAX_LENGTH + " characters");
        }
        if (!ALLOWED.matcher(number).matches()) {
            throw DomainException.invalidField(field, field + " may contain only letters, digits, '-', '.' and '_'");
        }
        return number;
    }
}
