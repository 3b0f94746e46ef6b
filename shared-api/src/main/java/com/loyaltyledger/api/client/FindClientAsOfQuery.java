package com.loyaltyledger.api.client;

import java.time.Instant;

/** A client as it was at a moment, rebuilt from its events up to and including that moment. */
public record FindClientAsOfQuery(String clientId, Instant asOf) {
}
