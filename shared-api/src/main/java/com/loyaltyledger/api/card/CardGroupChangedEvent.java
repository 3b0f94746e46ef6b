package com.loyaltyledger.api.card;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Only the fields that changed: {@code before} and {@code after} hold their old and new values. */
/** Revision 2: {@link CardGroupDetails#pinRequiredToSpend()} added (absent in revision 1: on). */
@Revision("2")
public record CardGroupChangedEvent(String cardGroupId,
                                    List<CardGroupField> changedFields,
                                    CardGroupDetails before,
                                    CardGroupDetails after) {
}
