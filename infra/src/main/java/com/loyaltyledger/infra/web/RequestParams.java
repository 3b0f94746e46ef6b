package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.StorableValues;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Query parameters as the API reads them: blank means absent; a malformed one is a 400 naming it. */
public final class RequestParams {

    private RequestParams() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An ISO-8601 instant such as {@code 2026-11-01T00:00:00Z}, or null when absent. */
    public static Instant instant(String name, String value) {
        if (text(value) == null) {
            return null;
        }
        Instant moment;
        try {
            moment = Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(name, name + " must be an instant such as 2026-11-01T00:00:00Z");
        }
        String problem = StorableValues.instantProblem(moment);
        if (problem != null) {
            throw DomainException.invalidField(name, name + " " + problem);
        }
        return moment;
    }
}
