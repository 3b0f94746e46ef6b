package com.loyaltyledger.api.history;

import java.util.List;

public record HistoryPage(List<HistoryEntry> items, int page, int size, long totalItems) {
}
