package com.loyaltyledger.api.history;

import com.loyaltyledger.api.common.PageRequest;

/** The changes of one entity, oldest first. */
public record FindEntityHistoryQuery(String entityType, String entityId, PageRequest page) {
}
