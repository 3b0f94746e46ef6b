package com.loyaltyledger.infra.client;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.loyaltyledger.api.client.ClientDetails;
import com.loyaltyledger.api.client.ClientKind;
import com.loyaltyledger.api.client.ClientPurchaseStats;
import com.loyaltyledger.api.client.ClientSource;
import com.loyaltyledger.api.client.ClientView;
import com.loyaltyledger.api.client.Consents;
import java.time.Instant;

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
}
