package com.loyaltyledger.api.journal;

import java.util.List;

public record JournalChunk(List<JournalLine> items) {
}
