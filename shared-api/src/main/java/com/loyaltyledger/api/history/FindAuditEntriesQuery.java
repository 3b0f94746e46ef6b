package com.loyaltyledger.api.history;

import com.loyaltyledger.api.common.PageRequest;

/** Every change to every entity, in event-store order, filtered. */
public record FindAuditEntriesQuery(AuditCriteria criteria, PageRequest page) {
}
