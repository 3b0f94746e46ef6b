package com.loyaltyledger.infra.web;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/** The JSON path a Jackson failure points at, as an API field name such as {@code phones[1]}. */
public final class JsonPaths {

    private JsonPaths() {
    }

    public static String of(JacksonException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining());
        if (path.isEmpty()) {
            return "body";
        }
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
