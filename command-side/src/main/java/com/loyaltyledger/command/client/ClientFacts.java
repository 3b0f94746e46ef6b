package com.loyaltyledger.command.client;

import com.loyaltyledger.api.client.ClientKind;

/** What other aggregates' rules need to know about a client, kept on the command side. */
public record ClientFacts(String clientId, ClientKind kind, String parentId, boolean blocked, boolean deleted,
                          String categoryId) {
}
