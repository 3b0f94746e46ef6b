package com.loyaltyledger.api.card;

import com.loyaltyledger.api.common.DataSubject;
import com.loyaltyledger.api.common.PersonalData;

/** The reason is free text, maybe about the card's owner: personal data under the card's own key. */
public record CardStatusChangedEvent(@DataSubject String cardId, CardStatus previousStatus, CardStatus status,
                                     @PersonalData String reason) {
}
