package com.loyaltyledger.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reading history entries as the API returns them. */
public final class HistoryEntries {

    private HistoryEntries() {
    }

    /** The old and new value of {@code field} in one entry; fails when the entry did not change it. */
    public static Map<String, String> change(JsonNode entry, String field) {
        for (JsonNode change : entry.path("changes")) {
            if (change.path("field").asString().equals(field)) {
                Map<String, String> oldNew = new LinkedHashMap<>();
                oldNew.put("old", change.path("oldValue").isNull() ? null : change.path("oldValue").asString());
                oldNew.put("new", change.path("newValue").isNull() ? null : change.path("newValue").asString());
                return oldNew;
            }
        }
        throw new AssertionError("No change of " + field + " in " + entry);
    }

    public static List<String> eventTypes(List<JsonNode> history) {
        return history.stream().map(entry -> entry.path("eventType").asString()).toList();
    }
}
