package com.loyaltyledger.api.card;

import java.util.List;

/** Only the fields that changed: {@code before} and {@code after} hold their old and new values. */
public record CardDetailsChangedEvent(String cardId,
                                      List<CardField> changedFields,
                                      CardDetails before,
                                      CardDetails after) {
}
