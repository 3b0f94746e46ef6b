package com.loyaltyledger.api.card;

import java.util.List;

/** Only the fields that changed: {@code before} and {@code after} hold their old and new values. */
public record CardGroupChangedEvent(String cardGroupId,
                                    List<CardGroupField> changedFields,
                                    CardGroupDetails before,
                                    CardGroupDetails after) {
}
