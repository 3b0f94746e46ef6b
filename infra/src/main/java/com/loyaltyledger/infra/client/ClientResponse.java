package com.loyaltyledger.infra.client;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.loyaltyledger.api.client.ClientDetails;
import com.loyaltyledger.api.client.ClientField;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.api.client.ClientPurchaseStats;
import com.loyaltyledger.api.client.ClientSource;
import com.loyaltyledger.api.client.ClientView;
import com.loyaltyledger.api.client.Consents;
import com.loyaltyledger.infra.security.PersonalDataMasking;
import java.time.Instant;
import java.util.List;

/** A client as the API shows it: flat, the same shape a registration is sent in. */
record ClientResponse(String id,
                      String code,
                      ClientKind kind,
                      ClientSource source,
                      @JsonUnwrapped ClientDetails details,
                      Consents consents,
                      boolean blocked,
                      String blockReason,
                      boolean deleted,
                      Instant registeredAt,
                      Instant updatedAt,
                      Instant personalDataErasedAt,
                      ClientPurchaseStats purchases) {

    static ClientResponse of(ClientView view) {
        return new ClientResponse(view.id(), view.code(), view.kind(), view.source(), view.details(),
                view.consents(), view.blocked(), view.blockReason(), view.deleted(), view.registeredAt(),
                view.updatedAt(), view.personalDataErasedAt(), view.purchases());
    }

    /** The same client with phones and email partly hidden. */
    ClientResponse masked() {
        ClientDetails hidden = details.with(new ClientDetails(null, null, null, null, null, null, null,
                        details.phones().stream().map(PersonalDataMasking::phone).toList(),
                        PersonalDataMasking.email(details.email()), null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, true, null, null, null),
                List.of(ClientField.PHONES, ClientField.EMAIL));
        return new ClientResponse(id, code, kind, source, hidden, consents, blocked, blockReason, deleted,
                registeredAt, updatedAt, personalDataErasedAt, purchases);
    }
}
