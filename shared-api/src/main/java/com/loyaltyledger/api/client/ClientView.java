package com.loyaltyledger.api.client;

import java.time.Instant;

/** A client as the read model knows it. */
public record ClientView(String id,
                         String code,
                         ClientKind kind,
                         ClientSource source,
                         ClientDetails details,
                         Consents consents,
                         boolean blocked,
                         String blockReason,
                         boolean deleted,
                         Instant registeredAt,
                         Instant updatedAt,
                         Instant personalDataErasedAt,
                         ClientPurchaseStats purchases) {
}
