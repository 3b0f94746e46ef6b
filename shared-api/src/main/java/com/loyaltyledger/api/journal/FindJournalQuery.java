package com.loyaltyledger.api.journal;

import com.loyaltyledger.api.common.PageRequest;

/** A page of journal lines, oldest first. */
public record FindJournalQuery(JournalCriteria criteria, PageRequest page) {
}
