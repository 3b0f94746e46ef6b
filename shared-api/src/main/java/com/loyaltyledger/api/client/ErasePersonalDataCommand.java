package com.loyaltyledger.api.client;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The right to be forgotten: the client's names, birth date, contacts, code word, documents and consents become
 * unreadable everywhere, while its accounts, postings, statistics and card links stay.
 */
public record ErasePersonalDataCommand(@TargetAggregateIdentifier String clientId) {
}
