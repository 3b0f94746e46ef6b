package com.loyaltyledger.api.card;

import com.loyaltyledger.api.common.DomainException;
import java.util.regex.Pattern;

/**
 * A card's PIN as typed, on its way to being hashed. Lives only in commands; never in an event, a read model or
 * a log line, which is why {@link #toString()} hides it.
 */
public record Pin(String digits) {

    private static final Pattern FORMAT = Pattern.compile("^\\d{4,12}$");

    public Pin {
        if (digits == null || !FORMAT.matcher(digits).matches()) {
            throw DomainException.invalidField("pin", "a PIN is 4 to 12 digits");
        }
    }

    @Override
    public String toString() {
        return "Pin[hidden]";
    }
}
