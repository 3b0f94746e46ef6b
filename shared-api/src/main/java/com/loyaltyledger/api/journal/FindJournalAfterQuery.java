package com.loyaltyledger.api.journal;

/** Up to {@code limit} lines after {@code afterLineId}: for exports that walk the whole journal. */
public record FindJournalAfterQuery(JournalCriteria criteria, long afterLineId, int limit) {
}
