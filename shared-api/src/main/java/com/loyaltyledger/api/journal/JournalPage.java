package com.loyaltyledger.api.journal;

import java.util.List;

public record JournalPage(List<JournalLine> items, int page, int size, long totalItems) {
}
