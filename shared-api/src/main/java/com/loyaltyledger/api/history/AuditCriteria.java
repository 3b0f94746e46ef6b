package com.loyaltyledger.api.history;

import java.time.Instant;

/**
 * Filters of the audit trail; every null filter is ignored.
 *
 * @param from inclusive
 * @param to exclusive
 * @param eventType e.g. {@code ClientBlocked}
 */
public record AuditCriteria(String entityType,
                            String entityId,
                            String actor,
                            String channel,
                            Instant from,
                            Instant to,
                            String eventType) {
}
