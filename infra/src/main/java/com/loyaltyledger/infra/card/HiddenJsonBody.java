package com.loyaltyledger.infra.card;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A request body read as a JSON tree whose values never show in logs: Spring MVC logs the bodies it reads at
 * debug level, and a card's body may carry a PIN. Only the names of its fields show.
 */
record HiddenJsonBody(JsonNode json) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    HiddenJsonBody {
    }

    @Override
    public String toString() {
        List<String> names = json.isObject() ? List.copyOf(json.propertyNames()) : List.of();
        return "HiddenJsonBody" + names;
    }
}
